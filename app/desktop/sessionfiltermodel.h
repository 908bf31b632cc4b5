// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "sessionlistmodel.h"

#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

// The sessions of one day, for the timeline, with the day's time axis.
// The timeline makes blocks only for the part of the day on screen (a day
// has a hundred sessions at NeurIPS scale): given that part as a window,
// the rows are the sessions that overlap it and the nearest one before and
// after it, so that Tab moves on past the blocks on screen.
class SessionFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(SessionListModel *sessions READ sessions WRITE setSessions NOTIFY sessionsChanged)
    Q_PROPERTY(int dayIndex READ dayIndex WRITE setDayIndex NOTIFY dayIndexChanged)
    Q_PROPERTY(QDateTime dayStart READ dayStart NOTIFY axisChanged)
    Q_PROPERTY(int spanMinutes READ spanMinutes NOTIFY axisChanged)
    // The window, in minutes from dayStart; both -1 (the default) for the
    // whole day. An empty window (to <= from) has no rows.
    Q_PROPERTY(int fromMinute READ fromMinute WRITE setFromMinute NOTIFY windowChanged)
    Q_PROPERTY(int toMinute READ toMinute WRITE setToMinute NOTIFY windowChanged)

public:
    explicit SessionFilterModel(QObject *parent = nullptr);

    SessionListModel *sessions() const;
    void setSessions(SessionListModel *sessions);
    int dayIndex() const { return m_dayIndex; }
    void setDayIndex(int dayIndex);
    QDateTime dayStart() const;
    int spanMinutes() const;
    int fromMinute() const { return m_fromMinute; }
    void setFromMinute(int minute);
    int toMinute() const { return m_toMinute; }
    void setToMinute(int minute);

Q_SIGNALS:
    void sessionsChanged();
    void dayIndexChanged();
    void axisChanged();
    void windowChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    enum class Place { Before, Within, After };
    void setWindowEdge(int *edge, int minute);
    bool isOnDay(int sourceRow) const;
    Place place(int sourceRow) const;

    int m_dayIndex = 0;
    int m_fromMinute = -1;
    int m_toMinute = -1;
};
