// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// The sync engine against a real HTTP server on loopback: every outcome, and
// in every failure the copy on disk and the bookmarks beside it are left
// byte for byte as they were.

#include "loopbackhttpserver.h"
#include "manifest.h"
#include "programloader.h"
#include "syncengine.h"
#include "testsupport.h"
#include "urlcache.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using wc::SyncResult;
using wc::test::LoopbackHttpServer;
using Fault = LoopbackHttpServer::Fault;

namespace {

const auto edition = QStringLiteral("testshop-2024");
using wc::test::snapshot;

} // namespace

class SyncEngineTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void onlyHttpsOrLoopback_data();
    void onlyHttpsOrLoopback();
    void firstSyncCopiesUnchangedFilesFromTheBaseline();
    void notModifiedCostsOneRequest();
    void changedFileIsTheOnlyDownload();
    void changedManifestOnly();
    void sameContentWithoutValidatorsIsUnchanged();
    void failuresKeepTheCopy_data();
    void failuresKeepTheCopy();
    void lowerVersionIsRefusedUnlessForced();
    void serverKilledMidTransfer();
    void redirectToHttpIsRefused();
    void validatorsOfARejectedUpdateAreNotStored();
    void photosAreCached();
    void papersAreKeptForOfflineReading();
    void papersWaitForTheNetworkAndTheirTurn();
    void aSecondSyncOfTheSameFolderWaits();
    void aLockFileLeftByAKilledSyncDoesNotBlock();
    void notModifiedWithoutValidatorsIsAnError();
    void limitsHoldWithoutContentLength();
    void previousCopyIsTheOneShown();
    void onlyThePreviousCopyLeft();
    void draftFolderIsNeverATarget();

private:
    // One sync, on a new engine unless `reused` is given; finished() must
    // come exactly once (see m_finishedCount), and photos, if any, after it.
    SyncResult sync(
        wc::SyncRequest request = {}, wc::SyncLimits limits = {}, wc::SyncEngine *reused = nullptr);
    void serveVersion2WithRetimedKeynote();
    // Publishes `version` with paper 1's PDF at `paper1` and paper 2's at
    // the site's /pdf/2.pdf, the site serving `pdf1` and `pdf2` there.
    void servePapers(int version, const QByteArray &paper1, const QByteArray &pdf1,
        const QByteArray &pdf2);

    QTemporaryDir m_tmp;
    QString m_site;
    QString m_folder;
    QString m_bookmarks;
    LoopbackHttpServer m_server;
    QNetworkAccessManager m_network;
    int m_finishedCount = 0;
    int m_photosFetched = -1; // -1: no photosFetched() at all
    QStringList m_photoProblems;
    int m_papersFetched = -1;
    int m_papersRemaining = -1;
    QStringList m_paperProblems;
};

void SyncEngineTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    QVERIFY(m_server.listen());
}

void SyncEngineTest::cleanup()
{
    // Every sync of every test reported exactly once.
    QVERIFY(m_finishedCount <= 1);
}

void SyncEngineTest::init()
{
    static int round = 0;
    const QDir base(m_tmp.filePath(QString::number(++round)));
    m_site = base.filePath(QStringLiteral("site"));
    m_folder = base.filePath(QStringLiteral("data/programs/") + edition);
    m_bookmarks =
        base.filePath(QStringLiteral("data/bookmarks/") + edition + QStringLiteral(".json"));
    QVERIFY(wc::test::copyFolder(wc::test::dataPath(QStringLiteral("valid")), m_site));
    QVERIFY(wc::test::publish(m_site, 1));
    QVERIFY(QDir().mkpath(QFileInfo(m_bookmarks).absolutePath()));
    QVERIFY(wc::test::writeFile(m_bookmarks, R"({"type": "workshop-companion-bookmarks"})"));
    m_server.setRoot(m_site);
    m_server.clearFaults();
    m_server.clearRequests();
    m_finishedCount = 0;
}

SyncResult SyncEngineTest::sync(
    wc::SyncRequest request, wc::SyncLimits limits, wc::SyncEngine *reused)
{
    if (request.url.isEmpty())
        request.url = m_server.url(QStringLiteral("/"));
    if (request.folder.isEmpty())
        request.folder = m_folder;
    if (request.edition.isEmpty())
        request.edition = edition;
    wc::SyncEngine own(&m_network, limits);
    auto &engine = reused ? *reused : own;
    QSignalSpy finished(&engine, &wc::SyncEngine::finished);
    QSignalSpy photos(&engine, &wc::SyncEngine::photosFetched);
    QSignalSpy papers(&engine, &wc::SyncEngine::papersFetched);
    engine.start(request);
    // Until the photos that follow the result are in, too.
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() && !engine.isRunning(); }, 30000))
        return {};
    QTest::qWait(50); // a second finished() would come now
    m_finishedCount = std::max(m_finishedCount, int(finished.size()));
    m_photosFetched = photos.isEmpty() ? -1 : photos.first().at(0).toInt();
    m_photoProblems = photos.isEmpty() ? QStringList() : photos.first().at(1).toStringList();
    m_papersFetched = papers.isEmpty() ? -1 : papers.first().at(0).toInt();
    m_paperProblems = papers.isEmpty() ? QStringList() : papers.first().at(1).toStringList();
    m_papersRemaining = papers.isEmpty() ? -1 : papers.first().at(2).toInt();
    return finished.first().first().value<SyncResult>();
}

