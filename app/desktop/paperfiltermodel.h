// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "paperlistmodel.h"

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

// Papers of one poster session (or all), retracted ones last, otherwise in
// the organizers' order.
class PaperFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(PaperListModel *papers READ papers WRITE setPapers NOTIFY papersChanged)
    // A poster session id; empty for every paper.
    Q_PROPERTY(
        QString posterSession READ posterSession WRITE setPosterSession NOTIFY posterSessionChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    explicit PaperFilterModel(QObject *parent = nullptr);

    PaperListModel *papers() const;
    void setPapers(PaperListModel *papers);
    QString posterSession() const { return m_posterSession; }
    void setPosterSession(const QString &posterSession);
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return QSortFilterProxyModel::rowCount(parent);
    }

Q_SIGNALS:
    void papersChanged();
    void posterSessionChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_posterSession;
};
