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

bool SessionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(SessionListModel::DayIndexRole).toInt() == m_dayIndex;
}
