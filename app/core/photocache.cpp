// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "photocache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace wc {

PhotoCache::PhotoCache(QString dir)
    : m_dir(std::move(dir))
{
}

QString PhotoCache::filePath(const QString &url) const
{
    const auto hash =
        QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QDir(m_dir).filePath(QString::fromLatin1(hash));
}

QString PhotoCache::cachedFile(const QString &url) const
{
    if (m_dir.isEmpty() || url.isEmpty())
        return {};
    const auto path = filePath(url);
    const QFileInfo info(path);
    return info.isFile() && info.size() > 0 ? path : QString();
}

} // namespace wc
