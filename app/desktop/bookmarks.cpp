// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "bookmarks.h"

QString Bookmarks::key(Kind kind, const QString &id)
{
    return (kind == Kind::Session ? QStringLiteral("session/") : QStringLiteral("paper/")) + id;
}

bool Bookmarks::contains(Kind kind, const QString &id) const
{
    return m_keys.contains(key(kind, id));
}

void Bookmarks::setBookmarked(Kind kind, const QString &id, bool bookmarked)
{
    if (id.isEmpty() || contains(kind, id) == bookmarked)
        return;
    if (bookmarked)
        m_keys.insert(key(kind, id));
    else
        m_keys.remove(key(kind, id));
    Q_EMIT changed(kind, id);
}

void Bookmarks::toggle(Kind kind, const QString &id)
{
    setBookmarked(kind, id, !contains(kind, id));
}
