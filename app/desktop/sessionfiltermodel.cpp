// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "sessionfiltermodel.h"

#include "sessionlistmodel.h"

SessionFilterModel::SessionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    connect(this, &QAbstractItemModel::modelReset, this, &SessionFilterModel::axisChanged);
}

SessionListModel *SessionFilterModel::sessions() const
{
    return qobject_cast<SessionListModel *>(sourceModel());
}

void SessionFilterModel::setSessions(SessionListModel *sessions)
{
    if (sessions == sourceModel())
        return;
    setSourceModel(sessions);
    Q_EMIT sessionsChanged();
    Q_EMIT axisChanged();
}

void SessionFilterModel::setDayIndex(int dayIndex)
{
    if (dayIndex == m_dayIndex)
        return;
    m_dayIndex = dayIndex;
    invalidateRowsFilter();
    Q_EMIT dayIndexChanged();
    Q_EMIT axisChanged();
}

QDateTime SessionFilterModel::dayStart() const
{
    return sessions() ? sessions()->dayStart(m_dayIndex) : QDateTime();
}

int SessionFilterModel::spanMinutes() const
{
    return sessions() ? int(dayStart().secsTo(sessions()->dayEnd(m_dayIndex)) / 60) : 0;
}

void SessionFilterModel::setFromMinute(int minute)
{
    setWindowEdge(&m_fromMinute, minute);
}

void SessionFilterModel::setToMinute(int minute)
{
    setWindowEdge(&m_toMinute, minute);
}

void SessionFilterModel::setWindowEdge(int *edge, int minute)
{
    if (minute == *edge)
        return;
    *edge = minute;
    invalidateRowsFilter();
    Q_EMIT windowChanged();
}

bool SessionFilterModel::isOnDay(int sourceRow) const
{
    return sourceModel()->index(sourceRow, 0).data(SessionListModel::DayIndexRole).toInt() ==
        m_dayIndex;
}

SessionFilterModel::Place SessionFilterModel::place(int sourceRow) const
{
    const auto index = sourceModel()->index(sourceRow, 0);
    const int start = index.data(SessionListModel::StartMinuteRole).toInt();
    if (start >= m_toMinute)
        return Place::After;
    const int end = start + index.data(SessionListModel::DurationRole).toInt();
    return end > m_fromMinute ? Place::Within : Place::Before;
}

bool SessionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!isOnDay(sourceRow))
        return false;
    if (m_fromMinute < 0 && m_toMinute < 0)
        return true;
    if (m_toMinute <= m_fromMinute)
        return false;
    // The source is in time order, so a day's rows are next to each other
    // and the nearest session on either side of the window is the row next
    // to the first or last one in it.
    switch (place(sourceRow)) {
    case Place::Within:
        return true;
    case Place::Before: {
        const int next = sourceRow + 1;
        return next == sourceModel()->rowCount() || !isOnDay(next) || place(next) != Place::Before;
    }
    case Place::After: {
        const int previous = sourceRow - 1;
        return previous < 0 || !isOnDay(previous) || place(previous) != Place::After;
    }
    }
    return false;
}
