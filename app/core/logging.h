// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QLoggingCategory>

// One category per area of the core; enable with QT_LOGGING_RULES="wc.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcLoader)
Q_DECLARE_LOGGING_CATEGORY(lcManifest)
Q_DECLARE_LOGGING_CATEGORY(lcExport)
Q_DECLARE_LOGGING_CATEGORY(lcBookmarks)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
