// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "myschedule.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class Bookmarks;
class TimeDisplay;

// My Schedule: the bookmarked sessions and posters in time order, posters
// under their poster session by board, so the list is also a route through
// the poster hall. Items that were cancelled, retracted or dropped from the
// program stay as marked tombstones until the attendee removes them.
class MyScheduleModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app creates the schedule")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int changedCount READ changedCount NOTIFY countChanged)

public:
    enum Roles {
        ItemIdRole = Qt::UserRole + 1, // QString: the session or paper id
        KindRole, // int: Bookmarks::Kind
        TitleRole, // QString: plain text, the last known one for a removed item
        SectionRole, // QString: the day ("Sat 16 Dec") in the displayed zone, or "Not scheduled
                     // yet"
        DayIndexRole, // int: index into the workshop's days, -1 without a time
        TimeRangeRole, // QString: "13:30–14:30" in the displayed zone, or empty
        RoomRole, // QString: room name
        PosterSessionRole, // QString: a poster's session title
        BoardRole, // int: a poster's board, 0 when not given
        StatusRole, // QString: current, moved, cancelled, retracted or removed
        StatusTextRole, // QString: "Moved from 13:30 to 13:50", "Cancelled", …; empty when current
        ClashRole, // QString: "Clashes with …", or empty
        NoteRole, // QString: the attendee's note
    };
    Q_ENUM(Roles)

    MyScheduleModel(Bookmarks *bookmarks, TimeDisplay *timeDisplay, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Items whose status the attendee has not dealt with: moved, cancelled,
    // retracted or removed.
    int changedCount() const;
    // The rows of one day of the event, for printing.
    QList<wc::ScheduleEntry> entriesOfDay(int dayIndex) const;
    int dayIndexOf(const wc::ScheduleEntry &entry) const;
    // "Moved from 13:30 to 13:50", "Cancelled", …; empty when unchanged.
    QString statusText(const wc::ScheduleEntry &entry) const;

Q_SIGNALS:
    void countChanged();

private:
    void rebuild();

    Bookmarks *m_bookmarks;
    TimeDisplay *m_timeDisplay;
    QList<wc::ScheduleEntry> m_rows;
};
