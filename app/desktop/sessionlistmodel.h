// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "program.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <memory>

class Bookmarks;
class TimeDisplay;

// The sessions of a program in time order. Times come formatted by the
// TimeDisplay (QML's Date only knows the laptop's zone), and each session
// carries its place on its day's timeline.
class SessionListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Sessions come from a ProgramRepository")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1, // QString
        TitleRole, // QString, plain text
        KindRole, // QString: opening, keynote, … as in the YAML
        StartRole, // QDateTime
        EndRole, // QDateTime
        TimeRangeRole, // QString: "09:00–09:05" in the displayed zone
        DayRole, // QDate, in the workshop's zone
        DayIndexRole, // int: index into the workshop's days
        RoomRole, // QString: the room's name
        RoomIndexRole, // int: the room's column, 0 for the single room
        SpeakersRole, // QString: speakers' names, comma-separated
        CancelledRole, // bool
        StartMinuteRole, // int: minutes from its day's timeline start
        DurationRole, // int: minutes
        BookmarkedRole, // bool
        ClashRole, // QString: "Clashes with …" for a bookmarked session, else empty
        ChangeRole, // QString: "Moved from 13:30 to 13:50" until the attendee has seen it
        UpdateRole, // QString: what the last program update changed, until seen; else empty
        RemovedRole, // bool: a session of the published program that a previewed draft removes
    };
    Q_ENUM(Roles)

    SessionListModel(TimeDisplay *timeDisplay, Bookmarks *bookmarks, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows the sessions of `program` (kept alive by the shared pointer).
    void setProgram(std::shared_ptr<const wc::Program> program);
    // Session id → what an update changed, for sessions the attendee has not
    // looked at since (ChangeListModel::unseenSessionChanges()).
    void setUpdateMarks(const QHash<QString, QString> &marks);
    // Organizer mode: sessions of `from` (the published program) that the
    // shown draft no longer has, shown where they were, marked removed.
    // Cleared by the next setProgram().
    void setRemovedSessions(std::shared_ptr<const wc::Program> from, const QStringList &ids);

    // Where a day's timeline starts and ends: its opening hours, or its
    // sessions' span widened to whole hours.
    QDateTime dayStart(int dayIndex) const;
    QDateTime dayEnd(int dayIndex) const;

Q_SIGNALS:
    void countChanged();

private:
    QHash<QString, QString> m_updateMarks;
    struct Row {
        const wc::Session *session;
        int dayIndex;
        int roomIndex;
        const wc::Program *program; // the one holding the session
        bool removed = false;
    };
    void addRow(const wc::Session &session, const wc::Program &from, bool removed);
    void layOutDays();
    std::shared_ptr<const wc::Program> m_program;
    std::shared_ptr<const wc::Program> m_removedFrom;
    QList<Row> m_rows;
    QList<QPair<QDateTime, QDateTime>> m_dayBounds;
    TimeDisplay *m_timeDisplay;
    Bookmarks *m_bookmarks;
};
