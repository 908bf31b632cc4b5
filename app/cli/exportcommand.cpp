// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "commands.h"
#include "icsexport.h"
#include "jsonexport.h"
#include "output.h"
#include "programloader.h"

#include <cstdio>
#include <optional>

namespace wc::cli {

namespace {

const QString paperPrefix = QStringLiteral("paper:");

// Splits --ids into session ids and "paper:ID" poster visits.
IcsRequest icsRequest(const QStringList &ids)
{
    IcsRequest request;
    request.allSessions = ids.isEmpty();
    for (const auto &id : ids) {
        if (id.startsWith(paperPrefix))
            request.paperIds << id.mid(paperPrefix.size());
        else
            request.sessionIds << id;
    }
    // DTSTAMP for a folder without a manifest.
    request.stamp = stampTime();
    return request;
}

// The calendar, or nothing after saying why there is none.
std::optional<QByteArray> icsOf(const Program &program, const QStringList &ids)
{
    const auto exported = programToIcs(program, icsRequest(ids));
    if (!exported.unknownSessionIds.isEmpty() || !exported.unknownPaperIds.isEmpty()) {
        for (const auto &id : exported.unknownSessionIds)
            fail(QStringLiteral("unknown session '%1'").arg(id));
        for (const auto &id : exported.unknownPaperIds)
            fail(QStringLiteral("unknown paper '%1'").arg(id));
        return std::nullopt;
    }
    for (const auto &id : exported.papersWithoutPoster)
        fail(QStringLiteral("paper '%1' has no poster session; not exported").arg(id));
    return exported.ics;
}

} // namespace

int exportCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints a valid program folder in another format on standard output.\n"
                       "FORMAT is 'json': the normalized JSON of the data format, the same bytes\n"
                       "for the same folder; or 'ics': the sessions as an iCalendar file for\n"
                       "calendar apps, stamped with the time of the folder's manifest.yaml, else\n"
                       "SOURCE_DATE_EPOCH, else the current time."));
    parser.addPositionalArgument(QStringLiteral("FORMAT"), QStringLiteral("json or ics"));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The program folder."));
    const QCommandLineOption idsOption(QStringLiteral("ids"),
        QStringLiteral("ics only: export these sessions instead of the whole program; "
                       "paper:ID is a paper's poster, at its poster session."),
        QStringLiteral("ID,ID..."));
    parser.addOption(idsOption);
    if (!parseArguments(parser, QStringLiteral("export"), args, 2))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageOrIoError;
    const auto format = parser.positionalArguments().at(0);
    const auto dir = parser.positionalArguments().at(1);
    if (format != QLatin1String("json") && format != QLatin1String("ics")) {
        fail(QStringLiteral("unknown export format '%1' (known: json, ics)").arg(format));
        return UsageOrIoError;
    }
    const auto ids =
        parser.values(idsOption).join(QLatin1Char(',')).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(idsOption) && (format != QLatin1String("ics") || ids.isEmpty())) {
        fail(format == QLatin1String("ics") ? QStringLiteral("--ids names no session")
                                            : QStringLiteral("--ids applies to ics only"));
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
    const auto bytes = format == QLatin1String("ics") ? icsOf(*result.program, ids)
                                                      : programToJson(*result.program);
    if (!bytes)
        return UsageOrIoError;
    const auto size = size_t(bytes->size());
    if (std::fwrite(bytes->constData(), 1, size, stdout) != size || std::fflush(stdout) != 0) {
        fail(QStringLiteral("cannot write to standard output"));
        return UsageOrIoError;
    }
    return Success;
}

} // namespace wc::cli
