// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "programrepository.h"
#include "sessionlistmodel.h"

// What the timeline shows of one session: `role` of its row in the
// repository's session model, or "<no such session>".
inline QVariant sessionRow(ProgramRepository &repository, const QString &sessionId, int role)
{
    auto *sessions = repository.sessions();
    for (int row = 0; row < sessions->rowCount(); ++row) {
        const auto index = sessions->index(row);
        if (index.data(SessionListModel::IdRole).toString() == sessionId)
            return index.data(role);
    }
    return QStringLiteral("<no such session>");
}

// The timeline's mark of what an update or a draft changed in a session.
inline QString updateMark(ProgramRepository &repository, const QString &sessionId)
{
    return sessionRow(repository, sessionId, SessionListModel::UpdateRole).toString();
}
