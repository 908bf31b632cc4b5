// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "problem.h"
#include "program.h"

#include <optional>

namespace wc {

// The outcome of loading a program folder: a complete, cross-checked program
// when there is no error, and every problem found either way (warnings never
// stop loading).
struct LoadResult {
    std::optional<Program> program;
    QList<Problem> problems;
    // What was read, even when errors kept the program from loading.
    struct Counts {
        qsizetype sessions = 0;
        qsizetype speakers = 0;
        qsizetype papers = 0;
    } counts;

    bool ok() const { return program.has_value(); }
};

// The files of a program folder, in the order they are read.
inline const QStringList programFiles = {
    QStringLiteral("workshop.yaml"),
    QStringLiteral("program.yaml"),
    QStringLiteral("speakers.yaml"),
    QStringLiteral("papers.yaml"),
};
inline const QString manifestFile = QStringLiteral("manifest.yaml");

// Reads the program folder at `dir` following docs/data-format.md. Reads only
// the folder: no clock, no network, no settings. Safe on any input.
LoadResult loadProgramFolder(const QString &dir);

// Reads only `dir`/manifest.yaml, checking its own fields but not the files it
// lists (a sync reads it before fetching them). nullopt when it is missing or
// has an error; `problems` gets every problem found.
std::optional<Manifest> loadManifest(const QString &dir, QList<Problem> *problems = nullptr);

} // namespace wc
