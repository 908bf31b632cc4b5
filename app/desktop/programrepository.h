// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "problemlistmodel.h"
#include "program.h"
#include "sessionlistmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

// The program the app shows: loads a program folder through the core's
// loader and hands the result to the models. A folder with errors replaces
// nothing; its problems are shown instead.
class ProgramRepository : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app creates the repository")
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY programChanged)
    Q_PROPERTY(QString title READ title NOTIFY programChanged)
    Q_PROPERTY(QString subtitle READ subtitle NOTIFY programChanged)
    Q_PROPERTY(QString folder READ folder NOTIFY programChanged)
    Q_PROPERTY(SessionListModel *sessions READ sessions CONSTANT)
    Q_PROPERTY(ProblemListModel *problems READ problems CONSTANT)

public:
    explicit ProgramRepository(QObject *parent = nullptr);

    // Loads the folder; returns false (keeping any program already shown)
    // when it has errors.
    bool load(const QString &folder);

    bool isLoaded() const { return m_program != nullptr; }
    QString title() const;
    QString subtitle() const;
    // The folder of the latest load, whether it succeeded or not.
    QString folder() const { return m_folder; }
    SessionListModel *sessions() { return &m_sessions; }
    ProblemListModel *problems() { return &m_problems; }
    std::shared_ptr<const wc::Program> program() const { return m_program; }

Q_SIGNALS:
    void programChanged();

private:
    std::shared_ptr<const wc::Program> m_program;
    QString m_folder;
    SessionListModel m_sessions;
    ProblemListModel m_problems;
};
