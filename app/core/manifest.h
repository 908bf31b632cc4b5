// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "program.h"

#include <QIODevice>

// manifest.yaml: what a published program folder holds, with sizes and
// checksums, so that clients can fetch only what changed and check it.
namespace wc {

bool isSha256Hex(const QByteArray &text);
// A relative path that stays inside the folder ("photos/a.jpg", not "../a" or "/a").
bool isSafeRelativePath(const QString &path);
// Lower-case hex SHA-256 of everything left to read in `device`.
QByteArray sha256Hex(QIODevice &device);

// The manifest for a valid program loaded from `dir`: its YAML files and the
// local photos its speakers reference, version one more than the folder's
// current manifest (1 for the first publication).
Manifest buildManifest(
    const QString &dir, const Program &program, const QDateTime &published, QString *error);
// manifest.yaml's text for `manifest`.
QByteArray manifestYaml(const Manifest &manifest);

} // namespace wc
