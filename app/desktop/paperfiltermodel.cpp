// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "paperfiltermodel.h"

#include "paperlistmodel.h"

PaperFilterModel::PaperFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &PaperFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &PaperFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &PaperFilterModel::countChanged);
}

PaperListModel *PaperFilterModel::papers() const
{
    return qobject_cast<PaperListModel *>(sourceModel());
}

void PaperFilterModel::setPapers(PaperListModel *papers)
{
    if (papers == sourceModel())
        return;
    setSourceModel(papers);
    sort(0);
    Q_EMIT papersChanged();
}

void PaperFilterModel::setPosterSession(const QString &posterSession)
{
    if (posterSession == m_posterSession)
        return;
    m_posterSession = posterSession;
    invalidateRowsFilter();
    Q_EMIT posterSessionChanged();
    Q_EMIT countChanged();
}

bool PaperFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_posterSession.isEmpty())
        return true;
    const auto index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(PaperListModel::PosterSessionRole).toString() == m_posterSession;
}

bool PaperFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool l = left.data(PaperListModel::RetractedRole).toBool();
    const bool r = right.data(PaperListModel::RetractedRole).toBool();
    if (l != r)
        return r; // retracted last
    return left.row() < right.row();
}
