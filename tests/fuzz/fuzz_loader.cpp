// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// The program-folder loader on any folder: workshop.yaml, program.yaml,
// speakers.yaml, papers.yaml and manifest.yaml, in that order, separated by
// fuzz::fileSeparator lines (an empty one is a file that is not there).
// Besides crashes, hangs and memory, it checks what the loader promises:
// every problem at a place inside its file, a program exactly when there is
// no error, with the workshop's required fields, and a program that exports.

#include "fuzzsupport.h"
#include "jsonexport.h"
#include "programloader.h"

using namespace wc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto files =
        fuzz::programFilesFrom(fuzz::splitFiles(data, size, programFiles.size() + 1), 0, true);
    const auto result = loadProgramFiles(files);
    fuzz::checkProblemPlaces(result.problems, files);
    fuzz::check(result.ok() == (errorCount(result.problems) == 0),
        "a folder loads exactly when it has no error", fuzz::listed(result.problems));
    if (!result.ok())
        return 0;
    const auto &workshop = result.program->workshop;
    fuzz::check(!workshop.id.isEmpty() && !workshop.title.isEmpty() &&
            workshop.timeZone.isValid() && !workshop.days.isEmpty(),
        "a loaded program has what workshop.yaml requires", fuzz::listed(result.problems));
    fuzz::check(!programToJson(*result.program).isEmpty(), "a loaded program exports");
    return 0;
}
