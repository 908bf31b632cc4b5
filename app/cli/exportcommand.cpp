// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "commands.h"
#include "jsonexport.h"
#include "output.h"
#include "programloader.h"

#include <cstdio>

namespace wc::cli {

int exportCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints a valid program folder in another format on standard output.\n"
                       "FORMAT is 'json': the normalized JSON of the data format, the same bytes\n"
                       "for the same folder."));
    parser.addPositionalArgument(QStringLiteral("FORMAT"), QStringLiteral("json"));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The program folder."));
    if (!parseArguments(parser, QStringLiteral("export"), args, 2))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageOrIoError;
    const auto format = parser.positionalArguments().at(0);
    const auto dir = parser.positionalArguments().at(1);
    if (format != QLatin1String("json")) {
        fail(QStringLiteral("unknown export format '%1' (known: json)").arg(format));
        return UsageOrIoError;
    }
    if (!checkFolder(dir))
        return UsageOrIoError;

    const auto result = loadProgramFolder(dir);
    if (!result.program) {
        printProblems(err(), result.problems, dir);
        fail(QStringLiteral("%1 has errors; nothing exported").arg(dir));
        return InvalidProgram;
    }
    const auto json = programToJson(*result.program);
    if (std::fwrite(json.constData(), 1, size_t(json.size()), stdout) != size_t(json.size()) ||
        std::fflush(stdout) != 0) {
        fail(QStringLiteral("cannot write to standard output"));
        return UsageOrIoError;
    }
    return Success;
}

} // namespace wc::cli