// The site moves the keynote by five minutes and publishes version 2.
void SyncEngineTest::serveVersion2WithRetimedKeynote()
{
    const auto program = QDir(m_site).filePath(QStringLiteral("program.yaml"));
    const auto before = wc::test::readFile(program);
    const auto after = wc::test::replacedIn(program, "start: \"09:15\"", "start: \"09:20\"");
    QVERIFY(before != after);
    QVERIFY(wc::test::writeFile(program, after));
    QVERIFY(wc::test::publish(m_site, 2));
}

void SyncEngineTest::onlyHttpsOrLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << "https://example.org/data/" << true;
    QTest::newRow("http") << "http://example.org/data/" << false;
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8080/" << true;
    QTest::newRow("http loopback v6") << "http://[::1]:8080/" << true;
    QTest::newRow("http localhost") << "http://localhost/" << true;
    QTest::newRow("http lan") << "http://192.168.1.2/" << false;
    QTest::newRow("ftp") << "ftp://example.org/" << false;
    QTest::newRow("file") << "file:///etc/" << false;
}

void SyncEngineTest::onlyHttpsOrLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(wc::isAllowedSyncUrl(QUrl(url)), allowed);
    if (!allowed) {
        wc::SyncRequest request;
        request.url = QUrl(url);
        const auto result = sync(request);
        QCOMPARE(result.outcome, SyncResult::Outcome::Rejected);
        QVERIFY2(result.reason.contains(QLatin1String("https://")), qPrintable(result.reason));
        QVERIFY(!QFileInfo::exists(m_folder));
    }
}

void SyncEngineTest::firstSyncCopiesUnchangedFilesFromTheBaseline()
{
    // The app's first sync: the bundled copy (version 1) is shown, the site has version 2.
    const auto bundled = m_tmp.filePath(QStringLiteral("bundled-first"));
    QVERIFY(wc::test::copyFolder(m_site, bundled));
    serveVersion2WithRetimedKeynote();

    wc::SyncRequest request;
    request.baseline = bundled;
    const auto result = sync(request);
    QCOMPARE(result.outcome, SyncResult::Outcome::Updated);
    QCOMPARE(result.version, 2);
    QCOMPARE(m_server.downloads(),
        (QStringList {QStringLiteral("/manifest.yaml"), QStringLiteral("/program.yaml")}));
    auto synced = snapshot(m_folder);
    QVERIFY(synced.remove(wc::syncStateFile));
    QCOMPARE(synced, snapshot(m_site));
    const auto state = wc::SyncState::read(m_folder);
    QVERIFY(state);
    QVERIFY(!state->etag.isEmpty());
    QVERIFY(!state->lastModified.isEmpty());
    QCOMPARE(state->url, m_server.url().toString());

    QCOMPARE(result.changes.size(), 1);
    QCOMPARE(result.changes[0].id, QStringLiteral("keynote-1"));
    QVERIFY(result.changes[0].fields.contains(QStringLiteral("start")));
    QVERIFY(!QFileInfo::exists(m_folder + QStringLiteral(".incoming")));
}

void SyncEngineTest::notModifiedCostsOneRequest()
{
    QCOMPARE(sync().outcome, SyncResult::Outcome::Updated);
    const auto before = snapshot(m_folder);
    const auto firstCheck = wc::SyncState::read(m_folder)->checked;
    m_server.clearRequests();
    QTest::qWait(1100); // a later check time
    const auto result = sync();
    QCOMPARE(result.outcome, SyncResult::Outcome::Unchanged);
    QCOMPARE(result.version, 1);
    QCOMPARE(m_server.requests().size(), 1);
    QCOMPARE(m_server.requests()[0].status, 304);
    QVERIFY(m_server.requests()[0].headers.contains("if-none-match"));
    QVERIFY(m_server.requests()[0].headers.contains("if-modified-since"));
    auto after = snapshot(m_folder);
    QCOMPARE(after.keys(), before.keys());
    after.remove(wc::syncStateFile);
    auto data = before;
    data.remove(wc::syncStateFile);
    QCOMPARE(after, data);
    QVERIFY(wc::SyncState::read(m_folder)->checked > firstCheck);
}

