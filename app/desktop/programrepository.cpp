// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "programrepository.h"

#include "programloader.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRepository, "wc.desktop.repository", QtWarningMsg)

ProgramRepository::ProgramRepository(QObject *parent)
    : QObject(parent)
{
}

bool ProgramRepository::load(const QString &folder)
{
    auto result = wc::loadProgramFolder(folder);
    m_problems.setProblems(result.problems);
    m_folder = folder;
    if (!result.program) {
        qCWarning(lcRepository) << folder << "has" << m_problems.errorCount() << "errors";
        Q_EMIT programChanged();
        return false;
    }
    m_program = std::make_shared<const wc::Program>(std::move(*result.program));
    m_sessions.setProgram(m_program);
    Q_EMIT programChanged();
    return true;
}

QString ProgramRepository::title() const
{
    return m_program ? m_program->workshop.title : QString();
}

QString ProgramRepository::subtitle() const
{
    return m_program ? m_program->workshop.subtitle : QString();
}
