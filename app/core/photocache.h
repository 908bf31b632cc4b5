// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QString>

namespace wc {

// Where speaker photos referenced by URL are kept once fetched, so that they
// show offline. Files are named by a hash of the URL.
class PhotoCache {
public:
    explicit PhotoCache(QString dir);

    QString dir() const { return m_dir; }
    // The file a photo URL is (or would be) cached in.
    QString filePath(const QString &url) const;
    // The cached copy of a photo URL, or an empty string when there is none.
    QString cachedFile(const QString &url) const;

private:
    QString m_dir;
};

} // namespace wc
