// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// The catalogs the app embeds: English makes its plurals read right, German
// translates the window and writes dates the German way, and the German
// catalog is complete, with every placeholder of its source.

#include "timedisplay.h"
#include "translations.h"

#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

// The translators installTranslations() gave the app, so each test starts
// from none.
void removeTranslations()
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    qDeleteAll(translators);
}

// 16 December 2023, 10:00 in New Orleans (CST), the bundled workshop's day.
QDateTime workshopMorning()
{
    return QDateTime(QDate(2023, 12, 16), QTime(10, 0), QTimeZone("America/Chicago"));
}

QString translate(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%[1-9n]"));
    QStringList found;
    for (const auto &match : re.globalMatch(text))
        found.append(match.captured());
    found.sort();
    return found;
}

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    bool finished = true;
    QStringList translations; // one, or the numerus forms
};

QList<Message> readCatalog(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            Message message;
            message.context = context;
            message.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            messages.append(message);
        } else if (name == QLatin1String("source")) {
            messages.last().source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            messages.last().finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            if (!messages.last().numerus)
                messages.last().translations.append(xml.readElementText());
        } else if (name == QLatin1String("numerusform")) {
            messages.last().translations.append(xml.readElementText());
        }
    }
    return xml.hasError() ? QList<Message>() : messages;
}

} // namespace

class TstTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        removeTranslations();
        QLocale::setDefault(QLocale::c());
    }

    void englishPluralsAndDates()
    {
        // What the tests' C locale and an English desktop both get.
        installTranslations(QCoreApplication::instance(), QLocale::c());
        QCOMPARE(translate("NowNext", "Starts in %n days", 1), QStringLiteral("Starts in 1 day"));
        QCOMPARE(translate("NowNext", "Starts in %n days", 3), QStringLiteral("Starts in 3 days"));
        QCOMPARE(translate("SideBar", "Timeline"), QStringLiteral("Timeline"));
        TimeDisplay display;
        display.setWorkshopZone(QTimeZone("America/Chicago"), workshopMorning());
        QCOMPARE(display.day(workshopMorning()), QStringLiteral("Saturday 16 December 2023"));
        QCOMPARE(display.shortDay(workshopMorning()), QStringLiteral("Sat 16 Dec"));
        QCOMPARE(display.time(workshopMorning()), QStringLiteral("10:00"));
    }

    void german()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        QLocale::setDefault(german);
        installTranslations(QCoreApplication::instance(), german);
        QCOMPARE(translate("SideBar", "Timeline"), QStringLiteral("Zeitleiste"));
        QCOMPARE(translate("Theme", "Invited talk"), QStringLiteral("Eingeladener Vortrag"));
        QCOMPARE(translate("NowNext", "Starts in %n days", 1), QStringLiteral("Beginnt in 1 Tag"));
        QCOMPARE(
            translate("NowNext", "Starts in %n days", 3), QStringLiteral("Beginnt in 3 Tagen"));
        QCOMPARE(translate("wc::ProgramDiff", "cancelled"), QStringLiteral("abgesagt"));
        TimeDisplay display;
        display.setWorkshopZone(QTimeZone("America/Chicago"), workshopMorning());
        QCOMPARE(display.day(workshopMorning()), QStringLiteral("Samstag, 16. Dezember 2023"));
        QCOMPARE(display.shortDay(workshopMorning()), QStringLiteral("Sa. 16. Dez."));
        QCOMPARE(display.time(workshopMorning()), QStringLiteral("10:00"));
        // Qt's own strings (dialog buttons) come from the system's catalogs.
        QCOMPARE(translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    }

    // A language the app has no catalog for stays English, plurals included.
    void otherLanguage()
    {
        installTranslations(QCoreApplication::instance(), QLocale(QLocale::Finnish, QLocale::Finland));
        QCOMPARE(translate("SideBar", "Timeline"), QStringLiteral("Timeline"));
        QCOMPARE(translate("NowNext", "Starts in %n days", 1), QStringLiteral("Starts in 1 day"));
    }

    void germanCatalogComplete()
    {
        const auto messages =
            readCatalog(QStringLiteral(WC_TRANSLATIONS_DIR "/workshop-companion_de.ts"));
        QVERIFY(messages.size() > 250);
        for (const auto &m : messages) {
            const auto what = QStringLiteral("%1: %2").arg(m.context, m.source);
            QVERIFY2(m.finished, qPrintable(what));
            QVERIFY2(m.translations.size() == (m.numerus ? 2 : 1), qPrintable(what));
            for (const auto &t : m.translations) {
                QVERIFY2(!t.isEmpty(), qPrintable(what));
                QVERIFY2(placeholders(t) == placeholders(m.source),
                    qPrintable(QStringLiteral("%1 → %2").arg(what, t)));
            }
        }
    }

    // English translates only what has plural forms, and all of it.
    void englishCatalogPlurals()
    {
        const auto messages =
            readCatalog(QStringLiteral(WC_TRANSLATIONS_DIR "/workshop-companion_en.ts"));
        QVERIFY(!messages.isEmpty());
        int plurals = 0;
        for (const auto &m : messages) {
            if (!m.numerus)
                continue;
            ++plurals;
            const auto what = QStringLiteral("%1: %2").arg(m.context, m.source);
            QVERIFY2(m.finished && m.translations.size() == 2, qPrintable(what));
            for (const auto &t : m.translations)
                QVERIFY2(placeholders(t) == placeholders(m.source),
                    qPrintable(QStringLiteral("%1 → %2").arg(what, t)));
        }
        QVERIFY(plurals > 0);
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