void SyncEngineTest::changedFileIsTheOnlyDownload()
{
    QCOMPARE(sync().outcome, SyncResult::Outcome::Updated);
    serveVersion2WithRetimedKeynote();
    m_server.clearRequests();
    const auto result = sync();
    QCOMPARE(result.outcome, SyncResult::Outcome::Updated);
    QCOMPARE(result.version, 2);
    QCOMPARE(m_server.downloads(),
        (QStringList {QStringLiteral("/manifest.yaml"), QStringLiteral("/program.yaml")}));
    QCOMPARE(result.changes.size(), 1);
    QCOMPARE(wc::test::readFile(QDir(m_folder).filePath(QStringLiteral("program.yaml"))),
        wc::test::readFile(QDir(m_site).filePath(QStringLiteral("program.yaml"))));
    // The copy it replaced is kept.
    const auto previous = wc::loadManifest(wc::previousCopyFolder(m_folder));
    QVERIFY(previous);
    QCOMPARE(previous->version, 1);
}

void SyncEngineTest::changedManifestOnly()
{
    QCOMPARE(sync().outcome, SyncResult::Outcome::Updated);
    QVERIFY(wc::test::publish(m_site, 2)); // republished, no file changed
    m_server.clearRequests();
    const auto result = sync();
    QCOMPARE(result.outcome, SyncResult::Outcome::Updated);
    QCOMPARE(result.version, 2);
    QCOMPARE(m_server.downloads(), QStringList {QStringLiteral("/manifest.yaml")});
    QVERIFY(result.changes.isEmpty());
    QCOMPARE(wc::loadManifest(m_folder)->version, 2);
}

void SyncEngineTest::sameContentWithoutValidatorsIsUnchanged()
{
    QCOMPARE(sync().outcome, SyncResult::Outcome::Updated);
    // A state without validators: the site's server sends none, say.
    auto state = *wc::SyncState::read(m_folder);
    state.etag.clear();
    state.lastModified.clear();
    QVERIFY(wc::test::writeFile(QDir(m_folder).filePath(wc::syncStateFile), state.toJson()));
    m_server.clearRequests();
    const auto result = sync();
    QCOMPARE(result.outcome, SyncResult::Outcome::Unchanged);
    QCOMPARE(m_server.downloads(), QStringList {QStringLiteral("/manifest.yaml")});
    QVERIFY(!wc::SyncState::read(m_folder)->etag.isEmpty());
}

void SyncEngineTest::failuresKeepTheCopy_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("reason");

    const auto network = int(SyncResult::Outcome::NetworkError);
    const auto rejected = int(SyncResult::Outcome::Rejected);
    QTest::newRow("manifest 404") << "/manifest.yaml" << Fault::NotFound << network << "404";
    QTest::newRow("manifest 500") << "/manifest.yaml" << Fault::ServerError << network << "500";
    QTest::newRow("file 404") << "/program.yaml" << Fault::NotFound << network << "404";
    QTest::newRow("file 500") << "/program.yaml" << Fault::ServerError << network << "500";
    QTest::newRow("stall") << "/program.yaml" << Fault::Stall << network << "stopped sending";
    QTest::newRow("trickle") << "/program.yaml" << Fault::Trickle << network << "took longer";
    QTest::newRow("truncated") << "/program.yaml" << Fault::Truncate << network
                               << "program.yaml arrived incomplete";
    QTest::newRow("longer than listed")
        << "/program.yaml" << Fault::LongerBody << rejected << "larger than the manifest says";
    QTest::newRow("wrong checksum")
        << "checksum" << Fault::None << rejected << "failed its checksum";
    QTest::newRow("invalid yaml") << "invalid" << Fault::None << rejected << "program.yaml:";
    QTest::newRow("oversized file")
        << "oversized" << Fault::None << rejected << "more than the 1 KiB allowed";
    QTest::newRow("oversized manifest") << "big manifest" << Fault::None << rejected << "64 KiB";
    QTest::newRow("other edition") << "edition" << Fault::None << rejected << "other-2024";
}

