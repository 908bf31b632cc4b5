// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// `workshop-program import-papers` without the disk: an accepted-papers CSV,
// then fuzz::fileSeparator and the papers.yaml it is merged into (the rest
// of the folder is the valid fixture). As importPapers() does, the merged
// papers are written as papers.yaml and the folder is loaded again; where
// importPapers() would give up with "did not read back as written", this
// stops: every merge of a valid CSV into a valid folder must validate and
// read back exactly, with or without --prune.

#include "fuzzsupport.h"
#include "paperimport.h"
#include "programloader.h"

using namespace wc;

namespace {

ProgramFiles baseFolder;

QString papersOf(const QList<Paper> &papers)
{
    return QString::fromUtf8(papersYaml(papers));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    for (const auto &name : {QStringLiteral("workshop.yaml"), QStringLiteral("program.yaml"),
             QStringLiteral("speakers.yaml")})
        baseFolder.insert(name, fuzz::fixture(QStringLiteral("valid/") + name));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parts = fuzz::splitFiles(data, size, 2);
    const auto &csv = parts[0];
    const auto csvName = QStringLiteral("papers.csv");
    QList<Problem> csvProblems;
    const auto rows = readPapersCsv(csv, csvName, csvProblems);
    fuzz::checkProblemPlaces(csvProblems, {{csvName, csv}});
    fuzz::check(rows.has_value() == (errorCount(csvProblems) == 0),
        "a CSV is read exactly when it has no error", fuzz::listed(csvProblems));
    if (!rows)
        return 0;

    auto folder = baseFolder;
    const auto old = parts.value(1);
    if (!old.isEmpty())
        folder.insert(QStringLiteral("papers.yaml"), old);
    const auto before = loadProgramFiles(folder);
    if (!before.ok())
        return 0; // importPapers() refuses a folder with errors
    const auto previous = YamlDocument::parse(QStringLiteral("papers.yaml"), old);

    for (const bool prune : {false, true}) {
        if (prune && rows->isEmpty())
            continue; // refused: it would remove every paper
        const auto merge = mergePapers(*before.program, *rows, prune);
        fuzz::check(!merge.summary().isEmpty(), "a merge is summed up");
        if (!merge.changed())
            continue;
        folder.insert(QStringLiteral("papers.yaml"),
            papersYaml(merge.papers, leadingComments(old), previous.root()));
        const auto after = loadProgramFiles(folder);
        fuzz::check(after.ok(), "the merged papers.yaml validates",
            after.problems.value(0).toString() + QLatin1Char('\n') +
                QString::fromUtf8(folder.value(QStringLiteral("papers.yaml"))));
        fuzz::check(after.program->papers == merge.papers, "the merged papers.yaml reads back",
            QStringLiteral("written:\n%1\nread back:\n%2")
                .arg(papersOf(merge.papers), papersOf(after.program->papers)));
    }
    return 0;
}
