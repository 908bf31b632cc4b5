// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "program.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <memory>

// The sessions of a program in time order, with their times already written
// in the workshop's zone (QML's Date only knows the laptop's zone).
class SessionListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Sessions come from a ProgramRepository")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1, // QString
        TitleRole, // QString, plain text
        KindRole, // QString: opening, keynote, … as in the YAML
        StartRole, // QDateTime
        EndRole, // QDateTime
        TimeRangeRole, // QString: "09:00–09:05" in the workshop's zone
        DayRole, // QDate
        RoomRole, // QString: the room's name
        SpeakersRole, // QString: speakers' names, comma-separated
        CancelledRole, // bool
    };
    Q_ENUM(Roles)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows the sessions of `program` (kept alive by the shared pointer).
    void setProgram(std::shared_ptr<const wc::Program> program);

Q_SIGNALS:
    void countChanged();

private:
    std::shared_ptr<const wc::Program> m_program;
    QList<const wc::Session *> m_sessions;
};
