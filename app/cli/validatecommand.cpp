// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "commands.h"
#include "output.h"
#include "programloader.h"

namespace wc::cli {

int validateCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks a program folder against the data format and prints every problem as\n"
        "FILE:LINE:COLUMN: error|warning: message, then a summary. Exits 0 without\n"
        "errors (warnings allowed), 1 with errors."));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The program folder."));
    if (!parseArguments(parser, QStringLiteral("validate"), args, 1))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageOrIoError;
    const auto dir = parser.positionalArguments().constFirst();
    if (!checkFolder(dir))
        return UsageOrIoError;

    const auto result = loadProgramFolder(dir);
    printProblems(out(), result.problems, dir);
    const auto errors = errorCount(result.problems);
    const auto warnings = result.problems.size() - errors;
    out() << QStringLiteral("%1 %2, %3 %4: %5 sessions, %6 speakers, %7 papers")
                 .arg(errors)
                 .arg(errors == 1 ? QStringLiteral("error") : QStringLiteral("errors"))
                 .arg(warnings)
                 .arg(warnings == 1 ? QStringLiteral("warning") : QStringLiteral("warnings"))
                 .arg(result.counts.sessions)
                 .arg(result.counts.speakers)
                 .arg(result.counts.papers)
          << Qt::endl;
    return errors == 0 ? Success : InvalidProgram;
}

} // namespace wc::cli
