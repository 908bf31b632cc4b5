// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "commands.h"
#include "output.h"
#include "programdiff.h"
#include "programloader.h"

#include <QJsonDocument>

#include <cstdio>

namespace wc::cli {

int diffCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints what changed from one program folder to another, one line per added,\n"
        "removed or changed workshop, session, speaker or paper, records matched by id;\n"
        "\"No changes.\" when there is none. Both folders must be valid."));
    parser.addPositionalArgument(QStringLiteral("OLD"), QStringLiteral("The earlier folder."));
    parser.addPositionalArgument(QStringLiteral("NEW"), QStringLiteral("The later folder."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        QStringLiteral("Print a JSON array of {entity, id, change, fields, old, new} instead."));
    parser.addOption(jsonOption);
    if (!parseArguments(parser, QStringLiteral("diff"), args, 2))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageOrIoError;
    const auto oldDir = parser.positionalArguments().at(0);
    const auto newDir = parser.positionalArguments().at(1);
    if (!checkFolder(oldDir) || !checkFolder(newDir))
        return UsageOrIoError;

    // Load both before refusing, so that one run names the errors of both.
    const auto hasErrors = [](const QString &dir, const LoadResult &result) {
        if (result.program)
            return false;
        printProblems(err(), result.problems, dir);
        fail(QStringLiteral("%1 has errors; nothing compared").arg(dir));
        return true;
    };
    const auto oldResult = loadProgramFolder(oldDir);
    const auto newResult = loadProgramFolder(newDir);
    const bool oldHasErrors = hasErrors(oldDir, oldResult);
    if (hasErrors(newDir, newResult) || oldHasErrors)
        return InvalidProgram;

    const auto &oldProgram = *oldResult.program;
    const auto &newProgram = *newResult.program;
    const auto changes = diffPrograms(oldProgram, newProgram);
    if (parser.isSet(jsonOption)) {
        // QJsonDocument writes an empty array over two lines; "[]" reads better.
        const auto bytes = changes.isEmpty()
            ? QByteArray("[]\n")
            : QJsonDocument(changesToJson(changes)).toJson(QJsonDocument::Indented);
        const auto size = size_t(bytes.size());
        if (std::fwrite(bytes.constData(), 1, size, stdout) != size || std::fflush(stdout) != 0) {
            fail(QStringLiteral("cannot write to standard output"));
            return UsageOrIoError;
        }
        return Success;
    }
    if (changes.isEmpty())
        out() << "No changes.\n";
    for (const auto &change : changes)
        out() << changeLine(change, oldProgram, newProgram) << '\n';
    out().flush();
    return Success;
}

} // namespace wc::cli
