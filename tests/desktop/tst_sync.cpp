// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// The app's side of sync against a site on loopback: an update reloads the
// program and lists what changed, bookmarked items first; the timeline marks
// changed sessions until they are opened; the status line tells the truth;
// a damaged synced copy falls back to the bundled one.

#include "appsettings.h"
#include "bookmarks.h"
#include "changelistmodel.h"
#include "loopbackhttpserver.h"
#include "programdiff.h"
#include "programloader.h"
#include "programrepository.h"
#include "sessionlistmodel.h"
#include "sessionrows.h"
#include "syncservice.h"
#include "testsupport.h"
#include "timedisplay.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

const auto edition = QStringLiteral("testshop-2024");

// The app's services, wired as main() wires them, on a bundled copy of the
// test workshop (version 1) and a site on loopback.
struct App {
    explicit App(const QString &home)
        : bundled(QDir(home).filePath(QStringLiteral("bundled")))
        , programs(QDir(home).filePath(QStringLiteral("programs")))
        , bookmarks(QDir(home).filePath(QStringLiteral("bookmarks")), &timeDisplay)
        , repository(&timeDisplay, &bookmarks, wc::UrlCache(QString()))
        , changes(wc::ChangeLog(QDir(home).filePath(QStringLiteral("changes.json")), edition),
              &bookmarks)
        , sync(&repository, &changes, &settings, &timeDisplay,
              // No photo cache: the fixture's photos are on example.org, and
              // no test reaches the internet.
              {bundled, programs, QString()})
    {
    }

    QString synced() const { return QDir(programs).filePath(edition); }

    // Syncs once and waits for the reload an update brings.
    bool syncOnce()
    {
        QSignalSpy finished(&sync, &SyncService::syncFinished);
        sync.syncNow();
        if (!finished.wait(20000))
            return false;
        if (repository.isLoading()) {
            QSignalSpy loaded(&repository, &ProgramRepository::loadFinished);
            return loaded.wait(20000);
        }
        return true;
    }

    QString bundled;
    QString programs;
    TimeDisplay timeDisplay;
    AppSettings settings;
    Bookmarks bookmarks;
    ProgramRepository repository;
    ChangeListModel changes;
    SyncService sync;
};

} // namespace

class SyncTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void updateReloadsAndListsChanges();
    void statusTellsTheTruth();
    void olderVersionOnlyWhenAccepted();
    void damagedSyncedCopyFallsBackToBundled();
    void damagedSyncedCopyFallsBackToPrevious();
    void syncNowDuringTheReloadWaitsForIt();
    void changesWithNowhereToGoAreMarkedSeen();
    void foldersOfTheUsersOwnAreNotSynced();
    void syncAskedForWhileCheckingFollows();
    void papersSyncOnlyWhenSyncsStartByThemselves();

private:
    void serveVersion2();

    QTemporaryDir m_tmp;
    QString m_home;
    QString m_site;
    wc::test::LoopbackHttpServer m_server;
};

void SyncTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    QVERIFY(m_server.listen());
}

void SyncTest::init()
{
    QSettings().clear();
    static int round = 0;
    m_home = m_tmp.filePath(QString::number(++round));
    m_site = QDir(m_home).filePath(QStringLiteral("site"));
    const auto bundled = QDir(m_home).filePath(QStringLiteral("bundled"));
    QVERIFY(wc::test::copyFolder(wc::test::dataPath(QStringLiteral("valid")), bundled));
    QVERIFY(wc::test::publish(bundled, 1));
    QVERIFY(wc::test::copyFolder(bundled, m_site));
    m_server.setRoot(m_site);
    m_server.clearFaults();
}

// The keynote moves by five minutes; paper 3 gets a new title.
void SyncTest::serveVersion2()
{
    const auto program = QDir(m_site).filePath(QStringLiteral("program.yaml"));
    QVERIFY(wc::test::writeFile(
        program, wc::test::replacedIn(program, "start: \"09:15\"", "start: \"09:20\"")));
    const auto papers = QDir(m_site).filePath(QStringLiteral("papers.yaml"));
    const auto renamed =
        wc::test::replacedIn(papers, "- id: 3\n    title: \"", "- id: 3\n    title: \"Now ");
    QVERIFY(renamed != wc::test::readFile(papers));
    QVERIFY(wc::test::writeFile(papers, renamed));
    QVERIFY(wc::test::publish(m_site, 2));
}

