// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// The app's services: the clock and --now, time display across zones, now
// and next at given clocks, navigation history, and the filter models.

#include "appsettings.h"
#include "bookmarks.h"
#include "clock.h"
#include "navigator.h"
#include "nownext.h"
#include "paperfiltermodel.h"
#include "programrepository.h"
#include "savedpapers.h"
#include "sessionfiltermodel.h"
#include "syncengine.h"
#include "testsupport.h"
#include "timedisplay.h"
#include "urlcache.h"
#include "webbrowsing.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QTimeZone chicago("America/Chicago");

QDateTime chicagoTime(int hour, int minute, int day = 16)
{
    return QDateTime(QDate(2023, 12, day), QTime(hour, minute), chicago);
}
} // namespace

class ServicesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void parseNow_data();
    void parseNow();
    void timeDisplayFollowsTheChosenZone();
    void nowNext_data();
    void nowNext();
    void navigatorHistory();
    void navigatorRejectsUnknownRoutes();
    void sessionsOfADay();
    void papersByPosterSession();
    void speakersSortedWithAvatars();
    void cachedPhotoIsShown();
    void bookmarksUpdateTheirRows();
    void detailsForUnknownIdsAreEmpty();
    void sessionDetails();
    void asynchronousLoad();
    void linksGoToThePaneOrTheBrowser_data();
    void linksGoToThePaneOrTheBrowser();
    void savedPapersUsage();
};

void ServicesTest::parseNow_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("workshop wall clock") << "2023-12-16T11:15" << chicagoTime(11, 15);
    QTest::newRow("with offset") << "2023-12-16T17:15:00Z" << chicagoTime(11, 15);
    QTest::newRow("other offset") << "2023-12-16T18:15:00+01:00" << chicagoTime(11, 15);
    QTest::newRow("garbage") << "yesterday" << QDateTime();
}

void ServicesTest::parseNow()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const auto parsed = Clock::parseNow(text, chicago);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

void ServicesTest::timeDisplayFollowsTheChosenZone()
{
    TimeDisplay display;
    display.setLaptopZone(QTimeZone("Europe/Berlin"));
    display.setWorkshopZone(chicago, chicagoTime(9, 0));
    QSignalSpy changed(&display, &TimeDisplay::changed);
    QCOMPARE(display.time(chicagoTime(10, 0)), QStringLiteral("10:00"));
    QCOMPARE(display.zoneLabel(), QStringLiteral("CST"));
    QVERIFY(display.zonesDiffer());
    display.setUseLaptopZone(true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(display.time(chicagoTime(10, 0)), QStringLiteral("17:00"));
    QCOMPARE(display.zoneLabel(), QStringLiteral("CET"));
    QCOMPARE(
        display.timeRange(chicagoTime(10, 0), chicagoTime(10, 55)), QStringLiteral("17:00–17:55"));
    QCOMPARE(display.workshopZoneLabel(), QStringLiteral("CST"));
    display.setUseLaptopZone(true);
    QCOMPARE(changed.count(), 1); // no change, no signal
}

void ServicesTest::nowNext_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QStringList>("nowIds");
    QTest::addColumn<QString>("nowDetail");
    QTest::addColumn<QString>("nextId");

    QTest::newRow("days before") << chicagoTime(12, 0, 13) << int(NowNext::State::Before)
                                 << "Starts in 3 days" << QStringList() << ""
                                 << "opening";
    QTest::newRow("the evening before") << chicagoTime(20, 0, 15) << int(NowNext::State::Before)
                                        << "Starts tomorrow at 09:00" << QStringList() << ""
                                        << "opening";
    QTest::newRow("that morning") << chicagoTime(8, 20) << int(NowNext::State::Before)
                                  << "Starts in 40 min" << QStringList() << ""
                                  << "opening";
    QTest::newRow("contributed talk") << chicagoTime(11, 15) << int(NowNext::State::During)
                                      << "On now: VMR2L: Virtual Machines Rescheduling Using "
                                         "Reinforcement Learning in Data Centers"
                                      << QStringList {QStringLiteral("talk-vmr2l")} << "5 min left"
                                      << "talk-zeropp";
    QTest::newRow("half a minute left rounds up")
        << chicagoTime(11, 19).addSecs(30) << int(NowNext::State::During)
        << "On now: VMR2L: Virtual Machines Rescheduling Using Reinforcement Learning in Data "
           "Centers"
        << QStringList {QStringLiteral("talk-vmr2l")} << "1 min left"
        << "talk-zeropp";
    QTest::newRow("lunch") << chicagoTime(12, 45) << int(NowNext::State::During) << "On now: Lunch"
                           << QStringList {QStringLiteral("lunch")} << "45 min left"
                           << "talk-wang";
    QTest::newRow("last minute") << chicagoTime(16, 59) << int(NowNext::State::During)
                                 << "On now: Competition Q&A"
                                 << QStringList {QStringLiteral("competition-qa")} << "1 min left"
                                 << "";
    QTest::newRow("ended") << chicagoTime(17, 0) << int(NowNext::State::After)
                           << "This edition has ended" << QStringList() << ""
                           << "";
}

