// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "problem.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The problems found in a program folder, in report order.
class ProblemListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Problems come from a ProgramRepository")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY countChanged)

public:
    enum Roles {
        FileRole = Qt::UserRole + 1, // QString: file name inside the folder
        LineRole, // int, from 1
        ColumnRole, // int, from 1
        IsErrorRole, // bool: error (true) or warning
        MessageRole, // QString
        LocationRole, // QString: "file:line:column", what an editor accepts
    };
    Q_ENUM(Roles)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int errorCount() const;
    void setProblems(const QList<wc::Problem> &problems);

Q_SIGNALS:
    void countChanged();

private:
    QList<wc::Problem> m_problems;
};
