// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "changelog.h"

#include <QAbstractListModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>

class Bookmarks;

// "What changed": the changes program updates brought, from the core's
// change log, with the attendee's bookmarked items first, then the unseen
// ones, each group in the order the diff lists them. Opening an item marks
// it seen; the timeline marks changed sessions until then.
class ChangeListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app creates the list of changes")
    Q_PROPERTY(int count READ rowCount NOTIFY changesChanged)
    Q_PROPERTY(int unseenCount READ unseenCount NOTIFY changesChanged)
    Q_PROPERTY(int fromVersion READ fromVersion NOTIFY changesChanged)
    Q_PROPERTY(int toVersion READ toVersion NOTIFY changesChanged)

public:
    enum Roles {
        EntityRole = Qt::UserRole + 1, // QString: workshop, session, speaker or paper
        ItemIdRole, // QString: the record's id
        ChangeRole, // QString: added, removed or changed
        TitleRole, // QString: plain text, the item's title or name
        SummaryRole, // QString: "retimed 09:00–09:30 → 09:05–09:35; moved from A to B"
        BookmarkedRole, // bool: a bookmarked session or paper
        SeenRole, // bool
        RouteRole, // QString: where opening it goes ("session:ID"), empty for removed items
    };
    Q_ENUM(Roles)

    // `log` is loaded from its file here and saved on every change.
    ChangeListModel(wc::ChangeLog log, Bookmarks *bookmarks, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int unseenCount() const { return m_log.unseenCount(); }
    int fromVersion() const { return m_log.fromVersion(); }
    int toVersion() const { return m_log.toVersion(); }

    void addUpdate(const QList<wc::Change> &changes, const wc::Program &oldProgram,
        const wc::Program &newProgram, int fromVersion, int version);
    // Shows exactly these changes (a draft compared with what is published).
    void setChanges(const QList<wc::Change> &changes, const wc::Program &oldProgram,
        const wc::Program &newProgram, int fromVersion, int version);
    // Marks what a route shows ("session:ID", "paper:ID", "speaker:ID") as seen.
    void markRouteSeen(const QString &route);
    // Marks one change seen ("session", "keynote-1"): also those with
    // nowhere to go, such as a removed session or the workshop's details.
    Q_INVOKABLE void markSeen(const QString &entity, const QString &id);
    Q_INVOKABLE void markAllSeen();

    // Session id → what changed, for the sessions not yet seen.
    QHash<QString, QString> unseenSessionChanges() const;

Q_SIGNALS:
    void changesChanged();

private:
    void record(bool replace, const QList<wc::Change> &changes, const wc::Program &oldProgram,
        const wc::Program &newProgram, int fromVersion, int version);
    void rebuild();
    void persist();

    wc::ChangeLog m_log;
    Bookmarks *m_bookmarks;
    QList<qsizetype> m_order; // rows → indexes into the log's notes
};