void SyncTest::updateReloadsAndListsChanges()
{
    App app(m_home);
    QAbstractItemModelTester tester(&app.changes);
    QCOMPARE(app.sync.startFolder(), app.bundled);
    QVERIFY(app.repository.loadNow(app.sync.startFolder()));
    app.sync.setSiteUrl(m_server.url());
    app.bookmarks.setBookmarked(Bookmarks::Kind::Paper, QStringLiteral("3"), true);
    serveVersion2();

    QSignalSpy notice(&app.sync, &SyncService::updateNoticeChanged);
    QVERIFY(app.syncOnce());
    QCOMPARE(app.sync.state(), SyncService::State::Updated);
    QCOMPARE(app.repository.folder(), app.synced());
    QCOMPARE(app.repository.program()->manifest->version, 2);
    QVERIFY2(app.sync.statusText().startsWith(QStringLiteral("Updated to version 2 · checked ")),
        qPrintable(app.sync.statusText()));
    QCOMPARE(notice.size(), 1);
    QCOMPARE(app.sync.updateNotice(),
        QStringLiteral("The program was updated to version 2: 2 changes."));

    // The bookmarked paper comes first, though the diff lists sessions first.
    QCOMPARE(app.changes.rowCount(), 2);
    const auto first = app.changes.index(0);
    QCOMPARE(first.data(ChangeListModel::ItemIdRole).toString(), QStringLiteral("3"));
    QCOMPARE(first.data(ChangeListModel::BookmarkedRole).toBool(), true);
    QCOMPARE(first.data(ChangeListModel::RouteRole).toString(), QStringLiteral("paper:3"));
    const auto second = app.changes.index(1);
    QCOMPARE(second.data(ChangeListModel::ItemIdRole).toString(), QStringLiteral("keynote-1"));
    QCOMPARE(second.data(ChangeListModel::SummaryRole).toString(),
        QStringLiteral("retimed 09:15–10:15 → 09:20–10:15"));
    QCOMPARE(app.changes.unseenCount(), 2);
    QCOMPARE(app.changes.fromVersion(), 1);
    QCOMPARE(app.changes.toVersion(), 2);

    // Marked in the timeline until opened.
    QCOMPARE(updateMark(app.repository, QStringLiteral("keynote-1")),
        QStringLiteral("retimed 09:15–10:15 → 09:20–10:15"));
    QCOMPARE(updateMark(app.repository, QStringLiteral("opening")), QString());
    app.changes.markRouteSeen(QStringLiteral("session:keynote-1"));
    QCOMPARE(updateMark(app.repository, QStringLiteral("keynote-1")), QString());
    QCOMPARE(app.changes.unseenCount(), 1);

    // After a restart: the synced copy is shown, and what was seen stays seen.
    App restarted(m_home);
    QCOMPARE(restarted.sync.startFolder(), app.synced());
    QCOMPARE(restarted.changes.rowCount(), 2);
    QCOMPARE(restarted.changes.unseenCount(), 1);
    QVERIFY(restarted.repository.loadNow(restarted.sync.startFolder()));
    QCOMPARE(updateMark(restarted.repository, QStringLiteral("keynote-1")), QString());
    restarted.changes.markAllSeen();
    QCOMPARE(restarted.changes.unseenCount(), 0);
}

