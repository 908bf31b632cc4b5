// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "processinfo.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

#include <ctime>
#include <sys/resource.h>
#include <unistd.h>

namespace processinfo {

double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

bool hasLibrary(const QString &name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    const auto needle = QLatin1Char('/') + name;
    return QString::fromLocal8Bit(maps.readAll()).contains(needle);
}

qint64 descendantsRssKb()
{
    // Parent of every process, from /proc/<pid>/stat ("pid (comm) state ppid …";
    // comm may contain spaces, so read after its closing parenthesis).
    QHash<qint64, qint64> parentOf;
    const auto entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const auto &entry : entries) {
        bool numeric = false;
        const auto pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const auto text = stat.readAll();
        const auto fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            parentOf.insert(pid, fields.at(1).toLongLong());
    }
    QSet<qint64> family {qint64(::getpid())};
    for (bool grew = true; grew;) {
        grew = false;
        for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
            if (family.contains(it.value()) && !family.contains(it.key())) {
                family.insert(it.key());
                grew = true;
            }
        }
    }
    family.remove(qint64(::getpid()));
    qint64 total = 0;
    for (const auto pid : family) {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        for (const auto &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                total += line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return total;
}

} // namespace processinfo
