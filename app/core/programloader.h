// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "problem.h"
#include "program.h"

#include <QByteArray>
#include <QHash>

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

// The files of a program folder held in memory, by their path in the folder
// ("program.yaml", "photos/ada.jpg").
using ProgramFiles = QHash<QString, QByteArray>;

// Reads the program folder at `dir` following docs/data-format.md. Reads only
// the folder: no clock, no network, no settings. Safe on any input.
LoadResult loadProgramFolder(const QString &dir);
// The same for a folder whose files are in memory: exactly the checks and
// problems of loadProgramFolder, without writing files first (the fuzzers).
LoadResult loadProgramFiles(const ProgramFiles &files);

// Reads only `dir`/manifest.yaml, checking its own fields but not the files it
// lists (a sync reads it before fetching them). nullopt when it is missing or
// has an error; `problems` gets every problem found.
std::optional<Manifest> loadManifest(const QString &dir, QList<Problem> *problems = nullptr);
std::optional<Manifest> loadManifest(const ProgramFiles &files, QList<Problem> *problems = nullptr);

} // namespace wc
