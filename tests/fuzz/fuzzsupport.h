// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "problem.h"
#include "programloader.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>

// What the harnesses in tests/fuzz share: how one input becomes several
// files, and how a broken promise becomes a crash that libFuzzer keeps.
namespace wc::fuzz {

// Between two files of one input. No YAML file holds this line ('@' starts
// no YAML token), so it never cuts a real file; yaml.dict has it.
inline constexpr char fileSeparator[] = "\n@@\n";

// The files of one input: at most `maxFiles`, the last taking the rest.
QList<QByteArray> splitFiles(const uint8_t *data, size_t size, qsizetype maxFiles);

// The files of a program folder from consecutive pieces of `files`, starting
// at `first`, in the order of programFiles (and manifest.yaml after them when
// `withManifest`); an empty piece is a file that is not there.
ProgramFiles programFilesFrom(const QList<QByteArray> &files, qsizetype first, bool withManifest);

// Aborts, saying what and where, when `condition` is false: libFuzzer keeps
// the input as a crash, a replay test fails.
void check(bool condition, const char *what, const QString &detail = {});

// Every problem names a file and a line and column inside it (as the file
// reads after the BOM and line ends are normalized), as the data format
// promises: FILE:LINE:COLUMN at the place an organizer must edit.
void checkProblemPlaces(const QList<Problem> &problems, const ProgramFiles &files);

// The problems, one a line, for a failed check's detail.
QString listed(const QList<Problem> &problems);

// A fixture of tests/data.
QByteArray fixture(const QString &relativePath);

} // namespace wc::fuzz