void ServicesTest::nowNext()
{
    QFETCH(QDateTime, now);
    QFETCH(int, state);
    QFETCH(QString, headline);
    QFETCH(QStringList, nowIds);
    QFETCH(QString, nowDetail);
    QFETCH(QString, nextId);

    TimeDisplay display;
    QTemporaryDir storeDir;
    Bookmarks bookmarks(storeDir.path(), &display);
    ProgramRepository repository(&display, &bookmarks, wc::UrlCache(QString()));
    QVERIFY(repository.loadNow(wc::test::bundledPath()));
    Clock clock(now);
    NowNext nowNext(&clock, &display);
    nowNext.setProgram(repository.program());
    QCOMPARE(int(nowNext.state()), state);
    QCOMPARE(nowNext.headline(), headline);
    QCOMPARE(nowNext.nowSessionIds(), nowIds);
    QCOMPARE(nowNext.nowDetail(), nowDetail);
    QCOMPARE(nowNext.nextSessionId(), nextId);
}

void ServicesTest::navigatorHistory()
{
    Navigator navigator;
    QSignalSpy changed(&navigator, &Navigator::routeChanged);
    QCOMPARE(navigator.route(), QStringLiteral("timeline"));
    QVERIFY(!navigator.canGoBack());
    navigator.go(QStringLiteral("session:keynote-lattner"));
    QCOMPARE(navigator.view(), QStringLiteral("session"));
    QCOMPARE(navigator.argument(), QStringLiteral("keynote-lattner"));
    navigator.go(QStringLiteral("speaker:chris-lattner"));
    navigator.go(QStringLiteral("speaker:chris-lattner")); // where one is: no new entry
    QCOMPARE(changed.count(), 2);
    navigator.back();
    QCOMPARE(navigator.route(), QStringLiteral("session:keynote-lattner"));
    QVERIFY(navigator.canGoForward());
    navigator.forward();
    QCOMPARE(navigator.route(), QStringLiteral("speaker:chris-lattner"));
    navigator.back();
    navigator.go(QStringLiteral("search:zero")); // going somewhere new drops the forward history
    QVERIFY(!navigator.canGoForward());
    navigator.replace(QStringLiteral("search:zero++"));
    navigator.back();
    QCOMPARE(navigator.route(), QStringLiteral("session:keynote-lattner"));
    // Search arguments keep their colons.
    navigator.go(QStringLiteral("search:a:b"));
    QCOMPARE(navigator.argument(), QStringLiteral("a:b"));
}

void ServicesTest::navigatorRejectsUnknownRoutes()
{
    Navigator navigator(QStringLiteral("nonsense"));
    QCOMPARE(navigator.route(), QStringLiteral("timeline"));
    navigator.go(QStringLiteral("settings:x"));
    QCOMPARE(navigator.route(), QStringLiteral("timeline"));
    QVERIFY(Navigator::isValidRoute(QStringLiteral("papers:posters-1")));
    QVERIFY(!Navigator::isValidRoute(QStringLiteral("about:x")));
}