void SyncEngineTest::failuresKeepTheCopy()
{
    QFETCH(QString, path);
    QFETCH(Fault, fault);
    QFETCH(int, outcome);
    QFETCH(QString, reason);

    QCOMPARE(sync().outcome, SyncResult::Outcome::Updated);
    const auto copy = snapshot(m_folder);
    const auto bookmarks = wc::test::readFile(m_bookmarks);
    serveVersion2WithRetimedKeynote();

    wc::SyncLimits limits;
    limits.stallTimeout = std::chrono::milliseconds(400);
    limits.deadline = std::chrono::milliseconds(1500);
    const auto program = QDir(m_site).filePath(QStringLiteral("program.yaml"));
    const auto manifest = QDir(m_site).filePath(wc::manifestFile);
    if (path == QLatin1String("checksum")) {
        // Same size, one byte different from what the manifest lists.
        QVERIFY(wc::test::writeFile(program, wc::test::replacedIn(program, "09:20", "09:21")));
    } else if (path == QLatin1String("invalid")) {
        QVERIFY(wc::test::writeFile(
            program, wc::test::replacedIn(program, "sessions:", "sessions: [")));
        auto m = *wc::loadManifest(m_site);
        for (auto &file : m.files) {
            if (file.path == QLatin1String("program.yaml")) {
                QFile f(program);
                QVERIFY(f.open(QIODevice::ReadOnly));
                file.bytes = f.size();
                file.sha256 = wc::sha256Hex(f);
            }
        }
        QVERIFY(wc::test::writeFile(manifest, wc::manifestYaml(m)));
    } else if (path == QLatin1String("oversized")) {
        limits.maxFileBytes = 1024;
    } else if (path == QLatin1String("big manifest")) {
        QVERIFY(wc::test::writeFile(
            manifest, wc::test::readFile(manifest) + "# " + QByteArray(70 * 1024, 'x') + '\n'));
    } else if (path == QLatin1String("edition")) {
        QVERIFY(wc::test::publish(m_site, 2, QStringLiteral("other-2024")));
    } else {
        m_server.setFault(path, fault);
    }

    const auto result = sync({}, limits);
    QCOMPARE(int(result.outcome), outcome);
    QVERIFY2(result.reason.contains(reason), qPrintable(result.reason));
    QCOMPARE(result.version, 1);
    QCOMPARE(snapshot(m_folder), copy);
    QCOMPARE(wc::test::readFile(m_bookmarks), bookmarks);
    QVERIFY(!QFileInfo::exists(m_folder + QStringLiteral(".incoming")));

    // Once the site is fixed, the next sync takes the update.
    m_server.clearFaults();
    QVERIFY(QDir(m_site).removeRecursively());
    QVERIFY(wc::test::copyFolder(wc::test::dataPath(QStringLiteral("valid")), m_site));
    QVERIFY(wc::test::writeFile(
        program, wc::test::replacedIn(program, "start: \"09:15\"", "start: \"09:20\"")));
    QVERIFY(wc::test::publish(m_site, 2));
    QCOMPARE(sync().outcome, SyncResult::Outcome::Updated);
}

void SyncEngineTest::lowerVersionIsRefusedUnlessForced()
{
    QVERIFY(wc::test::publish(m_site, 5));
    QCOMPARE(sync().outcome, SyncResult::Outcome::Updated);
    const auto copy = snapshot(m_folder);
    serveVersion2WithRetimedKeynote(); // version 2 < 5
    auto result = sync();
    QCOMPARE(result.outcome, SyncResult::Outcome::Rejected);
    QVERIFY(result.rollback);
    QCOMPARE(result.offeredVersion, 2);
    QVERIFY2(
        result.reason.contains(QLatin1String("older than version 5")), qPrintable(result.reason));
    QCOMPARE(snapshot(m_folder), copy);

    // The bundled floor counts too, even with no cached copy.
    QDir(m_folder).removeRecursively();
    wc::SyncRequest floor;
    floor.minVersion = 3;
    QCOMPARE(sync(floor).outcome, SyncResult::Outcome::Rejected);
    QVERIFY(!QFileInfo::exists(m_folder));

    // Forcing never goes below the bundled floor (such a copy would never
    // be shown), only below the copy shown.
    wc::SyncRequest forced;
    forced.force = true;
    forced.minVersion = 3;
    result = sync(forced);
    QCOMPARE(result.outcome, SyncResult::Outcome::Rejected);
    QVERIFY(!result.rollback);
    QVERIFY2(
        result.reason.contains(QLatin1String("built-in version 3")), qPrintable(result.reason));
    QVERIFY(wc::test::publish(m_site, 5));
    QCOMPARE(sync().outcome, SyncResult::Outcome::Updated);
    QVERIFY(wc::test::publish(m_site, 2));
    forced.minVersion = 1;
    result = sync(forced);
    QCOMPARE(result.outcome, SyncResult::Outcome::Updated);
    QCOMPARE(result.version, 2);
}

