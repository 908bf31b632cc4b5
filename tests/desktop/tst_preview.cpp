// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// Organizer mode: a draft folder reloads on every save (also saves by
// rename), keeps its last valid state while it has errors, locates them,
// and is compared with the published copy through the diff engine.

#include "appsettings.h"
#include "bookmarks.h"
#include "changelistmodel.h"
#include "draftpreview.h"
#include "programrepository.h"
#include "sessionlistmodel.h"
#include "sessionrows.h"
#include "syncservice.h"
#include "testsupport.h"
#include "timedisplay.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// As main() wires them, with the test workshop (version 1) as the bundled
// program, so that a draft of it has something published to compare with.
struct App {
    explicit App(const QString &home)
        : bundled(QDir(home).filePath(QStringLiteral("bundled")))
        , bookmarks(QDir(home).filePath(QStringLiteral("bookmarks")), &timeDisplay)
        , repository(&timeDisplay, &bookmarks, wc::UrlCache(QString()))
        , changes(wc::ChangeLog(QString(), QString()), &bookmarks)
        , sync(&repository, &changes, &settings, &timeDisplay,
              {bundled, QDir(home).filePath(QStringLiteral("programs")), QString()})
        , preview(&repository, &sync, &bookmarks, [this](const QUrl &url) {
            opened.append(url);
            return true;
        })
    {
    }

    QString bundled;
    TimeDisplay timeDisplay;
    AppSettings settings;
    Bookmarks bookmarks;
    ProgramRepository repository;
    ChangeListModel changes;
    SyncService sync;
    QList<QUrl> opened;
    DraftPreview preview;
};

QString sessionTitle(const ProgramRepository &repository, const QString &id)
{
    const auto *session = repository.program() ? repository.program()->session(id) : nullptr;
    return session ? session->title : QString();
}

} // namespace

class PreviewTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void reloadsOnSave();
    void reloadsOnSaveByRename();
    void keepsTheLastValidStateWhileBroken();
    void burstOfSavesIsOneReload();
    void comparesWithPublished();
    void locatesAndOpensProblems();
    void publishedCopyUpdatedInPlace();
    void brokenFromTheStartShowsOnlyProblems();
    void closeReturnsToPublished();
    void folderDeletedAndMadeAgain();
    void bookmarksAreReadOnlyInADraft();

private:
    // Saves `bytes` as the draft's program.yaml, as an editor would.
    void save(const QByteArray &bytes);
    bool waitForReload(App &app);

    QTemporaryDir m_tmp;
    QString m_home;
    QString m_draft;
};

void PreviewTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
}

void PreviewTest::init()
{
    QSettings().clear();
    static int round = 0;
    m_home = m_tmp.filePath(QString::number(++round));
    const auto bundled = QDir(m_home).filePath(QStringLiteral("bundled"));
    QVERIFY(wc::test::copyFolder(wc::test::dataPath(QStringLiteral("valid")), bundled));
    QVERIFY(wc::test::publish(bundled, 1));
    m_draft = QDir(m_home).filePath(QStringLiteral("draft"));
    QVERIFY(wc::test::copyFolder(wc::test::dataPath(QStringLiteral("valid")), m_draft));
}

void PreviewTest::save(const QByteArray &bytes)
{
    QVERIFY(wc::test::writeFile(QDir(m_draft).filePath(QStringLiteral("program.yaml")), bytes));
}

bool PreviewTest::waitForReload(App &app)
{
    QSignalSpy reloaded(&app.preview, &DraftPreview::reloaded);
    return reloaded.wait(10000);
}

void PreviewTest::reloadsOnSave()
{
    App app(m_home);
    app.preview.open(m_draft, true);
    QVERIFY(app.preview.isActive());
    QVERIFY(app.preview.hasValidState());
    QCOMPARE(app.repository.folder(), QDir(m_draft).absolutePath());
    QVERIFY2(app.preview.statusText().startsWith(QLatin1String("No errors or warnings")),
        qPrintable(app.preview.statusText()));

    const auto program = QDir(m_draft).filePath(QStringLiteral("program.yaml"));
    save(wc::test::replacedIn(program, "title: Panel Discussion", "title: Closing Panel"));
    QVERIFY(waitForReload(app));
    QCOMPARE(
        sessionTitle(app.repository, QStringLiteral("panel")), QStringLiteral("Closing Panel"));
}