void ServicesTest::sessionsOfADay()
{
    TimeDisplay display;
    QTemporaryDir storeDir;
    Bookmarks bookmarks(storeDir.path(), &display);
    ProgramRepository repository(&display, &bookmarks, wc::UrlCache(QString()));
    QVERIFY(repository.loadNow(wc::test::dataPath(QStringLiteral("valid"))));
    SessionFilterModel day;
    QAbstractItemModelTester tester(&day, QAbstractItemModelTester::FailureReportingMode::QtTest);
    day.setSessions(repository.sessions());
    QCOMPARE(day.rowCount(), 5);
    QCOMPARE(day.dayStart().toString(Qt::ISODate), QStringLiteral("2024-07-26T09:00:00+02:00"));
    QCOMPARE(day.spanMinutes(), 9 * 60);
    QSignalSpy axis(&day, &SessionFilterModel::axisChanged);
    day.setDayIndex(1);
    QCOMPARE(axis.count(), 1);
    auto ids = [&] {
        QStringList result;
        for (int row = 0; row < day.rowCount(); ++row)
            result.append(day.index(row, 0).data(SessionListModel::IdRole).toString());
        return result;
    };
    QCOMPARE(ids(),
        (QStringList {
            QStringLiteral("invited-1"), QStringLiteral("panel"), QStringLiteral("closing")}));
    // Parallel rooms get their own columns; minutes count from the axis start.
    QCOMPARE(day.index(0, 0).data(SessionListModel::RoomIndexRole).toInt(), 1);
    QCOMPARE(day.index(1, 0).data(SessionListModel::RoomIndexRole).toInt(), 0);
    QCOMPARE(day.index(1, 0).data(SessionListModel::StartMinuteRole).toInt(), 60);
    QVERIFY(day.index(0, 0).data(SessionListModel::CancelledRole).toBool());

    // The timeline makes blocks for the part of the day on screen alone:
    // the sessions that overlap it, and the nearest one on either side for
    // Tab. Day 1 from 09:00: opening 0–15, keynote-1 15–75, coffee-1 75–105,
    // talks-1 105–180, posters-1 270–360 (minutes).
    day.setDayIndex(0);
    QSignalSpy window(&day, &SessionFilterModel::windowChanged);
    day.setFromMinute(80);
    day.setToMinute(100);
    QCOMPARE(window.count(), 2);
    QCOMPARE(ids(),
        (QStringList {
            QStringLiteral("keynote-1"), QStringLiteral("coffee-1"), QStringLiteral("talks-1")}));
    // A window between sessions has the one before and the one after it.
    day.setToMinute(260);
    day.setFromMinute(190);
    QCOMPARE(ids(), (QStringList {QStringLiteral("talks-1"), QStringLiteral("posters-1")}));
    // At the start of the day there is nothing before.
    day.setFromMinute(0);
    day.setToMinute(10);
    QCOMPARE(ids(), (QStringList {QStringLiteral("opening"), QStringLiteral("keynote-1")}));
    // The window stays when the day changes (day 2: invited-1 30–90, panel
    // 60–120, closing 450–480).
    day.setToMinute(45);
    day.setDayIndex(1);
    QCOMPARE(ids(), (QStringList {QStringLiteral("invited-1"), QStringLiteral("panel")}));
    day.setFromMinute(400);
    day.setToMinute(500);
    QCOMPARE(ids(), (QStringList {QStringLiteral("panel"), QStringLiteral("closing")}));
    // An empty window has nothing; none at all, the whole day.
    day.setToMinute(400);
    QCOMPARE(day.rowCount(), 0);
    day.setFromMinute(-1);
    day.setToMinute(-1);
    QCOMPARE(ids().size(), 3);
}