void SyncEngineTest::serverKilledMidTransfer()
{
    QCOMPARE(sync().outcome, SyncResult::Outcome::Updated);
    const auto copy = snapshot(m_folder);
    const auto bookmarks = wc::test::readFile(m_bookmarks);
    serveVersion2WithRetimedKeynote();

    QProcess server;
    server.start(QStringLiteral(WC_HTTP_SERVER), {m_site, QStringLiteral("/program.yaml")});
    QVERIFY(server.waitForReadyRead(10000));
    const auto port = server.readLine().trimmed().split(' ').value(1).toInt();
    QVERIFY(port > 0);
    connect(&server, &QProcess::readyReadStandardOutput, &server, [&server] {
        if (server.readAll().contains("half-sent"))
            server.kill();
    });
    wc::SyncRequest request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    // The state names the in-process site; this is another one, so no validators.
    const auto result = sync(request);
    server.waitForFinished(5000);
    QCOMPARE(server.exitStatus(), QProcess::CrashExit);
    QCOMPARE(result.outcome, SyncResult::Outcome::NetworkError);
    QVERIFY2(result.reason.contains(QLatin1String("program.yaml arrived incomplete")),
        qPrintable(result.reason));
    QCOMPARE(snapshot(m_folder), copy);
    QCOMPARE(wc::test::readFile(m_bookmarks), bookmarks);
}

void SyncEngineTest::redirectToHttpIsRefused()
{
    m_server.setRedirect(
        QStringLiteral("/manifest.yaml"), QUrl(QStringLiteral("http://example.org/manifest.yaml")));
    auto result = sync();
    QCOMPARE(result.outcome, SyncResult::Outcome::NetworkError);
    QVERIFY2(result.reason.contains(QLatin1String("not https://")), qPrintable(result.reason));
    QVERIFY(!QFileInfo::exists(m_folder));

    // A redirect that stays on loopback is followed: the manifest arrives,
    // and the files it lists are then missing under the old address.
    m_server.clearFaults();
    m_server.setRedirect(
        QStringLiteral("/old/manifest.yaml"), m_server.url(QStringLiteral("/manifest.yaml")));
    wc::SyncRequest request;
    request.url = m_server.url(QStringLiteral("/old/"));
    result = sync(request);
    QCOMPARE(result.outcome, SyncResult::Outcome::NetworkError);
    QVERIFY2(result.reason.contains(QLatin1String("404 Not Found for workshop.yaml")),
        qPrintable(result.reason));
}

void SyncEngineTest::validatorsOfARejectedUpdateAreNotStored()
{
    QCOMPARE(sync().outcome, SyncResult::Outcome::Updated);
    const auto state = wc::SyncState::read(m_folder);
    serveVersion2WithRetimedKeynote();
    const auto program = QDir(m_site).filePath(QStringLiteral("program.yaml"));
    QVERIFY(wc::test::writeFile(program, wc::test::replacedIn(program, "09:20", "09:21")));
    QCOMPARE(sync().outcome, SyncResult::Outcome::Rejected);
    QCOMPARE(wc::SyncState::read(m_folder)->etag, state->etag);
    // So the same broken update is fetched and rejected again, never taken
    // for "up to date".
    m_server.clearRequests();
    QCOMPARE(sync().outcome, SyncResult::Outcome::Rejected);
    QCOMPARE(m_server.requests().value(0).status, 200);
}

void SyncEngineTest::photosAreCached()
{
    const auto speakers = QDir(m_site).filePath(QStringLiteral("speakers.yaml"));
    QVERIFY(wc::test::writeFile(speakers,
        wc::test::replacedIn(speakers, "https://example.org/photos/jurgen-muller.jpg",
            m_server.url(QStringLiteral("/photos/jm.png")).toEncoded())));
    QVERIFY(QDir().mkpath(QDir(m_site).filePath(QStringLiteral("photos"))));
    const QByteArray png = "\x89PNG\r\n\x1a\n" + QByteArray(100, '\0');
    const auto photo = QDir(m_site).filePath(QStringLiteral("photos/jm.png"));
    QVERIFY(wc::test::writeFile(photo, png));
    QVERIFY(wc::test::publish(m_site, 1));

    wc::SyncRequest request;
    request.photoDir = m_tmp.filePath(QStringLiteral("photos"));
    wc::SyncEngine engine(&m_network);
    auto result = sync(request, {}, &engine);
    QCOMPARE(result.outcome, SyncResult::Outcome::Updated);
    QCOMPARE(m_photosFetched, 1);
    const wc::UrlCache cache(request.photoDir);
    const auto url = m_server.url(QStringLiteral("/photos/jm.png")).toString();
    QCOMPARE(wc::test::readFile(cache.cachedFile(url)), png);

    // A cached photo is not fetched again.
    m_server.clearRequests();
    result = sync(request, {}, &engine);
    QCOMPARE(result.outcome, SyncResult::Outcome::Unchanged);
    QCOMPARE(m_photosFetched, -1);
    QCOMPARE(m_server.requests().size(), 1);

    // A page that is not an image is not kept, and a photo that failed is
    // not asked for again by the same engine: a check stays one request.
    QFile::remove(cache.filePath(url));
    QVERIFY(wc::test::writeFile(photo, "<html>"));
    wc::SyncEngine fresh(&m_network);
    result = sync(request, {}, &fresh);
    QCOMPARE(result.outcome, SyncResult::Outcome::Unchanged);
    QCOMPARE(m_photosFetched, 0);
    QCOMPARE(m_photoProblems.size(), 1);
    QVERIFY(cache.cachedFile(url).isEmpty());
    m_server.clearRequests();
    result = sync(request, {}, &fresh);
    QCOMPARE(result.outcome, SyncResult::Outcome::Unchanged);
    QCOMPARE(m_server.requests().size(), 1);
}

