// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "sessionlistmodel.h"

#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

// The sessions of one day, for the timeline, with the day's time axis.
class SessionFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(SessionListModel *sessions READ sessions WRITE setSessions NOTIFY sessionsChanged)
    Q_PROPERTY(int dayIndex READ dayIndex WRITE setDayIndex NOTIFY dayIndexChanged)
    Q_PROPERTY(QDateTime dayStart READ dayStart NOTIFY axisChanged)
    Q_PROPERTY(int spanMinutes READ spanMinutes NOTIFY axisChanged)

public:
    explicit SessionFilterModel(QObject *parent = nullptr);

    SessionListModel *sessions() const;
    void setSessions(SessionListModel *sessions);
    int dayIndex() const { return m_dayIndex; }
    void setDayIndex(int dayIndex);
    QDateTime dayStart() const;
    int spanMinutes() const;

Q_SIGNALS:
    void sessionsChanged();
    void dayIndexChanged();
    void axisChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_dayIndex = 0;
};
