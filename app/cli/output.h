// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "problem.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QTextStream>

namespace wc::cli {

QTextStream &out();
QTextStream &err();

// Prints "workshop-program: message" on standard error.
void fail(const QString &message);
// Prints problems with their files as paths under `dir`, as given on the
// command line, so that editors and terminals can jump to them.
void printProblems(QTextStream &stream, const QList<Problem> &problems, const QString &dir);

// Parses a subcommand's arguments; on a usage error prints it and returns
// false. `positional` is the number of positional arguments required.
bool parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &args,
    qsizetype positional);

// The program folder argument: exists and is a folder, or prints why not.
bool checkFolder(const QString &dir);

// The time stamped on what a command writes: now, or SOURCE_DATE_EPOCH (in
// UTC) when set, for reproducible builds and tests.
QDateTime stampTime();

} // namespace wc::cli
