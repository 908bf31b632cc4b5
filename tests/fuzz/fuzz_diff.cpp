// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// `workshop-program diff` and the app's What changed view: two program
// folders in one input, the old one's workshop.yaml, program.yaml,
// speakers.yaml and papers.yaml, then the new one's, all separated by
// fuzz::fileSeparator lines. When both load, every change is described and
// exported, and the diff is checked against itself: a program has no change
// from itself, and what one direction adds the other removes.

#include "fuzzsupport.h"
#include "programdiff.h"
#include "programloader.h"

using namespace wc;

namespace {

qsizetype countOf(const QList<Change> &changes, Change::Kind kind)
{
    return std::count_if(changes.cbegin(), changes.cend(),
        [kind](const Change &change) { return change.kind == kind; });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto folders = programFiles.size();
    const auto parts = fuzz::splitFiles(data, size, 2 * folders);
    const auto oldResult = loadProgramFiles(fuzz::programFilesFrom(parts, 0, false));
    if (!oldResult.ok())
        return 0;
    const auto newResult = loadProgramFiles(fuzz::programFilesFrom(parts, folders, false));
    if (!newResult.ok())
        return 0;
    const auto &oldProgram = *oldResult.program;
    const auto &newProgram = *newResult.program;

    const auto changes = diffPrograms(oldProgram, newProgram);
    for (const auto &change : changes) {
        const auto line = changeLine(change, oldProgram, newProgram);
        if (change.kind == Change::Kind::Changed) {
            fuzz::check(!change.fields.isEmpty() &&
                    !describeChange(change, oldProgram, newProgram).isEmpty(),
                "a changed record says what changed", line);
        }
    }
    fuzz::check(changesToJson(changes).size() == changes.size(), "every change is exported");

    fuzz::check(
        diffPrograms(oldProgram, oldProgram).isEmpty(), "a program has no change from itself");
    const auto reverse = diffPrograms(newProgram, oldProgram);
    fuzz::check(countOf(changes, Change::Kind::Added) == countOf(reverse, Change::Kind::Removed) &&
            countOf(changes, Change::Kind::Removed) == countOf(reverse, Change::Kind::Added) &&
            countOf(changes, Change::Kind::Changed) == countOf(reverse, Change::Kind::Changed),
        "what one direction adds the other removes");
    return 0;
}
