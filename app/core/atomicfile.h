// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QByteArray>
#include <QString>

class QFile;

// Writing files so that a crash, a power cut or a full disk leaves either the
// old contents or the new ones, never a mix: what the bookmarks store and the
// sync rely on.
namespace wc {

// fsyncs a folder, so that renames and new entries in it survive a power cut
// (QSaveFile syncs the file it writes, not the folder holding it).
bool syncDirectory(const QString &dir);
// fsyncs an open file's data.
bool syncFile(QFile &file);
// Replaces `path` with `bytes` through QSaveFile, then syncs its folder. On
// failure the old file is untouched and `error` says why.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace wc
