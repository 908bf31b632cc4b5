// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

// The translator belongs to the app, which looks in the one installed last
// first. A catalog that is not there leaves the text as it was.
void install(QCoreApplication *app, const QLocale &locale, const QString &name, const QString &dir)
{
    auto *translator = new QTranslator(app);
    if (translator->load(locale, name, QStringLiteral("_"), dir))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

void installTranslations(QCoreApplication *app, const QLocale &locale)
{
    const auto appCatalogs = QStringLiteral(":/i18n");
    const auto appName = QStringLiteral("workshop-companion");
    install(app, QLocale(QLocale::English), appName, appCatalogs);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    install(app, locale, QStringLiteral("qt"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(app, locale, appName, appCatalogs);
}