void PreviewTest::reloadsOnSaveByRename()
{
    App app(m_home);
    app.preview.open(m_draft, true);
    // Write a new file, then rename it over the old one: the watched file
    // is replaced, not changed.
    const auto program = QDir(m_draft).filePath(QStringLiteral("program.yaml"));
    const auto temporary = program + QStringLiteral(".swp");
    QVERIFY(wc::test::writeFile(temporary,
        wc::test::replacedIn(program, "title: Panel Discussion", "title: Renamed Panel")));
    QVERIFY(std::rename(QFile::encodeName(temporary).constData(),
                QFile::encodeName(program).constData()) == 0);
    QVERIFY(waitForReload(app));
    QCOMPARE(
        sessionTitle(app.repository, QStringLiteral("panel")), QStringLiteral("Renamed Panel"));

    // And again: the new file is watched as well.
    QVERIFY(wc::test::writeFile(
        temporary, wc::test::replacedIn(program, "title: Renamed Panel", "title: Renamed Twice")));
    QVERIFY(std::rename(QFile::encodeName(temporary).constData(),
                QFile::encodeName(program).constData()) == 0);
    QVERIFY(waitForReload(app));
    QCOMPARE(
        sessionTitle(app.repository, QStringLiteral("panel")), QStringLiteral("Renamed Twice"));
}

void PreviewTest::keepsTheLastValidStateWhileBroken()
{
    App app(m_home);
    app.preview.open(m_draft, true);
    const auto program = QDir(m_draft).filePath(QStringLiteral("program.yaml"));
    const auto good = wc::test::readFile(program);
    save(wc::test::replacedIn(program, "title: Panel Discussion", "title: [unclosed"));
    QVERIFY(waitForReload(app));
    QVERIFY(app.repository.problems()->errorCount() > 0);
    QCOMPARE(
        sessionTitle(app.repository, QStringLiteral("panel")), QStringLiteral("Panel Discussion"));
    QVERIFY(app.repository.isLoaded());
    QVERIFY2(app.preview.statusText().contains(QLatin1String("showing the last valid state")),
        qPrintable(app.preview.statusText()));
    const auto location =
        app.repository.problems()->index(0).data(ProblemListModel::LocationRole).toString();
    QVERIFY2(location.startsWith(QLatin1String("program.yaml:")), qPrintable(location));

    save(good);
    QVERIFY(waitForReload(app));
    QCOMPARE(app.repository.problems()->rowCount(), 0);
    QVERIFY2(app.preview.statusText().startsWith(QLatin1String("No errors")),
        qPrintable(app.preview.statusText()));
}

void PreviewTest::burstOfSavesIsOneReload()
{
    App app(m_home);
    app.preview.open(m_draft, true);
    QSignalSpy reloaded(&app.preview, &DraftPreview::reloaded);
    const auto program = QDir(m_draft).filePath(QStringLiteral("program.yaml"));
    const auto text = wc::test::readFile(program);
    // Saves spread out, each well within the debounce of the one before.
    for (int i = 0; i < 5; ++i) {
        save(text + "# save " + QByteArray::number(i) + '\n');
        QTest::qWait(DraftPreview::debounceMs / 4);
    }
    QVERIFY(reloaded.wait(10000));
    QTest::qWait(3 * DraftPreview::debounceMs);
    QCOMPARE(reloaded.size(), 1);
}

