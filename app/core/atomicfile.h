// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>

class QFileDevice;

// Writing files so that a crash, a power cut or a full disk leaves either the
// old contents or the new ones, never a mix: what the bookmarks store and the
// sync rely on.
namespace wc {

// fsyncs a folder, so that renames and new entries in it survive a power cut
// (QSaveFile syncs the file it writes, not the folder holding it).
bool syncDirectory(const QString &dir);
// fsyncs an open file's data.
bool syncFile(QFileDevice &file);
// Replaces `path` with `bytes` through QSaveFile, then syncs its folder. On
// failure the old file is untouched and `error` says why.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

// An exclusive flock(2) on a lock file, held until the object goes. The
// kernel drops it when the process dies, so a process killed while holding
// it leaves nothing that stops the next one (QLockFile's PID files, left
// empty by a kill at the wrong moment, did for 30 s). The file is created
// when missing and never removed: removing it would let two processes lock
// two different files of the same name.
class FileLock {
public:
    enum class Result { Locked, Busy, Failed };

    explicit FileLock(QString path);
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    // Waits up to `timeout` while another process holds it.
    Result lock(std::chrono::milliseconds timeout);
    // Why lock() returned Failed.
    QString errorString() const { return m_error; }

private:
    QString m_path;
    int m_fd = -1;
    QString m_error;
};

} // namespace wc