void SyncEngineTest::servePapers(
    int version, const QByteArray &paper1, const QByteArray &pdf1, const QByteArray &pdf2)
{
    const auto papersFile = QDir(wc::test::dataPath(QStringLiteral("valid"))).filePath(QStringLiteral("papers.yaml"));
    auto yaml = wc::test::replacedIn(papersFile, "https://example.org/papers/1.pdf", paper1);
    yaml.replace("    retracted: false\n",
        "    links: { pdf: \"" + m_server.url(QStringLiteral("/pdf/2.pdf")).toEncoded() + "\" }\n");
    QVERIFY(wc::test::writeFile(QDir(m_site).filePath(QStringLiteral("papers.yaml")), yaml));
    QVERIFY(QDir().mkpath(QDir(m_site).filePath(QStringLiteral("pdf"))));
    QVERIFY(wc::test::writeFile(QDir(m_site).filePath(QStringLiteral("pdf/1.pdf")), pdf1));
    QVERIFY(wc::test::writeFile(QDir(m_site).filePath(QStringLiteral("pdf/2.pdf")), pdf2));
    QVERIFY(wc::test::publish(m_site, version));
}

void SyncEngineTest::papersAreKeptForOfflineReading()
{
    // Paper 1 links its PDF on the site; paper 2 gets one that is an HTML page.
    const QByteArray pdf = "%PDF-1.4\n" + QByteArray(2000, 'x') + "\n%%EOF\n";
    servePapers(1, m_server.url(QStringLiteral("/pdf/1.pdf")).toEncoded(), pdf, "<html>");
    const auto url1 = m_server.url(QStringLiteral("/pdf/1.pdf")).toString();
    const auto url2 = m_server.url(QStringLiteral("/pdf/2.pdf")).toString();

    // Only the bookmarked ones: paper 2 is not, so it is not asked for.
    wc::SyncRequest request;
    request.paperDir = m_tmp.filePath(QStringLiteral("papers"));
    request.onlyPapers = QSet<QString> {QStringLiteral("1")};
    wc::SyncEngine engine(&m_network);
    auto result = sync(request, {}, &engine);
    QCOMPARE(result.outcome, SyncResult::Outcome::Updated);
    QCOMPARE(m_papersFetched, 1);
    QVERIFY(m_paperProblems.isEmpty());
    const wc::UrlCache cache(request.paperDir, QStringLiteral(".pdf"));
    QCOMPARE(wc::test::readFile(cache.cachedFile(url1)), pdf);
    QVERIFY(cache.cachedFile(url1).endsWith(QLatin1String(".pdf")));
    QCOMPARE(cache.count(), 1);
    QCOMPARE(cache.bytesUsed(), pdf.size());
    QVERIFY(!m_server.downloads().contains(QStringLiteral("/pdf/2.pdf")));

    // All papers: paper 2's "PDF" is not one, so it is not kept, and a
    // saved paper is not fetched again.
    m_server.clearRequests();
    request.onlyPapers.reset();
    result = sync(request, {}, &engine);
    QCOMPARE(result.outcome, SyncResult::Outcome::Unchanged);
    QCOMPARE(m_papersFetched, 0);
    QCOMPARE(m_paperProblems, QStringList {url2 + QStringLiteral(" is not a PDF")});
    QVERIFY(cache.cachedFile(url2).isEmpty());
    QVERIFY(!m_server.downloads().contains(QStringLiteral("/pdf/1.pdf")));
    // Papers are written to a part file first; none is left behind.
    QCOMPARE(QDir(request.paperDir).entryList({QStringLiteral("*.part")}, QDir::Files), QStringList());

    // A paper no longer wanted loses its copy; other files are left alone.
    QVERIFY(wc::test::writeFile(QDir(request.paperDir).filePath(QStringLiteral("notes.txt")), "mine"));
    request.onlyPapers = QSet<QString> {};
    result = sync(request, {}, &engine);
    QCOMPARE(result.outcome, SyncResult::Outcome::Unchanged);
    QVERIFY(cache.cachedFile(url1).isEmpty());
    QCOMPARE(cache.count(), 0);
    QVERIFY(QFileInfo::exists(QDir(request.paperDir).filePath(QStringLiteral("notes.txt"))));
    // Deleting is reported too, so the space shown follows.
    QCOMPARE(m_papersFetched, 0);
    QCOMPARE(m_papersRemaining, 0);
}