void PreviewTest::comparesWithPublished()
{
    App app(m_home);
    QAbstractItemModelTester tester(app.preview.changes());
    const auto program = QDir(m_draft).filePath(QStringLiteral("program.yaml"));
    save(wc::test::replacedIn(program, "start: \"09:15\"", "start: \"09:20\""));
    app.preview.open(m_draft, true);
    QCOMPARE(app.preview.changes()->rowCount(), 1);
    QCOMPARE(app.preview.changes()->index(0).data(ChangeListModel::ItemIdRole).toString(),
        QStringLiteral("keynote-1"));
    QCOMPARE(updateMark(app.repository, QStringLiteral("keynote-1")),
        QStringLiteral("retimed 09:15–10:15 → 09:20–10:15"));
    QCOMPARE(updateMark(app.repository, QStringLiteral("opening")), QString());
    QCOMPARE(app.preview.comparison(),
        QStringLiteral("Compared with the published version 1: 1 change"));

    // A session removed from the draft is listed, one added is marked.
    auto text = wc::test::readFile(program);
    const auto removedAt = text.indexOf("  - id: panel");
    QVERIFY(removedAt > 0);
    const auto next = text.indexOf("  - id:", removedAt + 5);
    text = text.left(removedAt) + (next > 0 ? text.mid(next) : QByteArray());
    text.replace("  - id: opening", "  - id: welcome");
    save(text);
    QVERIFY(waitForReload(app));
    QStringList listed;
    for (int row = 0; row < app.preview.changes()->rowCount(); ++row) {
        const auto index = app.preview.changes()->index(row);
        listed.append(index.data(ChangeListModel::ChangeRole).toString() + QLatin1Char(' ') +
            index.data(ChangeListModel::ItemIdRole).toString());
    }
    QVERIFY2(listed.contains(QStringLiteral("removed panel")), qPrintable(listed.join(u',')));
    QVERIFY2(listed.contains(QStringLiteral("added welcome")), qPrintable(listed.join(u',')));
    QCOMPARE(
        updateMark(app.repository, QStringLiteral("welcome")), QStringLiteral("New in this draft"));

    // A draft of another edition has nothing published here to compare with.
    QVERIFY(wc::test::writeFile(QDir(m_draft).filePath(QStringLiteral("workshop.yaml")),
        wc::test::replacedIn(QDir(m_draft).filePath(QStringLiteral("workshop.yaml")),
            "id: testshop-2024", "id: testshop-2025")));
    QVERIFY(waitForReload(app));
    QCOMPARE(app.preview.changes()->rowCount(), 0);
    QCOMPARE(app.preview.comparison(),
        QStringLiteral("No published copy of this edition on this laptop to compare with"));
}

void PreviewTest::publishedCopyUpdatedInPlace()
{
    // Attendees have a synced version 2; a sync then updates it to 3 in the
    // same folder while the organizer keeps editing.
    App app(m_home);
    const auto synced = app.sync.syncedFolder();
    QVERIFY(wc::test::copyFolder(app.bundled, synced));
    QVERIFY(wc::test::publish(synced, 2));
    app.preview.open(m_draft, true);
    QCOMPARE(app.preview.comparison(), QStringLiteral("Same as the published version 2"));

    QVERIFY(wc::test::publish(synced, 3));
    const auto program = QDir(m_draft).filePath(QStringLiteral("program.yaml"));
    save(wc::test::readFile(program) + "# edited\n");
    QVERIFY(waitForReload(app));
    QCOMPARE(app.preview.comparison(), QStringLiteral("Same as the published version 3"));
}

void PreviewTest::locatesAndOpensProblems()
{
    App app(m_home);
    app.preview.open(m_draft, true);
    app.preview.copyLocation(QStringLiteral("program.yaml:12:5"));
    QCOMPARE(QGuiApplication::clipboard()->text(),
        QDir(m_draft).absoluteFilePath(QStringLiteral("program.yaml")) + QStringLiteral(":12:5"));

    app.preview.openInEditor(QStringLiteral("program.yaml"));
    QCOMPARE(app.opened,
        QList<QUrl> {
            QUrl::fromLocalFile(QDir(m_draft).absoluteFilePath(QStringLiteral("program.yaml")))});
    // Only the draft's own files.
    app.preview.openInEditor(QStringLiteral("../bundled/program.yaml"));
    app.preview.openInEditor(QStringLiteral("no-such.yaml"));
    QCOMPARE(app.opened.size(), 1);
    QVERIFY(app.preview.message().contains(QLatin1String("not a file of the draft")));
}

void PreviewTest::brokenFromTheStartShowsOnlyProblems()
{
    App app(m_home);
    QVERIFY(app.repository.loadNow(app.sync.startFolder()));
    save("sessions: [\n");
    app.preview.open(m_draft, true);
    QVERIFY(app.preview.isActive());
    QVERIFY(!app.preview.hasValidState());
    QVERIFY(app.repository.problems()->errorCount() > 0);
    QVERIFY2(app.preview.statusText().contains(QLatin1String("nothing of the draft can be shown")),
        qPrintable(app.preview.statusText()));
    QCOMPARE(app.preview.changes()->rowCount(), 0);

    save(wc::test::readFile(wc::test::dataPath(QStringLiteral("valid/program.yaml"))));
    QVERIFY(waitForReload(app));
    QVERIFY(app.preview.hasValidState());
}