void SyncTest::statusTellsTheTruth()
{
    App app(m_home);
    QVERIFY(app.repository.loadNow(app.sync.startFolder()));
    QCOMPARE(app.sync.statusText(), QStringLiteral("Version 1 (built in) · not checked yet"));

    // Nobody listens on this port.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const auto deadUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closed.serverPort()));
    closed.close();
    app.sync.setSiteUrl(deadUrl);
    QVERIFY(app.syncOnce());
    QCOMPARE(app.sync.state(), SyncService::State::Offline);
    QCOMPARE(app.sync.statusText(), QStringLiteral("Offline — showing the built-in version 1"));

    app.sync.setSiteUrl(m_server.url());
    QVERIFY(app.syncOnce());
    QCOMPARE(app.sync.state(), SyncService::State::UpToDate);
    QVERIFY2(app.sync.statusText().startsWith(QStringLiteral("Up to date · version 1 · checked ")),
        qPrintable(app.sync.statusText()));

    serveVersion2();
    QVERIFY(app.syncOnce());
    QCOMPARE(app.sync.state(), SyncService::State::Updated);

    app.sync.setSiteUrl(deadUrl);
    QVERIFY(app.syncOnce());
    QVERIFY2(app.sync.statusText().startsWith(QStringLiteral("Offline — showing version 2 from ")),
        qPrintable(app.sync.statusText()));

    // Version 3, whose program.yaml is not what its manifest says.
    const auto program = QDir(m_site).filePath(QStringLiteral("program.yaml"));
    QVERIFY(wc::test::writeFile(program, wc::test::replacedIn(program, "09:20", "09:25")));
    QVERIFY(wc::test::publish(m_site, 3));
    QVERIFY(wc::test::writeFile(program, wc::test::replacedIn(program, "09:25", "09:26")));
    app.sync.setSiteUrl(m_server.url());
    QVERIFY(app.syncOnce());
    QCOMPARE(app.sync.state(), SyncService::State::Rejected);
    QCOMPARE(app.sync.statusText(),
        QStringLiteral(
            "Update rejected: program.yaml failed its checksum — still showing version 2"));
    QCOMPARE(app.repository.program()->manifest->version, 2);

    m_server.setFault(
        QStringLiteral("/manifest.yaml"), wc::test::LoopbackHttpServer::Fault::ServerError);
    QVERIFY(app.syncOnce());
    QCOMPARE(app.sync.state(), SyncService::State::Failed);
    QCOMPARE(app.sync.statusText(),
        QStringLiteral(
            "Update failed: the site answered 500 Internal Server Error for manifest.yaml "
            "— still showing version 2"));
}

void SyncTest::olderVersionOnlyWhenAccepted()
{
    App app(m_home);
    QVERIFY(app.repository.loadNow(app.sync.startFolder()));
    app.sync.setSiteUrl(m_server.url());
    QVERIFY(wc::test::publish(m_site, 5));
    QVERIFY(app.syncOnce());
    QCOMPARE(app.repository.program()->manifest->version, 5);

    serveVersion2();
    QVERIFY(app.syncOnce());
    QCOMPARE(app.sync.state(), SyncService::State::Rejected);
    QVERIFY(app.sync.canForce());
    QCOMPARE(app.repository.program()->manifest->version, 5);

    app.sync.acceptOlderVersion();
    QSignalSpy finished(&app.sync, &SyncService::syncFinished);
    QVERIFY(finished.wait(20000));
    QSignalSpy loaded(&app.repository, &ProgramRepository::loadFinished);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(app.sync.state(), SyncService::State::Updated);
    QCOMPARE(app.repository.program()->manifest->version, 2);
    QVERIFY(!app.sync.canForce());
}

void SyncTest::damagedSyncedCopyFallsBackToBundled()
{
    App app(m_home);
    // A synced copy whose manifest claims version 5 but whose program is broken.
    QVERIFY(wc::test::copyFolder(m_site, app.synced()));
    QVERIFY(wc::test::publish(app.synced(), 5));
    const auto program = QDir(app.synced()).filePath(QStringLiteral("program.yaml"));
    QVERIFY(wc::test::writeFile(program, "sessions: [\n"));
    QCOMPARE(app.sync.startFolder(), app.synced());

    QSignalSpy loaded(&app.repository, &ProgramRepository::loadFinished);
    app.repository.load(app.sync.startFolder());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 20000);
    QCOMPARE(loaded.at(0).at(0).toBool(), false);
    QCOMPARE(loaded.at(1).at(0).toBool(), true);
    QCOMPARE(app.repository.folder(), app.bundled);
    QVERIFY(app.repository.isLoaded());
}

void SyncTest::damagedSyncedCopyFallsBackToPrevious()
{
    App app(m_home);
    // The previous copy (version 4) still beats the bundled one; the current
    // one (version 5) is broken on disk.
    QVERIFY(wc::test::copyFolder(m_site, wc::previousCopyFolder(app.synced())));
    QVERIFY(wc::test::publish(wc::previousCopyFolder(app.synced()), 4));
    QVERIFY(wc::test::copyFolder(m_site, app.synced()));
    QVERIFY(wc::test::publish(app.synced(), 5));
    QVERIFY(wc::test::writeFile(
        QDir(app.synced()).filePath(QStringLiteral("program.yaml")), "sessions: [\n"));

    QSignalSpy loaded(&app.repository, &ProgramRepository::loadFinished);
    app.repository.load(app.sync.startFolder());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 20000);
    QCOMPARE(app.repository.folder(), wc::previousCopyFolder(app.synced()));
    QCOMPARE(app.repository.program()->manifest->version, 4);
}

