// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "urlcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace wc {

UrlCache::UrlCache(QString dir, QString suffix)
    : m_dir(std::move(dir))
    , m_suffix(std::move(suffix))
{
}

QString UrlCache::filePath(const QString &url) const
{
    const auto hash =
        QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QDir(m_dir).filePath(QString::fromLatin1(hash) + m_suffix);
}

QString UrlCache::cachedFile(const QString &url) const
{
    if (m_dir.isEmpty() || url.isEmpty())
        return {};
    const auto path = filePath(url);
    const QFileInfo info(path);
    return info.isFile() && info.size() > 0 ? path : QString();
}

QStringList UrlCache::cachedNames() const
{
    if (m_dir.isEmpty())
        return {};
    // Only names this cache makes: 32 hex digits and the suffix. Anything
    // else in the folder (a leftover temporary file) is not ours to count.
    QStringList names;
    const auto entries = QDir(m_dir).entryList(QDir::Files | QDir::Hidden);
    for (const auto &name : entries) {
        if (name.size() == 32 + m_suffix.size() && name.endsWith(m_suffix))
            names.append(name);
    }
    return names;
}

qint64 UrlCache::bytesUsed() const
{
    qint64 bytes = 0;
    const QDir dir(m_dir);
    for (const auto &name : cachedNames())
        bytes += QFileInfo(dir.filePath(name)).size();
    return bytes;
}

int UrlCache::count() const
{
    return int(cachedNames().size());
}

int UrlCache::prune(const QSet<QString> &keep) const
{
    QSet<QString> keptNames;
    for (const auto &url : keep)
        keptNames.insert(QFileInfo(filePath(url)).fileName());
    int removed = 0;
    const QDir dir(m_dir);
    for (const auto &name : cachedNames()) {
        if (!keptNames.contains(name) && QFile::remove(dir.filePath(name)))
            ++removed;
    }
    return removed;
}

bool UrlCache::clear() const
{
    bool ok = true;
    const QDir dir(m_dir);
    for (const auto &name : cachedNames())
        ok = QFile::remove(dir.filePath(name)) && ok;
    return ok;
}

} // namespace wc