void ServicesTest::papersByPosterSession()
{
    TimeDisplay display;
    QTemporaryDir storeDir;
    Bookmarks bookmarks(storeDir.path(), &display);
    ProgramRepository repository(&display, &bookmarks, wc::UrlCache(QString()));
    QVERIFY(repository.loadNow(wc::test::dataPath(QStringLiteral("valid"))));
    PaperFilterModel papers;
    QAbstractItemModelTester tester(
        &papers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    papers.setPapers(repository.papers());
    auto ids = [&] {
        QStringList result;
        for (int row = 0; row < papers.rowCount(); ++row)
            result.append(papers.index(row, 0).data(PaperListModel::IdRole).toString());
        return result;
    };
    // The retracted paper goes last, the rest keep the organizers' order.
    QCOMPARE(ids(),
        (QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
            QStringLiteral("late-breaking-1")}));
    QSignalSpy count(&papers, &PaperFilterModel::countChanged);
    papers.setPosterSession(QStringLiteral("posters-1"));
    QVERIFY(count.count() > 0);
    QCOMPARE(ids(), (QStringList {QStringLiteral("3"), QStringLiteral("late-breaking-1")}));
    QCOMPARE(papers.index(0, 0).data(PaperListModel::BoardRole).toInt(), 12);
    QCOMPARE(papers.index(0, 0).data(PaperListModel::PosterSessionTitleRole).toString(),
        QStringLiteral("Poster Session"));
    papers.setPosterSession(QString());
    QCOMPARE(papers.rowCount(), 4);
    QCOMPARE(repository.papers()->index(0, 0).data(PaperListModel::TalkSessionRole).toString(),
        QStringLiteral("talks-1"));
}