void SyncTest::syncNowDuringTheReloadWaitsForIt()
{
    App app(m_home);
    QVERIFY(app.repository.loadNow(app.sync.startFolder()));
    app.sync.setSiteUrl(m_server.url());
    serveVersion2();
    QSignalSpy finished(&app.sync, &SyncService::syncFinished);
    app.sync.syncNow();
    QVERIFY(finished.wait(20000));
    QCOMPARE(app.sync.state(), SyncService::State::Updated);
    // Asked for while the update is still being loaded: it waits, and then
    // finds the new copy up to date instead of fetching it again.
    QVERIFY(app.repository.isLoading());
    m_server.clearRequests();
    app.sync.syncNow();
    QVERIFY(finished.wait(20000));
    QCOMPARE(app.sync.state(), SyncService::State::UpToDate);
    QCOMPARE(app.repository.folder(), app.synced());
    QCOMPARE(m_server.downloads(), QStringList());
    QCOMPARE(m_server.requests().size(), 1);
    QCOMPARE(app.changes.rowCount(), 2);
}

void SyncTest::changesWithNowhereToGoAreMarkedSeen()
{
    // A removed session and the workshop's details have no page to open.
    App app(m_home);
    auto loaded = wc::loadProgramFolder(app.bundled);
    QVERIFY(loaded.ok());
    const auto before = *loaded.program;
    auto after = before;
    after.workshop.subtitle = QStringLiteral("Now with a new subtitle");
    after.sessions.removeIf([](const wc::Session &s) { return s.id == QLatin1String("panel"); });
    after.index();
    app.changes.addUpdate(wc::diffPrograms(before, after), before, after, 1, 2);
    QCOMPARE(app.changes.unseenCount(), 2);
    app.changes.markSeen(QStringLiteral("session"), QStringLiteral("panel"));
    QCOMPARE(app.changes.unseenCount(), 1);
    app.changes.markSeen(QStringLiteral("workshop"), before.workshop.id);
    QCOMPARE(app.changes.unseenCount(), 0);
    // Unknown names change nothing.
    app.changes.markSeen(QStringLiteral("planet"), QStringLiteral("panel"));
    QCOMPARE(app.changes.unseenCount(), 0);
}

void SyncTest::foldersOfTheUsersOwnAreNotSynced()
{
    App app(m_home);
    QVERIFY(app.repository.loadNow(wc::test::dataPath(QStringLiteral("valid"))));
    app.sync.setSiteUrl(m_server.url());
    m_server.clearRequests();
    app.sync.syncNow();
    QCOMPARE(app.sync.state(), SyncService::State::Unavailable);
    QVERIFY(!app.sync.isAvailable());
    QTest::qWait(200);
    QVERIFY(m_server.requests().isEmpty());
    QVERIFY(!QFileInfo::exists(app.synced()));
}

void SyncTest::syncAskedForWhileCheckingFollows()
{
    App app(m_home);
    QVERIFY(app.repository.loadNow(app.bundled));
    app.sync.setSiteUrl(m_server.url());
    QSignalSpy finished(&app.sync, &SyncService::syncFinished);
    m_server.clearRequests();
    app.sync.syncNow();
    QVERIFY(app.sync.isBusy());
    // Asked again while checking (a paper bookmarked since): it is not lost.
    app.sync.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QTest::qWait(200);
    QCOMPARE(finished.size(), 2);
}

void SyncTest::papersSyncOnlyWhenSyncsStartByThemselves()
{
    App app(m_home);
    QVERIFY(app.repository.loadNow(app.bundled));
    app.sync.setSiteUrl(m_server.url());
    m_server.clearRequests();
    // As with --offline: nothing starts by itself, papers or not.
    app.sync.syncForPapers();
    QTest::qWait(300);
    QVERIFY(m_server.requests().isEmpty());
    // Automatic syncs on, but turned off in Settings: the same.
    QSignalSpy finished(&app.sync, &SyncService::syncFinished);
    app.settings.setSyncAutomatically(false);
    app.sync.startAutomaticSync(); // still checks once at start
    QVERIFY(finished.wait(20000));
    m_server.clearRequests();
    app.sync.syncForPapers();
    QTest::qWait(300);
    QVERIFY(m_server.requests().isEmpty());
    app.settings.setSyncAutomatically(true);
    finished.clear();
    app.sync.syncForPapers();
    QVERIFY(finished.wait(20000));
    QVERIFY(!m_server.requests().isEmpty());
}

QTEST_MAIN(SyncTest)
#include "tst_sync.moc"
