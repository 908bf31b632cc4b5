// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "problemlistmodel.h"

int ProblemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

QVariant ProblemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &p = m_problems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return p.toString();
    case FileRole:
        return p.file;
    case LineRole:
        return p.line;
    case ColumnRole:
        return p.column;
    case IsErrorRole:
        return p.isError();
    case MessageRole:
        return p.message;
    case LocationRole:
        return QStringLiteral("%1:%2:%3")
            .arg(p.file, QString::number(p.line), QString::number(p.column));
    }
    return {};
}

QHash<int, QByteArray> ProblemListModel::roleNames() const
{
    return {
        {FileRole, "file"},
        {LineRole, "line"},
        {ColumnRole, "column"},
        {IsErrorRole, "isError"},
        {MessageRole, "message"},
        {LocationRole, "location"},
    };
}

int ProblemListModel::errorCount() const
{
    return int(wc::errorCount(m_problems));
}

void ProblemListModel::setProblems(const QList<wc::Problem> &problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
    Q_EMIT countChanged();
}