void ServicesTest::speakersSortedWithAvatars()
{
    TimeDisplay display;
    QTemporaryDir storeDir;
    Bookmarks bookmarks(storeDir.path(), &display);
    ProgramRepository repository(&display, &bookmarks, wc::UrlCache(QString()));
    QAbstractItemModelTester tester(
        repository.speakers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(repository.loadNow(wc::test::bundledPath()));
    const auto *speakers = repository.speakers();
    QCOMPARE(speakers->rowCount(), 3);
    QCOMPARE(speakers->index(0, 0).data(SpeakerListModel::NameRole).toString(),
        QStringLiteral("Atlas Wang"));
    QCOMPARE(speakers->index(1, 0).data(SpeakerListModel::NameRole).toString(),
        QStringLiteral("Chris Lattner"));
    QCOMPARE(speakers->index(1, 0).data(SpeakerListModel::InitialsRole).toString(),
        QStringLiteral("CL"));
    // No cached copy of the remote photo: no URL, so the avatar draws initials.
    QVERIFY(speakers->index(1, 0).data(SpeakerListModel::PhotoRole).toUrl().isEmpty());
    QCOMPARE(speakers->index(1, 0).data(SpeakerListModel::SessionCountRole).toInt(), 1);
    QCOMPARE(SpeakerListModel::initials(QStringLiteral("Zhangyang \"Atlas\" Wang")),
        QStringLiteral("ZW"));
    QCOMPARE(SpeakerListModel::initials(QStringLiteral("  ")), QStringLiteral("?"));
    QCOMPARE(SpeakerListModel::initials(QStringLiteral("Jürgen Müller")), QStringLiteral("JM"));
}

void ServicesTest::cachedPhotoIsShown()
{
    QTemporaryDir cacheDir;
    const wc::UrlCache photos(cacheDir.path());
    const auto url =
        QStringLiteral("https://mlforsystems.org/assets/images/speakers/chris_lattner.jpeg");
    // An empty file is a failed download, not a photo.
    QVERIFY(wc::test::writeFile(photos.filePath(url), QByteArray()));
    QVERIFY(photos.cachedFile(url).isEmpty());
    QVERIFY(wc::test::writeFile(photos.filePath(url), QByteArray("\xFF\xD8\xFF")));
    QCOMPARE(photos.cachedFile(url), photos.filePath(url));

    TimeDisplay display;
    QTemporaryDir storeDir;
    Bookmarks bookmarks(storeDir.path(), &display);
    ProgramRepository repository(&display, &bookmarks, photos);
    QVERIFY(repository.loadNow(wc::test::bundledPath()));
    const auto *speakers = repository.speakers();
    QCOMPARE(speakers->index(1, 0).data(SpeakerListModel::IdRole).toString(),
        QStringLiteral("chris-lattner"));
    QCOMPARE(speakers->index(1, 0).data(SpeakerListModel::PhotoRole).toUrl(),
        QUrl::fromLocalFile(photos.filePath(url)));
    // The others have no copy yet: initials, never the remote URL.
    QVERIFY(speakers->index(0, 0).data(SpeakerListModel::PhotoRole).toUrl().isEmpty());
    QCOMPARE(
        repository.speaker(QStringLiteral("chris-lattner")).value(QStringLiteral("photo")).toUrl(),
        QUrl::fromLocalFile(photos.filePath(url)));
}

void ServicesTest::bookmarksUpdateTheirRows()
{
    TimeDisplay display;
    QTemporaryDir storeDir;
    {
        Bookmarks bookmarks(storeDir.path(), &display);
        ProgramRepository repository(&display, &bookmarks, wc::UrlCache(QString()));
        QVERIFY(repository.loadNow(wc::test::bundledPath()));
        auto *sessions = repository.sessions();
        QSignalSpy dataChanged(sessions, &QAbstractItemModel::dataChanged);
        bookmarks.toggle(Bookmarks::Kind::Session, QStringLiteral("keynote-lattner"));
        QCOMPARE(dataChanged.count(), 1);
        int row = 0;
        while (sessions->index(row, 0).data(SessionListModel::IdRole).toString() != QLatin1String("keynote-lattner"))
            ++row;
        QVERIFY(sessions->index(row, 0).data(SessionListModel::BookmarkedRole).toBool());
        bookmarks.toggle(Bookmarks::Kind::Paper, QStringLiteral("1"));
        bookmarks.setNote(Bookmarks::Kind::Session, QStringLiteral("keynote-lattner"), QStringLiteral("  ask about MLIR "));
        // A retracted paper is never bookmarkable anew.
        QVERIFY(!bookmarks.canBookmark(Bookmarks::Kind::Paper, QStringLiteral("22")));
        bookmarks.toggle(Bookmarks::Kind::Paper, QStringLiteral("22"));
        QCOMPARE(bookmarks.count(), 2);
        QVERIFY2(bookmarks.notice().isEmpty(), qPrintable(bookmarks.notice()));
    }
    // The app restarted: everything is still there.
    Bookmarks bookmarks(storeDir.path(), &display);
    ProgramRepository repository(&display, &bookmarks, wc::UrlCache(QString()));
    QVERIFY(repository.loadNow(wc::test::bundledPath()));
    QVERIFY(bookmarks.contains(Bookmarks::Kind::Session, QStringLiteral("keynote-lattner")));
    QVERIFY(bookmarks.contains(Bookmarks::Kind::Paper, QStringLiteral("1")));
    QCOMPARE(bookmarks.note(Bookmarks::Kind::Session, QStringLiteral("keynote-lattner")), QStringLiteral("ask about MLIR"));
    QCOMPARE(bookmarks.count(), 2);
}

void ServicesTest::detailsForUnknownIdsAreEmpty()
{
    TimeDisplay display;
    QTemporaryDir storeDir;
    Bookmarks bookmarks(storeDir.path(), &display);
    ProgramRepository repository(&display, &bookmarks, wc::UrlCache(QString()));
    QVERIFY(repository.session(QStringLiteral("opening")).isEmpty()); // nothing loaded yet
    QVERIFY(repository.loadNow(wc::test::bundledPath()));
    QVERIFY(repository.session(QStringLiteral("nope")).isEmpty());
    QVERIFY(repository.speaker(QStringLiteral("nope")).isEmpty());
    QVERIFY(repository.paper(QStringLiteral("nope")).isEmpty());
}

void ServicesTest::sessionDetails()
{
    TimeDisplay display;
    QTemporaryDir storeDir;
    Bookmarks bookmarks(storeDir.path(), &display);
    ProgramRepository repository(&display, &bookmarks, wc::UrlCache(QString()));
    QVERIFY(repository.loadNow(wc::test::bundledPath()));
    auto session = repository.session(QStringLiteral("keynote-lattner"));
    QCOMPARE(session.value(QStringLiteral("timeRange")).toString(), QStringLiteral("10:00–10:55"));
    QCOMPARE(session.value(QStringLiteral("zoneLabel")).toString(), QStringLiteral("CST"));
    QCOMPARE(session.value(QStringLiteral("room")).toString(), QStringLiteral("Room 211-213"));
    const auto speakers = session.value(QStringLiteral("speakers")).toList();
    QCOMPARE(speakers.size(), 1);
    QCOMPARE(speakers[0].toMap().value(QStringLiteral("name")).toString(),
        QStringLiteral("Chris Lattner"));
    auto talk = repository.session(QStringLiteral("talk-vmr2l"));
    QCOMPARE(talk.value(QStringLiteral("papers"))
                 .toList()
                 .value(0)
                 .toMap()
                 .value(QStringLiteral("id"))
                 .toString(),
        QStringLiteral("37"));
    const auto paper = repository.paper(QStringLiteral("37"));
    QCOMPARE(paper.value(QStringLiteral("sessions"))
                 .toList()
                 .value(0)
                 .toMap()
                 .value(QStringLiteral("id"))
                 .toString(),
        QStringLiteral("talk-vmr2l"));
    const auto speaker = repository.speaker(QStringLiteral("atlas-wang"));
    QCOMPARE(speaker.value(QStringLiteral("sessions")).toList().size(), 1);
    const auto info = repository.workshopInfo();
    QCOMPARE(
        info.value(QStringLiteral("timeZone")).toString(), QStringLiteral("America/Chicago (CST)"));
    QCOMPARE(info.value(QStringLiteral("pages")).toList().size(), 5);
}

void ServicesTest::asynchronousLoad()
{
    TimeDisplay display;
    QTemporaryDir storeDir;
    Bookmarks bookmarks(storeDir.path(), &display);
    ProgramRepository repository(&display, &bookmarks, wc::UrlCache(QString()));
    QSignalSpy finished(&repository, &ProgramRepository::loadFinished);
    QSignalSpy indexed(&repository, &ProgramRepository::searchIndexed);
    repository.load(wc::test::dataPath(QStringLiteral("broken")));
    QVERIFY(repository.isLoading());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!repository.isLoaded());
    QVERIFY(repository.problems()->errorCount() > 0);
    repository.load(wc::test::bundledPath());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(1).at(0).toBool(), true);
    QVERIFY(repository.isLoaded());
    QVERIFY(!repository.isLoading());
    QCOMPARE(repository.problems()->rowCount(), 0);
    // The search index follows from a worker thread; until then, no hits.
    repository.search()->setQuery(QStringLiteral("lattner"));
    if (indexed.isEmpty()) {
        QCOMPARE(repository.search()->count(), 0);
        QVERIFY(indexed.wait(10000));
    }
    QVERIFY(repository.search()->count() >= 2);
}

