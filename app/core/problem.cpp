// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "problem.h"

#include <algorithm>

namespace wc {

QString Problem::toString() const
{
    // One arg() for all: chained ones would read a "%1" in the file name as a
    // place for the line.
    return QStringLiteral("%1:%2:%3: %4: %5")
        .arg(file, QString::number(line), QString::number(column),
            severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"),
            message);
}

void sortProblems(QList<Problem> &problems)
{
    // The files in the order an organizer reads them, then by position.
    static const QStringList fileOrder = {
        QStringLiteral("workshop.yaml"),
        QStringLiteral("program.yaml"),
        QStringLiteral("speakers.yaml"),
        QStringLiteral("papers.yaml"),
        QStringLiteral("manifest.yaml"),
    };
    auto rank = [](const QString &file) {
        const auto i = fileOrder.indexOf(file);
        return i < 0 ? fileOrder.size() : i;
    };
    std::stable_sort(problems.begin(), problems.end(), [&](const Problem &a, const Problem &b) {
        const auto ra = rank(a.file), rb = rank(b.file);
        if (ra != rb)
            return ra < rb;
        if (a.file != b.file)
            return a.file < b.file;
        if (a.line != b.line)
            return a.line < b.line;
        return a.column < b.column;
    });
}

qsizetype errorCount(const QList<Problem> &problems)
{
    return std::count_if(
        problems.begin(), problems.end(), [](const Problem &p) { return p.isError(); });
}

} // namespace wc