void SyncEngineTest::papersWaitForTheNetworkAndTheirTurn()
{
    // Paper 1 on a port nothing listens on (the network is down for it);
    // then both papers on the site, with no time for more than one per sync.
    const QByteArray pdf = "%PDF-1.4\n%%EOF\n";
    servePapers(1, "http://127.0.0.1:39/1.pdf", pdf, pdf);
    wc::SyncRequest request;
    request.paperDir = m_tmp.filePath(QStringLiteral("papers-network"));
    wc::SyncEngine engine(&m_network);
    auto result = sync(request, {}, &engine);
    QCOMPARE(result.outcome, SyncResult::Outcome::Updated);
    QCOMPARE(m_papersFetched, 0);
    QCOMPARE(m_paperProblems.size(), 1);
    QCOMPARE(m_papersRemaining, 1); // paper 2 waits for a network
    // Without a network nothing is written off: the next sync tries again.
    result = sync(request, {}, &engine);
    QCOMPARE(result.outcome, SyncResult::Outcome::Unchanged);
    QCOMPARE(m_paperProblems.size(), 1);

    servePapers(2, m_server.url(QStringLiteral("/pdf/1.pdf")).toEncoded(), pdf, pdf);
    wc::SyncLimits hurried;
    hurried.paperTimeBudget = std::chrono::milliseconds(0);
    wc::SyncEngine second(&m_network, hurried);
    result = sync(request, hurried, &second);
    QCOMPARE(result.outcome, SyncResult::Outcome::Updated);
    QCOMPARE(m_papersFetched, 1);
    QCOMPARE(m_papersRemaining, 1);
    result = sync(request, hurried, &second);
    QCOMPARE(result.outcome, SyncResult::Outcome::Unchanged);
    QCOMPARE(m_papersFetched, 1);
    QCOMPARE(m_papersRemaining, 0);
    QCOMPARE(wc::UrlCache(request.paperDir, QStringLiteral(".pdf")).count(), 2);
}

void SyncEngineTest::aSecondSyncOfTheSameFolderWaits()
{
    QCOMPARE(sync().outcome, SyncResult::Outcome::Updated);
    serveVersion2WithRetimedKeynote();
    // The first engine stalls on program.yaml with its staging folder full.
    m_server.setFault(QStringLiteral("/program.yaml"), Fault::Stall);
    wc::SyncLimits slow;
    slow.stallTimeout = std::chrono::milliseconds(3000);
    wc::SyncEngine first(&m_network, slow);
    QSignalSpy firstDone(&first, &wc::SyncEngine::finished);
    wc::SyncRequest request;
    request.url = m_server.url();
    request.folder = m_folder;
    request.edition = edition;
    first.start(request);
    const auto staging = m_folder + QStringLiteral(".incoming");
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(QDir(staging).filePath(wc::manifestFile)), 10000);

    const auto second = sync();
    QCOMPARE(second.outcome, SyncResult::Outcome::Busy);
    QVERIFY(QFileInfo::exists(QDir(staging).filePath(wc::manifestFile)));
    QVERIFY(firstDone.wait(10000));
}

