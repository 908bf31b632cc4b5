// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "myschedulemodel.h"

#include "bookmarks.h"
#include "timedisplay.h"

MyScheduleModel::MyScheduleModel(Bookmarks *bookmarks, TimeDisplay *timeDisplay, QObject *parent)
    : QAbstractListModel(parent)
    , m_bookmarks(bookmarks)
    , m_timeDisplay(timeDisplay)
{
    connect(m_bookmarks, &Bookmarks::scheduleChanged, this, &MyScheduleModel::rebuild);
    rebuild();
}

void MyScheduleModel::rebuild()
{
    beginResetModel();
    const auto program = m_bookmarks->program();
    m_rows =
        program ? wc::buildSchedule(*program, m_bookmarks->entries()) : QList<wc::ScheduleEntry>();
    endResetModel();
    Q_EMIT countChanged();
}

int MyScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MyScheduleModel::changedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
        [](const wc::ScheduleEntry &e) { return e.status != wc::ScheduleStatus::Current; }));
}

int MyScheduleModel::dayIndexOf(const wc::ScheduleEntry &entry) const
{
    const auto program = m_bookmarks->program();
    if (!program || !entry.details.start.isValid())
        return -1;
    const auto date = entry.details.start.toTimeZone(program->workshop.timeZone).date();
    const auto &days = program->workshop.days;
    for (int i = 0; i < days.size(); ++i) {
        if (days.at(i).date == date)
            return i;
    }
    return -1;
}

QList<wc::ScheduleEntry> MyScheduleModel::entriesOfDay(int dayIndex) const
{
    QList<wc::ScheduleEntry> result;
    for (const auto &e : m_rows) {
        if (dayIndexOf(e) == dayIndex)
            result.append(e);
    }
    return result;
}

QString MyScheduleModel::statusText(const wc::ScheduleEntry &e) const
{
    const auto kind = Bookmarks::kindOf(e.kind);
    switch (e.status) {
    case wc::ScheduleStatus::Current:
        return {};
    case wc::ScheduleStatus::Moved:
        return m_bookmarks->changeText(kind, e.id);
    case wc::ScheduleStatus::Cancelled:
        return tr("Cancelled");
    case wc::ScheduleStatus::Retracted:
        return tr("Retracted by its authors");
    case wc::ScheduleStatus::Removed:
        return e.kind == wc::ItemKind::Session ? tr("No longer in the program")
                                               : tr("No longer among the papers");
    }
    return {};
}

QVariant MyScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return e.details.title;
    case ItemIdRole:
        return e.id;
    case KindRole:
        return int(Bookmarks::kindOf(e.kind));
    case SectionRole:
        return e.details.start.isValid() ? m_timeDisplay->shortDay(e.details.start)
                                         : tr("Not scheduled yet");
    case DayIndexRole:
        return dayIndexOf(e);
    case TimeRangeRole:
        return e.details.start.isValid() ? m_timeDisplay->timeRange(e.details.start, e.details.end)
                                         : QString();
    case RoomRole:
        return e.details.room;
    case PosterSessionRole:
        return e.details.posterSession;
    case BoardRole:
        return e.details.board.value_or(0);
    case StatusRole:
        switch (e.status) {
        case wc::ScheduleStatus::Current:
            return QStringLiteral("current");
        case wc::ScheduleStatus::Moved:
            return QStringLiteral("moved");
        case wc::ScheduleStatus::Cancelled:
            return QStringLiteral("cancelled");
        case wc::ScheduleStatus::Retracted:
            return QStringLiteral("retracted");
        case wc::ScheduleStatus::Removed:
            return QStringLiteral("removed");
        }
        return {};
    case StatusTextRole:
        return statusText(e);
    case ClashRole:
        return m_bookmarks->clashText(Bookmarks::kindOf(e.kind), e.id);
    case NoteRole:
        return e.note;
    }
    return {};
}

QHash<int, QByteArray> MyScheduleModel::roleNames() const
{
    return {
        {ItemIdRole, "itemId"},
        {KindRole, "kind"},
        {TitleRole, "title"},
        {SectionRole, "section"},
        {DayIndexRole, "dayIndex"},
        {TimeRangeRole, "timeRange"},
        {RoomRole, "room"},
        {PosterSessionRole, "posterSession"},
        {BoardRole, "board"},
        {StatusRole, "status"},
        {StatusTextRole, "statusText"},
        {ClashRole, "clash"},
        {NoteRole, "note"},
    };
}
