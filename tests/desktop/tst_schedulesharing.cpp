// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// My Schedule leaving the app: the calendar file, the printed day, and
// reminders, which come once, follow a retimed session and fall back to the
// window when the desktop has no notification service.

#include "appsettings.h"
#include "bookmarks.h"
#include "clock.h"
#include "myschedulemodel.h"
#include "programrepository.h"
#include "reminders.h"
#include "scheduleexporter.h"
#include "testsupport.h"
#include "timedisplay.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QDateTime chicagoTime(int hour, int minute)
{
    return QDateTime(QDate(2023, 12, 16), QTime(hour, minute), QTimeZone("America/Chicago"));
}

// The app's services on the bundled program, with the fixture's bookmarks.
struct Services {
    QTemporaryDir storeDir;
    TimeDisplay timeDisplay;
    Bookmarks bookmarks {storeDir.path(), &timeDisplay};
    ProgramRepository repository {&timeDisplay, &bookmarks, wc::UrlCache(QString())};
    MyScheduleModel schedule {&bookmarks, &timeDisplay};
    ScheduleExporter exporter {&bookmarks, &schedule, &timeDisplay};

    bool load()
    {
        const auto store =
            QDir(storeDir.path()).filePath(QStringLiteral("mlforsys-neurips2023.json"));
        return QFile::copy(
                   wc::test::dataPath(QStringLiteral("bookmarks/mlforsys-neurips2023.json")),
                   store) &&
            repository.loadNow(wc::test::bundledPath());
    }
};

} // namespace

class ScheduleSharingTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void calendarHoldsTheBookmarkedSessions()
    {
        Services s;
        QVERIFY(s.load());
        QTemporaryDir out;
        const auto file =
            QUrl::fromLocalFile(QDir(out.path()).filePath(QStringLiteral("mine.ics")));
        QVERIFY(s.exporter.exportCalendar(file, false));
        const auto ics = wc::test::readFile(file.toLocalFile());
        QCOMPARE(ics.count("BEGIN:VEVENT"),
            3); // the removed panel and the untimed posters have no event
        for (const auto *id :
            {"session/talk-dally@", "session/keynote-lattner@", "session/posters-1@"})
            QVERIFY2(ics.contains(id), id);
        QVERIFY2(s.exporter.message().contains(QLatin1String("left out")),
            qPrintable(s.exporter.message()));

        QVERIFY(s.exporter.exportCalendar(file, true));
        QCOMPARE(wc::test::readFile(file.toLocalFile()).count("BEGIN:VEVENT"), 18);

        QVERIFY(!s.exporter.exportCalendar(
            QUrl::fromLocalFile(QStringLiteral("/nonexistent/dir/x.ics")), false));
        QVERIFY(s.exporter.message().contains(QLatin1String("Could not write")));
    }

    void printedDayIsOnePageWithMarksInWords()
    {
        Services s;
        QVERIFY(s.load());
        s.bookmarks.setNote(Bookmarks::Kind::Session, QStringLiteral("keynote-lattner"),
            QStringLiteral("<b>not bold</b>"));
        const auto html = s.exporter.dayHtml(0);
        QVERIFY(html.contains(QLatin1String("Saturday 16 December 2023")));
        QVERIFY(html.contains(QLatin1String("Moved from 09:00 to 09:05")));
        QVERIFY(html.contains(QLatin1String("No longer in the program")));
        QVERIFY(html.contains(QLatin1String("Room 211-213")));
        QVERIFY(html.contains(QLatin1String("William Dally")));
        QVERIFY(html.contains(
            QLatin1String("&lt;b&gt;not bold&lt;/b&gt;"))); // notes are text, never markup
        QVERIFY(s.exporter.dayHtml(5).isEmpty());

        QTemporaryDir out;
        const auto file = QDir(out.path()).filePath(QStringLiteral("day.pdf"));
        QVERIFY(s.exporter.printDay(QUrl::fromLocalFile(file), 0));
        const auto pdf = wc::test::readFile(file);
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(
            pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "), 1);

        QVERIFY(!s.exporter.printDay(
            QUrl::fromLocalFile(QStringLiteral("/nonexistent/dir/day.pdf")), 0));
        QVERIFY2(s.exporter.message().contains(QLatin1String("Could not write")),
            qPrintable(s.exporter.message()));
    }

    void longDayStillPrintsOnOnePage()
    {
        Services s;
        QVERIFY(s.load());
        for (const auto &session : s.repository.program()->sessions)
            s.bookmarks.setBookmarked(Bookmarks::Kind::Session, session.id, true);
        for (const auto &session : s.repository.program()->sessions)
            s.bookmarks.setNote(
                Bookmarks::Kind::Session, session.id, QString(300, QLatin1Char('n')));
        QTemporaryDir out;
        const auto file = QDir(out.path()).filePath(QStringLiteral("day.pdf"));
        QVERIFY(s.exporter.printDay(QUrl::fromLocalFile(file), 0));
        const auto pdf = wc::test::readFile(file);
        QCOMPARE(
            pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "), 1);
    }

    void remindersComeOnceAndFollowTheSession()
    {
        Services s;
        QVERIFY(s.load());
        AppSettings settings;
        Clock clock(chicagoTime(8, 50));
        QStringList shown;
        bool desktopAvailable = true;
        Reminders reminders(&s.bookmarks, &clock, &settings, &s.timeDisplay,
            [&](const QString &summary, const QString &body) {
                shown.append(summary + QLatin1Char('|') + body);
                return desktopAvailable;
            });
        // Off by default.
        clock.setFixedNow(chicagoTime(9, 1));
        QVERIFY(shown.isEmpty());
        QVERIFY(reminders.nextReminder().isEmpty());

        clock.setFixedNow(chicagoTime(8, 50));
        settings.setRemindersEnabled(true);
        QCOMPARE(settings.reminderMinutes(), 5);
        QCOMPARE(reminders.nextReminder(),
            QStringLiteral(
                "At 09:00, for Adapting Large Language Models for Chip Design at NVIDIA"));
        QVERIFY(shown.isEmpty());
        clock.setFixedNow(chicagoTime(9, 0));
        QCOMPARE(shown,
            QStringList {QStringLiteral("In 5 min: Adapting Large Language Models for Chip Design "
                                        "at NVIDIA|Starts at 09:05 in Room 211-213")});
        clock.setFixedNow(chicagoTime(9, 1));
        reminders.check();
        QCOMPARE(shown.size(), 1); // never twice
        QVERIFY(reminders.inAppReminder().isEmpty());

        // Without a notification service, the window shows it instead.
        desktopAvailable = false;
        clock.setFixedNow(chicagoTime(9, 56));
        QCOMPARE(shown.size(), 2);
        QVERIFY(
            reminders.inAppReminder().contains(QLatin1String("Programming Languages Challenges")));
        reminders.dismissInAppReminder();
        QVERIFY(reminders.inAppReminder().isEmpty());

        // What was shown is saved: a restarted app does not repeat it.
        Bookmarks restarted(s.storeDir.path(), &s.timeDisplay);
        restarted.setProgram(s.repository.program());
        QStringList again;
        Reminders afterRestart(&restarted, &clock, &settings, &s.timeDisplay,
            [&](const QString &summary, const QString &) {
                again.append(summary);
                return true;
            });
        afterRestart.check();
        QVERIFY(again.isEmpty());
    }
};

QTEST_MAIN(ScheduleSharingTest)
#include "tst_schedulesharing.moc"