void PreviewTest::closeReturnsToPublished()
{
    App app(m_home);
    app.sync.setSiteUrl(QUrl(QStringLiteral("http://127.0.0.1:9/")));
    app.preview.open(m_draft, true);
    // A sync asked for during the preview (the timer, say) does nothing…
    app.sync.syncNow();
    QVERIFY(!app.sync.isAvailable());
    QSignalSpy loaded(&app.repository, &ProgramRepository::loadFinished);
    app.preview.close();
    QVERIFY(!app.preview.isActive());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(app.repository.folder(), app.bundled);
    // …and leaves sync available again once the published program is back.
    QVERIFY(app.sync.isAvailable());
    QCOMPARE(app.sync.state(), SyncService::State::Idle);
    for (int row = 0; row < app.repository.sessions()->rowCount(); ++row)
        QVERIFY(
            !app.repository.sessions()->index(row).data(SessionListModel::RemovedRole).toBool());
    // Saving the draft now changes nothing.
    save("sessions: [\n");
    QTest::qWait(3 * DraftPreview::debounceMs);
    QCOMPARE(app.repository.folder(), app.bundled);
    QVERIFY(app.repository.problems()->rowCount() == 0);
}

void PreviewTest::folderDeletedAndMadeAgain()
{
    App app(m_home);
    app.preview.open(m_draft, true);
    QVERIFY(QDir(m_draft).removeRecursively());
    QVERIFY(waitForReload(app));
    QVERIFY(app.preview.isFolderMissing());
    QVERIFY2(app.preview.statusText().contains(QLatin1String("folder is gone")),
        qPrintable(app.preview.statusText()));
    QVERIFY(app.repository.isLoaded()); // the last valid state

    // Made again (as a script regenerating it would): watched again.
    QVERIFY(wc::test::copyFolder(wc::test::dataPath(QStringLiteral("valid")), m_draft));
    QVERIFY(waitForReload(app));
    QVERIFY(!app.preview.isFolderMissing());
    save(wc::test::readFile(QDir(m_draft).filePath(QStringLiteral("program.yaml")))
             .replace("title: Panel Discussion", "title: Back Again"));
    QVERIFY(waitForReload(app));
    QCOMPARE(sessionTitle(app.repository, QStringLiteral("panel")), QStringLiteral("Back Again"));
}

void PreviewTest::bookmarksAreReadOnlyInADraft()
{
    App app(m_home);
    QVERIFY(app.repository.loadNow(app.sync.startFolder()));
    app.bookmarks.setBookmarked(Bookmarks::Kind::Session, QStringLiteral("keynote-1"), true);
    const auto store = wc::test::readFile(app.bookmarks.storeFile());
    QVERIFY(!store.isEmpty());

    // The draft moves the bookmarked keynote; nothing of that reaches the store.
    const auto program = QDir(m_draft).filePath(QStringLiteral("program.yaml"));
    save(wc::test::replacedIn(program, "start: \"09:15\"", "start: \"09:20\""));
    app.preview.open(m_draft, true);
    QVERIFY(app.bookmarks.isPreviewing());
    app.bookmarks.acknowledge(Bookmarks::Kind::Session, QStringLiteral("keynote-1"));
    app.bookmarks.setBookmarked(Bookmarks::Kind::Session, QStringLiteral("opening"), true);
    QVERIFY(!app.bookmarks.contains(Bookmarks::Kind::Session, QStringLiteral("opening")));
    QCOMPARE(wc::test::readFile(app.bookmarks.storeFile()), store);

    // Back on the published program, and sync is available again.
    QSignalSpy loaded(&app.repository, &ProgramRepository::loadFinished);
    app.preview.close();
    QVERIFY(loaded.wait(10000));
    QVERIFY(!app.bookmarks.isPreviewing());
    QCOMPARE(
        app.bookmarks.changeText(Bookmarks::Kind::Session, QStringLiteral("keynote-1")), QString());
    QCOMPARE(wc::test::readFile(app.bookmarks.storeFile()), store);
}

QTEST_MAIN(PreviewTest)
#include "tst_preview.moc"
