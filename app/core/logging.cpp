// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "logging.h"

Q_LOGGING_CATEGORY(lcLoader, "wc.core.loader", QtWarningMsg)
Q_LOGGING_CATEGORY(lcManifest, "wc.core.manifest", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "wc.core.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcBookmarks, "wc.core.bookmarks", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "wc.core.sync", QtWarningMsg)
