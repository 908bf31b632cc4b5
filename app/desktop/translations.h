// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QLocale>

class QCoreApplication;

// Installs the app's translations (embedded under :/i18n) for a locale, and
// Qt's own (the system's, e.g. the file dialogs' buttons). English is always
// installed underneath: its catalog holds only the plural forms, so "1 day"
// reads right in every language the app has no catalog for.
void installTranslations(QCoreApplication *app, const QLocale &locale);
