// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "atomicfile.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace wc {

bool syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

bool syncFile(QFileDevice &file)
{
    return file.flush() && ::fsync(file.handle()) == 0;
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    // Unbuffered: Qt 6.4's QSaveFile::commit() reports success even when
    // flushing its buffer hit a full disk, leaving a truncated file; a
    // direct write reports the short count instead.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) ||
        file.write(bytes) != bytes.size()) {
        *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    // commit() syncs too, but ignores a failure: the disk did not take the
    // data, and renaming it over the old file would lose both.
    if (!syncFile(file)) {
        *error = QStringLiteral("cannot write %1 to disk: %2")
                     .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    const auto dir = QFileInfo(path).absolutePath();
    if (!syncDirectory(dir)) {
        *error = QStringLiteral("cannot sync the folder %1").arg(dir);
        return false;
    }
    return true;
}

FileLock::FileLock(QString path)
    : m_path(std::move(path))
{
}

FileLock::~FileLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // and with it the lock
}

FileLock::Result FileLock::lock(std::chrono::milliseconds timeout)
{
    if (m_fd < 0)
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_fd < 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return Result::Failed;
    }
    const QDeadlineTimer deadline(timeout);
    for (;;) {
        if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0)
            return Result::Locked;
        if (errno != EWOULDBLOCK && errno != EINTR) {
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            return Result::Failed;
        }
        if (deadline.hasExpired())
            return Result::Busy;
        QThread::msleep(10);
    }
}

} // namespace wc