void SyncEngineTest::aLockFileLeftByAKilledSyncDoesNotBlock()
{
    // A sync killed as it took the lock leaves an empty lock file: only a
    // lock held by a live process may hold the next sync off.
    QVERIFY(QDir().mkpath(QFileInfo(m_folder).absolutePath()));
    QFile lock(m_folder + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.close();
    const auto result = sync();
    QVERIFY2(result.outcome == SyncResult::Outcome::Updated, qPrintable(result.reason));
}

void SyncEngineTest::notModifiedWithoutValidatorsIsAnError()
{
    // A server (or proxy) answering 304 to a plain GET: not "up to date".
    QCOMPARE(sync().outcome, SyncResult::Outcome::Updated);
    QVERIFY(QFile::remove(QDir(m_folder).filePath(wc::syncStateFile)));
    m_server.setFault(QStringLiteral("/manifest.yaml"), Fault::NotModified);
    const auto result = sync();
    QCOMPARE(result.outcome, SyncResult::Outcome::NetworkError);
    QVERIFY2(result.reason.contains(QLatin1String("not conditional")), qPrintable(result.reason));
}

void SyncEngineTest::limitsHoldWithoutContentLength()
{
    // Sizes are counted as the bytes arrive, not taken from the headers.
    const auto manifest = QDir(m_site).filePath(wc::manifestFile);
    QVERIFY(wc::test::writeFile(
        manifest, wc::test::readFile(manifest) + "# " + QByteArray(70 * 1024, 'x') + '\n'));
    m_server.setFault(QStringLiteral("/manifest.yaml"), Fault::NoLength);
    auto result = sync();
    QCOMPARE(result.outcome, SyncResult::Outcome::Rejected);
    QVERIFY2(result.reason.contains(QLatin1String("64 KiB")), qPrintable(result.reason));

    QVERIFY(wc::test::publish(m_site, 1));
    m_server.clearFaults();
    m_server.setFault(QStringLiteral("/program.yaml"), Fault::NoLengthLonger);
    result = sync();
    QCOMPARE(result.outcome, SyncResult::Outcome::Rejected);
    QVERIFY2(result.reason.contains(QLatin1String("larger than the manifest says")),
        qPrintable(result.reason));
    QVERIFY(!QFileInfo::exists(m_folder));
}

void SyncEngineTest::previousCopyIsTheOneShown()
{
    // Version 1 is shown, then version 2 arrives: version 1 is kept.
    QCOMPARE(sync().outcome, SyncResult::Outcome::Updated);
    serveVersion2WithRetimedKeynote();
    QCOMPARE(sync().outcome, SyncResult::Outcome::Updated);
    QCOMPARE(wc::loadManifest(wc::previousCopyFolder(m_folder))->version, 1);

    // The synced copy broke on disk, so the app shows the bundled one: the
    // next update replaces the broken copy but keeps the good previous one.
    QVERIFY(wc::test::writeFile(QDir(m_folder).filePath(QStringLiteral("program.yaml")), "["));
    const auto bundled = m_tmp.filePath(QStringLiteral("bundled-previous"));
    QVERIFY(wc::test::copyFolder(wc::test::dataPath(QStringLiteral("valid")), bundled));
    QVERIFY(wc::test::publish(bundled, 1));
    const auto program = QDir(m_site).filePath(QStringLiteral("program.yaml"));
    QVERIFY(wc::test::writeFile(program, wc::test::replacedIn(program, "09:20", "09:25")));
    QVERIFY(wc::test::publish(m_site, 3));
    wc::SyncRequest request;
    request.baseline = bundled;
    QCOMPARE(sync(request).outcome, SyncResult::Outcome::Updated);
    QCOMPARE(wc::loadManifest(m_folder)->version, 3);
    QVERIFY(wc::loadProgramFolder(wc::previousCopyFolder(m_folder)).ok());
    QCOMPARE(wc::loadManifest(wc::previousCopyFolder(m_folder))->version, 1);
    QVERIFY(!QFileInfo::exists(m_folder + QStringLiteral(".incoming")));
}

void SyncEngineTest::draftFolderIsNeverATarget()
{
    QVERIFY(wc::test::copyFolder(wc::test::dataPath(QStringLiteral("valid")), m_folder));
    const auto copy = snapshot(m_folder);
    const auto result = sync();
    QCOMPARE(result.outcome, SyncResult::Outcome::Rejected);
    QVERIFY2(result.reason.contains(QLatin1String("draft")), qPrintable(result.reason));
    QCOMPARE(snapshot(m_folder), copy);
}

void SyncEngineTest::onlyThePreviousCopyLeft()
{
    // A crash between the renames of a swap left no copy, only the previous
    // one (version 2 here): its version still counts, and the copy comes back.
    QCOMPARE(sync().outcome, SyncResult::Outcome::Updated);
    serveVersion2WithRetimedKeynote();
    QCOMPARE(sync().outcome, SyncResult::Outcome::Updated);
    QVERIFY(wc::test::publish(m_site, 3));
    QCOMPARE(sync().outcome, SyncResult::Outcome::Updated);
    QVERIFY(QDir(m_folder).removeRecursively());

    QVERIFY(wc::test::publish(m_site, 1));
    auto result = sync();
    QCOMPARE(result.outcome, SyncResult::Outcome::Rejected);
    QVERIFY2(
        result.reason.contains(QLatin1String("older than version 2")), qPrintable(result.reason));
    QVERIFY(!QFileInfo::exists(m_folder));

    // The same version as the previous copy: written back, not "up to date".
    QVERIFY(wc::test::publish(m_site, 2));
    result = sync();
    QCOMPARE(result.outcome, SyncResult::Outcome::Updated);
    QCOMPARE(wc::loadManifest(m_folder)->version, 2);
    QCOMPARE(wc::loadManifest(wc::previousCopyFolder(m_folder))->version, 2);
}

QTEST_GUILESS_MAIN(SyncEngineTest)
#include "tst_syncengine.moc"
