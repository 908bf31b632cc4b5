// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "programloader.h"

#include <QByteArray>
#include <QMap>
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
// Every file under `dir`, hidden ones too, by relative path with its bytes:
// what "left byte for byte as it was" is compared by.
QMap<QString, QByteArray> snapshot(const QString &dir);

// A QTemporaryDir template in memory (/dev/shm) when there is one, else in
// the usual place: for tests that save thousands of times, where fsync costs
// the most time and proves nothing (a killed process or a cut link is not a
// power cut; the page cache survives both).
QString memoryTempDirTemplate(const QString &name);

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
