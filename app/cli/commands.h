// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QStringList>

// The subcommands of workshop-program. Each takes its own arguments (without
// the program and command names) and returns the process exit code.
namespace wc::cli {

enum ExitCode { Success = 0, InvalidProgram = 1, UsageOrIoError = 2 };

int validateCommand(const QStringList &args);
int exportCommand(const QStringList &args);
int publishCommand(const QStringList &args);
int diffCommand(const QStringList &args);
// Exit 0 imported (warnings allowed), 1 the CSV or the folder is invalid, 2 usage or I/O.
int importPapersCommand(const QStringList &args);
// Exit 0 updated or unchanged, 1 rejected, 2 network error.
int syncCommand(const QStringList &args);

} // namespace wc::cli
