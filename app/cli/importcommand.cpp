// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "commands.h"
#include "loaderlimits.h"
#include "output.h"
#include "paperimport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace wc::cli {

namespace {

QString entryLine(const PaperMerge::Entry &entry)
{
    using Outcome = PaperMerge::Outcome;
    const auto paper = QStringLiteral("paper %1 ").arg(entry.id);
    switch (entry.outcome) {
    case Outcome::Added:
        return paper + QStringLiteral("added: ") + entry.title;
    case Outcome::Updated:
        return paper + QStringLiteral("updated: ") + entry.fields.join(QStringLiteral(", "));
    case Outcome::Unchanged:
        return {};
    case Outcome::NotInCsv:
        return paper + QStringLiteral("not in the CSV, kept: ") + entry.title;
    case Outcome::Removed:
        return paper + QStringLiteral("removed (not in the CSV): ") + entry.title;
    case Outcome::KeptListed:
        return paper +
            QStringLiteral("not in the CSV, kept: session %1 lists it").arg(entry.session);
    }
    return {};
}

} // namespace

int importPapersCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Merges an accepted-papers CSV into DIR/papers.yaml. The CSV needs a header row\n"
        "naming the columns id, title, authors (comma-separated) and abstract; other\n"
        "columns are ignored. New papers are added, changed ones updated; poster\n"
        "sessions, boards, links and retractions in papers.yaml are kept. Papers not\n"
        "in the CSV are reported and kept. The folder must be valid before and after;\n"
        "when it would not be, papers.yaml is left as it was."));
    parser.addPositionalArgument(QStringLiteral("CSV"), QStringLiteral("The accepted-papers CSV."));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The program folder."));
    const QCommandLineOption pruneOption(QStringLiteral("prune"),
        QStringLiteral("Remove the papers that are not in the CSV, except those a session lists."));
    parser.addOption(pruneOption);
    if (!parseArguments(parser, QStringLiteral("import-papers"), args, 2))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageOrIoError;
    const auto csvPath = parser.positionalArguments().at(0);
    const auto dir = parser.positionalArguments().at(1);
    if (!checkFolder(dir))
        return UsageOrIoError;

    const QFileInfo info(csvPath);
    if (!info.exists() || info.isDir()) {
        fail(QStringLiteral("%1: %2").arg(csvPath,
            info.exists() ? QStringLiteral("not a file") : QStringLiteral("no such file")));
        return UsageOrIoError;
    }
    // The same bound as the loader's for any file: a real list is far smaller.
    if (info.size() > qint64(limits::maxFileBytes)) {
        fail(QStringLiteral("%1: larger than %2 MiB; nothing imported")
                 .arg(csvPath, QString::number(limits::maxFileBytes / (1024 * 1024))));
        return InvalidProgram;
    }
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("cannot read %1: %2").arg(csvPath, file.errorString()));
        return UsageOrIoError;
    }

    const auto result = importPapers(dir, file.readAll(), csvPath, parser.isSet(pruneOption));
    for (const auto &problem : result.csvProblems)
        err() << problem.toString() << '\n';
    err().flush();
    const auto papersPath = QDir::cleanPath(dir + QStringLiteral("/papers.yaml"));
    switch (result.status) {
    case PaperImport::Status::Imported:
        break;
    case PaperImport::Status::InvalidCsv:
        fail(QStringLiteral("%1 has errors; nothing imported").arg(csvPath));
        return InvalidProgram;
    case PaperImport::Status::InvalidFolder:
        printProblems(err(), result.folderProblems, dir);
        fail(
            QStringLiteral("%1 has errors; fix them before importing (nothing imported)").arg(dir));
        return InvalidProgram;
    case PaperImport::Status::InvalidResult:
        // The problems are those of the rejected file, already replaced by
        // the old one: say so, or the line numbers would mislead.
        err() << "With the imported papers, " << dir << " would not validate:\n";
        printProblems(err(), result.folderProblems, dir);
        if (!result.error.isEmpty())
            fail(result.error);
        fail(QStringLiteral("nothing imported; %1 is as it was").arg(papersPath));
        return InvalidProgram;
    case PaperImport::Status::IoError:
        fail(result.error);
        return UsageOrIoError;
    }

    for (const auto &entry : result.merge.entries) {
        if (const auto line = entryLine(entry); !line.isEmpty())
            out() << line << '\n';
        if (entry.outcome == PaperMerge::Outcome::KeptListed) {
            fail(QStringLiteral("warning: paper %1 not removed: session %2 still lists it")
                     .arg(entry.id, entry.session));
        }
    }
    out() << result.merge.summary() << Qt::endl;
    printProblems(err(), result.folderProblems, dir);
    return Success;
}

} // namespace wc::cli
