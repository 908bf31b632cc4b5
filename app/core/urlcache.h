// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QSet>
#include <QString>

namespace wc {

// Files fetched by URL and kept so that they show offline: speaker photos,
// papers' PDFs. Files are named by a hash of the URL, plus a suffix where
// whatever opens the file decides its type by name (".pdf" for the web pane).
class UrlCache {
public:
    explicit UrlCache(QString dir, QString suffix = {});

    QString dir() const { return m_dir; }
    // The file a URL is (or would be) cached in.
    QString filePath(const QString &url) const;
    // The cached copy of a URL, or an empty string when there is none.
    QString cachedFile(const QString &url) const;
    // Bytes taken by the cached files.
    qint64 bytesUsed() const;
    // How many files are cached.
    int count() const;
    // Deletes the cached copies of every URL not in `keep`; returns how many went.
    int prune(const QSet<QString> &keep) const;
    // Deletes every cached copy.
    bool clear() const;

private:
    QStringList cachedNames() const;

    QString m_dir;
    QString m_suffix;
};

} // namespace wc
