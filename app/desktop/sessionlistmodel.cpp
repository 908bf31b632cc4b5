// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "sessionlistmodel.h"

#include <algorithm>

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &s = *m_sessions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return s.title;
    case IdRole:
        return s.id;
    case KindRole:
        return wc::sessionKindName(s.kind);
    case StartRole:
        return s.start;
    case EndRole:
        return s.end;
    case TimeRangeRole:
        return QStringLiteral("%1–%2").arg(
            s.start.toString(QStringLiteral("HH:mm")), s.end.toString(QStringLiteral("HH:mm")));
    case DayRole:
        return s.day;
    case RoomRole: {
        const auto *room = m_program->room(s.room);
        return room ? room->name : QString();
    }
    case SpeakersRole: {
        QStringList names;
        for (const auto &id : s.speakers) {
            if (const auto *speaker = m_program->speaker(id))
                names.append(speaker->name);
        }
        return names.join(QStringLiteral(", "));
    }
    case CancelledRole:
        return s.cancelled;
    }
    return {};
}

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    return {
        {IdRole, "sessionId"},
        {TitleRole, "title"},
        {KindRole, "kind"},
        {StartRole, "start"},
        {EndRole, "end"},
        {TimeRangeRole, "timeRange"},
        {DayRole, "day"},
        {RoomRole, "room"},
        {SpeakersRole, "speakers"},
        {CancelledRole, "cancelled"},
    };
}

void SessionListModel::setProgram(std::shared_ptr<const wc::Program> program)
{
    beginResetModel();
    m_program = std::move(program);
    m_sessions.clear();
    if (m_program) {
        for (const auto &s : m_program->sessions)
            m_sessions.append(&s);
        // Time order; the file order breaks ties so parallel rooms stay as written.
        std::stable_sort(m_sessions.begin(), m_sessions.end(),
            [](const wc::Session *a, const wc::Session *b) { return a->start < b->start; });
    }
    endResetModel();
    Q_EMIT countChanged();
}
