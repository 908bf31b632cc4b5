// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "programloader.h"

#include <QByteArray>
#include <QString>

// Helpers shared by the test suites.
namespace wc::test {

QString dataPath(const QString &relative); // under tests/data
QString bundledPath(); // data/neurips2023 in the source tree

// Copies the files (not subfolders' contents recursively beyond one level) of
// a fixture folder; returns false on any I/O error.
bool copyFolder(const QString &from, const QString &to);
bool writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);
// Every file under `dir`, by its path relative to `dir`: the folder in memory.
ProgramFiles readFolder(const QString &dir);

// Writes `dir`/manifest.yaml for the folder as it is, as version `version`
// of `edition` (default: the workshop's id), published at a fixed time.
bool publish(const QString &dir, int version, const QString &edition = {});
// The file at `path` with `from` replaced by `to` (not written back).
QByteArray replacedIn(const QString &path, const QByteArray &from, const QByteArray &to);

// Compares `actual` with the golden file at tests/data/`golden`. With
// UPDATE_GOLDEN=1 in the environment the golden file is rewritten instead
// (review the diff before committing it). Returns an empty string when they
// match, else a description of the first difference.
QString compareWithGolden(const QByteArray &actual, const QString &golden);

} // namespace wc::test
