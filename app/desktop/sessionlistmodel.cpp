// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "sessionlistmodel.h"

#include "bookmarks.h"
#include "timedisplay.h"

#include <algorithm>

SessionListModel::SessionListModel(TimeDisplay *timeDisplay, Bookmarks *bookmarks, QObject *parent)
    : QAbstractListModel(parent)
    , m_timeDisplay(timeDisplay)
    , m_bookmarks(bookmarks)
{
    connect(m_timeDisplay, &TimeDisplay::changed, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {TimeRangeRole});
    });
    // A bookmark can change the clashes of other rows too.
    connect(m_bookmarks, &Bookmarks::scheduleChanged, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(
                index(0), index(rowCount() - 1), {BookmarkedRole, ClashRole, ChangeRole});
    });
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &row = m_rows.at(index.row());
    const auto &s = *row.session;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return s.title;
    case IdRole:
        return s.id;
    case KindRole:
        return wc::sessionKindName(s.kind);
    case StartRole:
        return s.start;
    case EndRole:
        return s.end;
    case TimeRangeRole:
        return m_timeDisplay->timeRange(s.start, s.end);
    case DayRole:
        return s.day;
    case DayIndexRole:
        return row.dayIndex;
    case RoomRole: {
        const auto *room = row.program->room(s.room);
        return room ? room->name : QString();
    }
    case RoomIndexRole:
        return row.roomIndex;
    case SpeakersRole: {
        QStringList names;
        for (const auto &id : s.speakers) {
            if (const auto *speaker = row.program->speaker(id))
                names.append(speaker->name);
        }
        return names.join(QStringLiteral(", "));
    }
    case CancelledRole:
        return s.cancelled;
    case StartMinuteRole:
        return int(m_dayBounds.value(row.dayIndex).first.secsTo(s.start) / 60);
    case DurationRole:
        return s.durationMinutes();
    case BookmarkedRole:
        return !row.removed && m_bookmarks->contains(Bookmarks::Kind::Session, s.id);
    case ClashRole:
        return row.removed ? QString() : m_bookmarks->clashText(Bookmarks::Kind::Session, s.id);
    case ChangeRole:
        return m_bookmarks->changeText(Bookmarks::Kind::Session, s.id);
    case UpdateRole:
        return row.removed ? tr("Removed in this draft") : m_updateMarks.value(s.id);
    case RemovedRole:
        return row.removed;
    }
    return {};
}

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    return {
        {IdRole, "sessionId"},
        {TitleRole, "title"},
        {KindRole, "kind"},
        {StartRole, "start"},
        {EndRole, "end"},
        {TimeRangeRole, "timeRange"},
        {DayRole, "day"},
        {DayIndexRole, "dayIndex"},
        {RoomRole, "room"},
        {RoomIndexRole, "roomIndex"},
        {SpeakersRole, "speakers"},
        {CancelledRole, "cancelled"},
        {StartMinuteRole, "startMinute"},
        {DurationRole, "duration"},
        {BookmarkedRole, "bookmarked"},
        {ClashRole, "clash"},
        {ChangeRole, "change"},
        {UpdateRole, "update"},
        {RemovedRole, "removed"},
    };
}

void SessionListModel::setUpdateMarks(const QHash<QString, QString> &marks)
{
    if (marks == m_updateMarks)
        return;
    m_updateMarks = marks;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {UpdateRole});
}

void SessionListModel::setProgram(std::shared_ptr<const wc::Program> program)
{
    beginResetModel();
    m_program = std::move(program);
    m_removedFrom.reset();
    m_rows.clear();
    if (m_program) {
        for (const auto &s : m_program->sessions)
            addRow(s, *m_program, false);
    }
    layOutDays();
    endResetModel();
    Q_EMIT countChanged();
}

void SessionListModel::setRemovedSessions(
    std::shared_ptr<const wc::Program> from, const QStringList &ids)
{
    if (!m_program || (!m_removedFrom && ids.isEmpty()))
        return;
    beginResetModel();
    m_rows.removeIf([](const Row &row) { return row.removed; });
    m_removedFrom = ids.isEmpty() ? nullptr : std::move(from);
    if (m_removedFrom) {
        for (const auto &id : ids) {
            if (const auto *session = m_removedFrom->session(id))
                addRow(*session, *m_removedFrom, true);
        }
    }
    layOutDays();
    endResetModel();
    Q_EMIT countChanged();
}

void SessionListModel::addRow(const wc::Session &session, const wc::Program &from, bool removed)
{
    // Days and rooms are the shown program's; a removed session on a day it
    // no longer has is left out, one in a room it no longer has goes first.
    const auto &w = m_program->workshop;
    int day = 0;
    while (day < w.days.size() && w.days[day].date != session.day)
        ++day;
    if (removed && day == w.days.size())
        return;
    int room = 0;
    while (room < w.venue.rooms.size() && w.venue.rooms[room].id != session.room)
        ++room;
    m_rows.append({&session, day, room < w.venue.rooms.size() ? room : 0, &from, removed});
}

void SessionListModel::layOutDays()
{
    m_dayBounds.clear();
    if (!m_program)
        return;
    // Time order; the file order breaks ties so parallel rooms stay as written.
    std::stable_sort(m_rows.begin(), m_rows.end(),
        [](const Row &a, const Row &b) { return a.session->start < b.session->start; });
    const auto &w = m_program->workshop;
    for (int day = 0; day < w.days.size(); ++day) {
        const auto &d = w.days[day];
        QDateTime first, last;
        for (const auto &row : std::as_const(m_rows)) {
            if (row.dayIndex != day)
                continue;
            if (!first.isValid() || row.session->start < first)
                first = row.session->start;
            if (!last.isValid() || row.session->end > last)
                last = row.session->end;
        }
        auto start = d.start.isValid() ? QDateTime(d.date, d.start, w.timeZone) : first;
        auto end = d.end.isValid() ? QDateTime(d.date, d.end, w.timeZone) : last;
        // Sessions outside the opening hours (a warning, not an error) still show.
        if (first.isValid() && first < start)
            start = first;
        if (last.isValid() && last > end)
            end = last;
        if (!start.isValid())
            start = QDateTime(d.date, QTime(9, 0), w.timeZone);
        if (!end.isValid() || end <= start)
            end = start.addSecs(3600);
        const auto local = start.toTimeZone(w.timeZone);
        start = QDateTime(local.date(), QTime(local.time().hour(), 0), w.timeZone);
        m_dayBounds.append({start, end});
    }
}

QDateTime SessionListModel::dayStart(int dayIndex) const
{
    return m_dayBounds.value(dayIndex).first;
}

QDateTime SessionListModel::dayEnd(int dayIndex) const
{
    return m_dayBounds.value(dayIndex).second;
}
