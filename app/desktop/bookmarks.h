// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QObject>
#include <QSet>
#include <QtQml/qqmlregistration.h>

// The attendee's bookmarked sessions and papers, keyed by kind and id.
// In memory for now; the bookmarks store makes them survive restarts.
class Bookmarks : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app creates the bookmarks")
    Q_PROPERTY(int count READ count NOTIFY changed)

public:
    enum class Kind { Session, Paper };
    Q_ENUM(Kind)

    using QObject::QObject;

    int count() const { return int(m_keys.size()); }
    Q_INVOKABLE bool contains(Bookmarks::Kind kind, const QString &id) const;
    Q_INVOKABLE void setBookmarked(Bookmarks::Kind kind, const QString &id, bool bookmarked);
    Q_INVOKABLE void toggle(Bookmarks::Kind kind, const QString &id);

Q_SIGNALS:
    // One item changed; models update that row only.
    void changed(Bookmarks::Kind kind, const QString &id);

private:
    static QString key(Kind kind, const QString &id);
    QSet<QString> m_keys;
};
