// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// ~/.cache/workshop-companion deleted while the app runs (by the attendee,
// or a cleaner): the program stays on screen, and the next sync, photo
// fetch, paper save and program snapshot make again what they need.

#include "appsettings.h"
#include "bookmarks.h"
#include "changelistmodel.h"
#include "loopbackhttpserver.h"
#include "programcache.h"
#include "programrepository.h"
#include "savedpapers.h"
#include "syncservice.h"
#include "testsupport.h"
#include "timedisplay.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const auto edition = QStringLiteral("testshop-2024");
const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, 'p');
const QByteArray pdf = "%PDF-1.4\n% a paper\n%%EOF\n";

// The services as main() wires them, with the cache where the app keeps it.
struct App {
    App(const QString &home, const QString &bundled)
        : cache(QDir(home).filePath(QStringLiteral("cache/workshop-companion")))
        , photos(QDir(cache).filePath(QStringLiteral("photos")))
        , programCache(QDir(cache).filePath(QStringLiteral("programs")))
        , bookmarks(QDir(home).filePath(QStringLiteral("data/bookmarks")), &timeDisplay)
        , repository(&timeDisplay, &bookmarks, photos,
              [this](const QString &folder) {
                  return wc::loadProgramFolderCached(
                      folder, programCache, QStringLiteral(WC_VERSION));
              })
        , changes(wc::ChangeLog(QDir(home).filePath(QStringLiteral("data/changes.json")), edition),
              &bookmarks)
        , sync(&repository, &changes, &settings, &timeDisplay,
              {bundled, QDir(home).filePath(QStringLiteral("data/programs")), photos.dir()})
        , savedPapers(&settings, &bookmarks, QDir(cache).filePath(QStringLiteral("papers")))
    {
        sync.setSavedPapers(&savedPapers);
    }

    // Syncs once, waiting for the reload an update brings and for the
    // photos and papers that follow.
    bool syncOnce()
    {
        QSignalSpy finished(&sync, &SyncService::syncFinished);
        sync.syncNow();
        if (!finished.wait(20000))
            return false;
        return !repository.isLoading() ||
            QSignalSpy(&repository, &ProgramRepository::loadFinished).wait(20000);
    }
    // As `rm -r` would, once the reload that photos bring (on a worker,
    // which writes a snapshot) is over, so that nothing is added meanwhile.
    bool deleteCache()
    {
        return QTest::qWaitFor([this] { return !repository.isLoading(); }, 20000) &&
            QDir(cache).removeRecursively();
    }
    // Photos and papers come after the sync has finished.
    bool cached(const QString &photo, const QString &paper) const
    {
        return QTest::qWaitFor(
            [&] {
                return !photos.cachedFile(photo).isEmpty() &&
                    !savedPapers.cachedFile(paper).isEmpty();
            },
            20000);
    }

    QString cache;
    wc::UrlCache photos;
    wc::ProgramCache programCache;
    TimeDisplay timeDisplay;
    AppSettings settings;
    Bookmarks bookmarks;
    ProgramRepository repository;
    ChangeListModel changes;
    SyncService sync;
    SavedPapers savedPapers;
};

} // namespace

class CacheDeleted : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_tmp.isValid());
        QVERIFY(m_server.listen());
    }

    void cacheDeletedWhileRunning()
    {
        // A site on loopback whose program has a speaker photo and a paper's PDF there too.
        const auto bundled = m_tmp.filePath(QStringLiteral("bundled"));
        const auto site = m_tmp.filePath(QStringLiteral("site"));
        QVERIFY(wc::test::copyFolder(wc::test::dataPath(QStringLiteral("valid")), bundled));
        const auto photoUrl = m_server.url(QStringLiteral("/photos/jm.png")).toEncoded();
        const auto paperUrl = m_server.url(QStringLiteral("/pdf/1.pdf")).toEncoded();
        for (const auto &[file, from, to] :
            {std::tuple {"speakers.yaml",
                 QByteArray("https://example.org/photos/jurgen-muller.jpg"), photoUrl},
                std::tuple {
                    "papers.yaml", QByteArray("https://example.org/papers/1.pdf"), paperUrl}}) {
            const auto path = QDir(bundled).filePath(QLatin1String(file));
            const auto changed = wc::test::replacedIn(path, from, to);
            QVERIFY2(changed != wc::test::readFile(path), file);
            QVERIFY(wc::test::writeFile(path, changed));
        }
        QVERIFY(wc::test::publish(bundled, 1));
        QVERIFY(wc::test::copyFolder(bundled, site));
        QVERIFY(QDir(site).mkpath(QStringLiteral("photos")) &&
            QDir(site).mkpath(QStringLiteral("pdf")));
        QVERIFY(wc::test::writeFile(QDir(site).filePath(QStringLiteral("photos/jm.png")), png));
        QVERIFY(wc::test::writeFile(QDir(site).filePath(QStringLiteral("pdf/1.pdf")), pdf));
        m_server.setRoot(site);

        App app(m_tmp.filePath(QStringLiteral("home")), bundled);
        app.settings.setOfflinePapers(AppSettings::OfflinePapers::All);
        app.sync.setSiteUrl(m_server.url());
        QVERIFY(app.repository.loadNow(app.sync.startFolder()));
        const auto photo = QString::fromLatin1(photoUrl);
        const auto paper = QString::fromLatin1(paperUrl);
        QVERIFY(app.syncOnce());
        QVERIFY(app.cached(photo, paper));
        QVERIFY(!QDir(app.programCache.cacheDir()).isEmpty());

        // Deleted whole, while the program is on screen.
        QVERIFY(app.deleteCache());
        QVERIFY(app.repository.isLoaded());
        QCOMPARE(app.repository.program()->manifest->version, 1);

        // The next sync, with nothing new on the site, fetches the photo and
        // the paper again.
        QVERIFY(app.syncOnce());
        QVERIFY2(app.cached(photo, paper), "the photo or the paper is not fetched again");
        QCOMPARE(app.savedPapers.problem(), QString());

        // Deleted again; then an update: the new copy loads and is kept as
        // a snapshot, photos and papers come back.
        QVERIFY(app.deleteCache());
        const auto program = QDir(site).filePath(QStringLiteral("program.yaml"));
        QVERIFY(wc::test::writeFile(
            program, wc::test::replacedIn(program, "start: \"09:15\"", "start: \"09:20\"")));
        QVERIFY(wc::test::publish(site, 2));
        QVERIFY(app.syncOnce());
        QCOMPARE(app.sync.state(), SyncService::State::Updated);
        QVERIFY(app.repository.isLoaded());
        QCOMPARE(app.repository.program()->manifest->version, 2);
        QVERIFY2(!QDir(app.programCache.cacheDir()).isEmpty(), "no snapshot of the new copy");
        QVERIFY(app.cached(photo, paper));

        // Deleted once more: reopening the program (a restart) still works,
        // and leaves a snapshot for the one after.
        QVERIFY(app.deleteCache());
        QVERIFY(app.repository.loadNow(app.repository.folder()));
        QCOMPARE(app.repository.program()->manifest->version, 2);
        QVERIFY(!QDir(app.programCache.cacheDir()).isEmpty());
    }

private:
    QTemporaryDir m_tmp;
    wc::test::LoopbackHttpServer m_server;
};

QTEST_MAIN(CacheDeleted)
#include "tst_cachedeleted.moc"
