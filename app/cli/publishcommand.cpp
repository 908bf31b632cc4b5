// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "atomicfile.h"
#include "commands.h"
#include "manifest.h"
#include "output.h"
#include "programloader.h"

#include <QDir>

namespace wc::cli {

namespace {

// Publication time: now, or SOURCE_DATE_EPOCH for reproducible builds and tests.
QDateTime publicationTime(const QTimeZone &zone)
{
    auto local = stampTime().toTimeZone(zone);
    local.setTime(QTime(local.time().hour(), local.time().minute(), local.time().second()));
    return local;
}

} // namespace

int publishCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Validates a program folder and writes its manifest.yaml (sizes, SHA-256\n"
        "checksums, version one higher, time of publication). Upload the whole folder\n"
        "afterwards. Refuses a folder with errors."));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The program folder."));
    if (!parseArguments(parser, QStringLiteral("publish"), args, 1))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageOrIoError;
    const auto dir = parser.positionalArguments().constFirst();
    if (!checkFolder(dir))
        return UsageOrIoError;

    const auto result = loadProgramFolder(dir);
    // The manifest is about to be rewritten: that it is stale is the point.
    QList<Problem> problems;
    std::copy_if(result.problems.cbegin(), result.problems.cend(), std::back_inserter(problems),
        [](const Problem &p) {
            return p.file != manifestFile || p.severity != Problem::Severity::Warning;
        });
    printProblems(err(), problems, dir);
    if (!result.program) {
        fail(QStringLiteral("%1 has errors; not published").arg(dir));
        return InvalidProgram;
    }
    const auto &program = *result.program;
    QString error;
    const auto manifest =
        buildManifest(dir, program, publicationTime(program.workshop.timeZone), &error);
    if (!error.isEmpty()) {
        fail(error);
        return UsageOrIoError;
    }
    const auto path = QDir(dir).filePath(manifestFile);
    if (!writeFileAtomically(path, manifestYaml(manifest), &error)) {
        fail(QStringLiteral("cannot write %1: %2").arg(path, error));
        return UsageOrIoError;
    }
    out() << QStringLiteral("published %1 version %2: %3 files")
                 .arg(manifest.edition)
                 .arg(manifest.version)
                 .arg(manifest.files.size())
          << Qt::endl;
    return Success;
}

} // namespace wc::cli