QTEST_GUILESS_MAIN(ServicesTest)
#include "tst_services.moc"

void ServicesTest::linksGoToThePaneOrTheBrowser_data()
{
    QTest::addColumn<bool>("inApp");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("route"); // empty: the system browser got it
    QTest::addColumn<bool>("opened"); // by the system
    const auto pdf = QStringLiteral("https://mlforsystems.org/assets/papers/neurips2023/paper37.pdf");
    QTest::newRow("paper in the pane") << true << pdf << QStringLiteral("web:") + pdf << false;
    QTest::newRow("no WebEngine") << false << pdf << QString() << true;
    QTest::newRow("http becomes https")
        << true << "http://arxiv.org/abs/1" << "web:https://arxiv.org/abs/1" << false;
    QTest::newRow("other host") << true << "https://example.com/" << QString() << true;
    QTest::newRow("mail") << true << "mailto:a@example.org" << QString() << true;
    QTest::newRow("local file never") << true << "file:///etc/passwd" << QString() << false;
    QTest::newRow("other scheme never") << true << "steam://run/1" << QString() << false;
}

void ServicesTest::linksGoToThePaneOrTheBrowser()
{
    QFETCH(bool, inApp);
    QFETCH(QString, url);
    QFETCH(QString, route);
    QFETCH(bool, opened);
    QTemporaryDir dir;
    TimeDisplay display;
    AppSettings settings;
    Bookmarks bookmarks(dir.filePath(QStringLiteral("bookmarks")), &display);
    ProgramRepository repository(&display, &bookmarks, wc::UrlCache(QString()));
    QVERIFY(repository.loadNow(wc::test::bundledPath()));
    Navigator navigator;
    SavedPapers papers(&settings, &bookmarks, dir.filePath(QStringLiteral("papers")));
    QList<QUrl> system;
    WebBrowsing web(&repository, &navigator, &papers,
        [&system](const QUrl &u) {
            system.append(u);
            return true;
        },
        {}, inApp);
    web.open(QUrl(url));
    QCOMPARE(navigator.route(), route.isEmpty() ? QStringLiteral("timeline") : route);
    QCOMPARE(system, opened ? QList<QUrl> {QUrl(url)} : QList<QUrl> {});
}

