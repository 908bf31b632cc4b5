// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace wc {

// One mistake in a program folder, at the place an organizer must edit.
struct Problem {
    enum class Severity { Error, Warning };

    QString file; // relative to the program folder, e.g. "program.yaml"
    int line = 1; // from 1
    int column = 1; // from 1, in UTF-8 bytes
    Severity severity = Severity::Error;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    // "FILE:LINE:COLUMN: error|warning: message"
    QString toString() const;

    friend bool operator==(const Problem &, const Problem &) = default;
};

// Problems sorted by file, then position, for stable reports.
void sortProblems(QList<Problem> &problems);
qsizetype errorCount(const QList<Problem> &problems);

} // namespace wc

Q_DECLARE_METATYPE(wc::Problem)
