// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QString>

// What --report-startup and --bench-scroll print about the process beyond
// time: the CPU time it used, whether a library is loaded, and the memory of
// the processes it started (Qt WebEngine's, which getrusage() does not count
// while they run). Linux only.
namespace processinfo {

// CPU time of the whole process so far, every thread's, in milliseconds:
// unlike the wall clock, it does not grow with other work on the machine.
double cpuMs();
// The most resident memory this process has had, in KiB.
long peakRssKb();

// Whether a shared library whose file name starts with `name` is mapped.
bool hasLibrary(const QString &name);
// Resident memory of every live descendant of this process, in KiB.
qint64 descendantsRssKb();

} // namespace processinfo