void ServicesTest::savedPapersUsage()
{
    QTemporaryDir dir;
    TimeDisplay display;
    AppSettings settings;
    settings.setOfflinePapers(AppSettings::OfflinePapers::None);
    Bookmarks bookmarks(dir.filePath(QStringLiteral("bookmarks")), &display);
    ProgramRepository repository(&display, &bookmarks, wc::UrlCache(QString()));
    QVERIFY(repository.loadNow(wc::test::bundledPath()));
    const auto papersDir = dir.filePath(QStringLiteral("papers"));
    SavedPapers papers(&settings, &bookmarks, papersDir);
    QSignalSpy wanted(&papers, &SavedPapers::fetchWanted);

    // Off: a sync is not asked to fetch any.
    wc::SyncRequest request;
    papers.prepare(request);
    QVERIFY(request.paperDir.isEmpty());
    QCOMPARE(papers.usage(), QStringLiteral("No papers saved for offline reading"));

    // Bookmarked only: the sync gets the ids, and is asked for at once.
    settings.setOfflinePapers(AppSettings::OfflinePapers::Bookmarked);
    QCOMPARE(wanted.size(), 1);
    bookmarks.setBookmarked(Bookmarks::Kind::Paper, QStringLiteral("37"), true);
    papers.prepare(request);
    QCOMPARE(request.paperDir, papersDir);
    QCOMPARE(request.onlyPapers, std::optional(QSet<QString> {QStringLiteral("37")}));
    QVERIFY(wanted.wait(5000)); // the new bookmark, after a pause

    // What the sync saved is counted; the web pane finds the copy.
    const auto pdf = QStringLiteral("https://mlforsystems.org/assets/papers/neurips2023/paper37.pdf");
    const wc::UrlCache cache(papersDir, QStringLiteral(".pdf"));
    QVERIFY(QDir().mkpath(papersDir));
    QVERIFY(wc::test::writeFile(cache.filePath(pdf), QByteArray(1500, 'x')));
    papers.fetched(1, {QStringLiteral("https://example.org/2.pdf is not a PDF")});
    QCOMPARE(papers.usage(), QStringLiteral("1 paper saved · 1.5 kB"));
    // With every bookmarked paper saved, a note is no reason to sync.
    wanted.clear();
    bookmarks.setNote(Bookmarks::Kind::Session, QStringLiteral("keynote-lattner"), QStringLiteral("front row"));
    QVERIFY(!wanted.wait(4000));
    QCOMPARE(papers.problem(), QStringLiteral("1 paper could not be saved: https://example.org/2.pdf is not a PDF"));
    Navigator navigator;
    WebBrowsing web(&repository, &navigator, &papers, [](const QUrl &) { return true; }, {}, true);
    const auto copy = QUrl::fromLocalFile(cache.filePath(pdf));
    QCOMPARE(web.savedCopy(QUrl(pdf + QStringLiteral("#page=2"))), copy);
    QVERIFY(web.allows(copy));
    QVERIFY(!web.allows(QUrl::fromLocalFile(dir.filePath(QStringLiteral("bookmarks")))));
    QCOMPARE(web.paperFor(QUrl(pdf)).value(QStringLiteral("id")).toString(), QStringLiteral("37"));

    // All papers: no list of ids. Deleting empties the folder.
    settings.setOfflinePapers(AppSettings::OfflinePapers::All);
    request = {};
    papers.prepare(request);
    QVERIFY(!request.onlyPapers);
    papers.clear();
    QVERIFY(papers.isEmpty());
    QVERIFY(web.savedCopy(QUrl(pdf)).isEmpty());
    // Deleting them stops keeping them, or the next sync would bring them back.
    QCOMPARE(settings.offlinePapers(), AppSettings::OfflinePapers::None);
}
