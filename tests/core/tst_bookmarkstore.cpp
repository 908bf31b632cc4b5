// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// The bookmarks store never loses what it saved: not to a damaged file, a
// full disk, a second instance of the app, an import, or a process killed in
// the middle of a save.

#include "bookmarkstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/resource.h>

using namespace wc;

namespace {

const QString edition = QStringLiteral("mlforsys-neurips2023");

BookmarkEntry bookmark(ItemKind kind, const QString &id, const QString &note = {}, qint64 updatedSecs = 1000)
{
    BookmarkEntry e;
    e.kind = kind;
    e.id = id;
    e.bookmarked = true;
    e.note = note;
    e.updated = QDateTime::fromSecsSinceEpoch(updatedSecs, Qt::UTC);
    return e;
}

void add(BookmarkStore &store, const QString &id, const QString &note = {}, qint64 updatedSecs = 1000)
{
    store.edit(ItemKind::Session, id) = bookmark(ItemKind::Session, id, note, updatedSecs);
}

QStringList bookmarkedIds(const QList<BookmarkEntry> &entries)
{
    QStringList ids;
    for (const auto &e : entries) {
        if (e.bookmarked)
            ids.append(e.key());
    }
    ids.sort();
    return ids;
}

QStringList asideFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files);
}

} // namespace

class TestBookmarkStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void jsonRoundTripKeepsEveryField()
    {
        auto e = bookmark(ItemKind::Paper, QStringLiteral("37"), QStringLiteral("ask about \"caches\"\nline 2"));
        e.known = ItemSnapshot{QStringLiteral("A title"),
                               QDateTime(QDate(2023, 12, 16), QTime(19, 30), Qt::UTC),
                               QDateTime(QDate(2023, 12, 16), QTime(20, 30), Qt::UTC),
                               QStringLiteral("Room 238"),
                               QStringLiteral("Poster Session 1"),
                               12,
                               true};
        e.seenStart = e.known->start.addSecs(-600);
        e.seenEnd = e.known->end;
        e.seenRoom = QStringLiteral("Room 239");
        e.remindedFor = e.known->start;
        auto removed = bookmark(ItemKind::Session, QStringLiteral("x"));
        removed.bookmarked = false;
        // A paper in no poster session yet has no times at all.
        auto untimed = bookmark(ItemKind::Paper, QStringLiteral("8"));
        untimed.known = ItemSnapshot{QStringLiteral("Untimed"), {}, {}, {}, {}, std::nullopt, false};
        const BookmarkFile file{edition, {e, removed, untimed}};

        QString error;
        const auto back = BookmarkFile::fromJson(file.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->edition, edition);
        QCOMPARE(back->entries.size(), 3);
        QVERIFY(back->entries.last().known == untimed.known);
        const auto &b = back->entries.first();
        QCOMPARE(b.kind, ItemKind::Paper);
        QCOMPARE(b.note, e.note);
        QCOMPARE(b.updated, e.updated);
        QVERIFY(b.known == e.known);
        QCOMPARE(b.seenStart, e.seenStart);
        QCOMPARE(b.seenRoom, e.seenRoom);
        QCOMPARE(b.remindedFor, e.remindedFor);
        QVERIFY(!back->entries.at(1).bookmarked);
        QCOMPARE(back->toJson(), file.toJson());
    }

    void damagedJsonIsRejectedWhole_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{\"type\": ");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("foreign") << QByteArray(R"({"type": "something-else", "format": 1})");
        QTest::newRow("future format")
            << QByteArray(R"({"type": "workshop-companion-bookmarks", "format": 2, "edition": "e", "items": []})");
        QTest::newRow("bad kind") << QByteArray(
            R"({"type": "workshop-companion-bookmarks", "format": 1, "edition": "e",
                "items": [{"kind": "talk", "id": "a", "bookmarked": true}]})");
        QTest::newRow("bad time") << QByteArray(
            R"({"type": "workshop-companion-bookmarks", "format": 1, "edition": "e",
                "items": [{"kind": "session", "id": "a", "bookmarked": true, "updated": "yesterday"}]})");
        // Found by fuzz_bookmarks: times that UTC puts outside years 1 to 9999
        // were read, then written as "" or dropped by the next save.
        QTest::newRow("time before year 1 in UTC") << QByteArray(
            R"({"type": "workshop-companion-bookmarks", "format": 1, "edition": "e",
                "items": [{"kind": "session", "id": "a", "bookmarked": true,
                           "remindedFor": "0001-01-01T00:00:00.000+14:00"}]})");
        QTest::newRow("time after year 9999 in UTC") << QByteArray(
            R"({"type": "workshop-companion-bookmarks", "format": 1, "edition": "e",
                "items": [{"kind": "session", "id": "a", "bookmarked": true,
                           "updated": "9999-12-31T23:00:00.000-14:00"}]})");
        QTest::newRow("truncated") << BookmarkFile{edition, {bookmark(ItemKind::Session, QStringLiteral("a"))}}
                                          .toJson()
                                          .chopped(5);
    }
    void damagedJsonIsRejectedWhole()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!BookmarkFile::fromJson(json, &error));
        QVERIFY(!error.isEmpty());
    }

    void savedBookmarksLoadInANewInstance()
    {
        QTemporaryDir dir;
        BookmarkStore store(dir.path(), edition);
        QVERIFY(store.load());
        add(store, QStringLiteral("opening"), QStringLiteral("sit near the front"));
        QVERIFY2(store.save(), qPrintable(store.error()));
        QVERIFY(!QFile::exists(store.backupPath())); // nothing to back up yet
        const auto firstSave = test::readFile(store.filePath());
        add(store, QStringLiteral("keynote"));
        QVERIFY2(store.save(), qPrintable(store.error()));
        QCOMPARE(test::readFile(store.backupPath()), firstSave);

        BookmarkStore again(dir.path(), edition);
        QVERIFY(again.load());
        QVERIFY(again.notice().isEmpty());
        QCOMPARE(bookmarkedIds(again.entries()),
                 (QStringList{QStringLiteral("session/keynote"), QStringLiteral("session/opening")}));
        QCOMPARE(again.entry(ItemKind::Session, QStringLiteral("opening"))->note, QStringLiteral("sit near the front"));
    }

    void damagedFileIsMovedAsideAndBackupRestored()
    {
        QTemporaryDir dir;
        BookmarkStore store(dir.path(), edition);
        add(store, QStringLiteral("a"));
        QVERIFY(store.save());
        add(store, QStringLiteral("b"));
        QVERIFY(store.save()); // the backup now holds "a"
        QVERIFY(test::writeFile(store.filePath(), "{\"type\": \"workshop-compan"));

        BookmarkStore reopened(dir.path(), edition);
        QVERIFY(reopened.load());
        QVERIFY2(reopened.notice().contains(QLatin1String("restored from the backup")), qPrintable(reopened.notice()));
        QCOMPARE(bookmarkedIds(reopened.entries()), QStringList{QStringLiteral("session/a")});
        const auto aside = asideFiles(dir.path());
        QCOMPARE(aside.size(), 1);
        QVERIFY(reopened.notice().contains(aside.first()));
        QCOMPARE(test::readFile(QDir(dir.path()).filePath(aside.first())), QByteArray("{\"type\": \"workshop-compan"));

        // Told once: the restored file is good, so the next start is quiet.
        BookmarkStore third(dir.path(), edition);
        QVERIFY(third.load());
        QVERIFY(third.notice().isEmpty());
        QCOMPARE(bookmarkedIds(third.entries()), QStringList{QStringLiteral("session/a")});
    }

    void damagedFileWithoutBackupStartsEmptyAndKeepsTheFile()
    {
        QTemporaryDir dir;
        BookmarkStore store(dir.path(), edition);
        QVERIFY(QDir().mkpath(dir.path()));
        QVERIFY(test::writeFile(store.filePath(), QByteArray("\x00\xff garbage", 10)));
        QVERIFY(store.load());
        QVERIFY(store.entries().isEmpty());
        QVERIFY2(store.notice().contains(QLatin1String("no good backup")), qPrintable(store.notice()));
        QCOMPARE(asideFiles(dir.path()).size(), 1);
        // A good, empty file replaces it, so the next start is quiet.
        BookmarkStore reopened(dir.path(), edition);
        QVERIFY(reopened.load());
        QVERIFY(reopened.notice().isEmpty());
        QVERIFY(reopened.entries().isEmpty());
    }

    // Another instance finds the file damaged while this one saves: the
    // backup is merged in, so what it held is not lost.
    void savingOverADamagedFileKeepsTheBackup()
    {
        QTemporaryDir dir;
        BookmarkStore first(dir.path(), edition);
        add(first, QStringLiteral("a"));
        QVERIFY(first.save());
        add(first, QStringLiteral("b"));
        QVERIFY(first.save()); // backup: a
        BookmarkStore second(dir.path(), edition); // started before "a" was saved
        add(second, QStringLiteral("c"));
        QVERIFY(test::writeFile(first.filePath(), "]"));
        QVERIFY2(second.save(), qPrintable(second.error()));
        QVERIFY(second.notice().contains(QLatin1String("restored from the backup")));
        QCOMPARE(bookmarkedIds(second.entries()),
                 (QStringList{QStringLiteral("session/a"), QStringLiteral("session/c")}));
        QCOMPARE(asideFiles(dir.path()).size(), 1);
    }

    void unreadableFileIsNeverOverwritten()
    {
        QTemporaryDir dir;
        BookmarkStore store(dir.path(), edition);
        // A folder where the file should be: it cannot be read as a file.
        QVERIFY(QDir().mkpath(store.filePath()));
        QVERIFY(!store.load());
        QVERIFY(!store.error().isEmpty());
        add(store, QStringLiteral("a"));
        QVERIFY(!store.save());
        QVERIFY(QFileInfo(store.filePath()).isDir());
        QVERIFY(asideFiles(dir.path()).isEmpty());
    }

    void anotherEditionsFileIsNotTaken()
    {
        QTemporaryDir dir;
        BookmarkStore other(dir.path(), QStringLiteral("other-2024"));
        add(other, QStringLiteral("x"));
        QVERIFY(other.save());
        BookmarkStore ours(dir.path(), edition);
        QVERIFY(ours.load());
        QVERIFY(ours.entries().isEmpty());
        QVERIFY(ours.filePath() != other.filePath());

        // Even a file copied over ours by hand is not read as ours.
        QVERIFY(QFile::copy(other.filePath(), ours.filePath()));
        BookmarkStore reopened(dir.path(), edition);
        QVERIFY(reopened.load());
        QVERIFY(reopened.entries().isEmpty());
        QVERIFY(reopened.notice().contains(QLatin1String("another edition")));
    }

    void editionIdsNeverEscapeTheFolder()
    {
        QCOMPARE(bookmarkFileName(edition), edition + QStringLiteral(".json"));
        for (const auto &hostile : {QStringLiteral("../../etc/passwd"), QStringLiteral(".hidden"),
                                    QStringLiteral("a/b"), QString()}) {
            const auto name = bookmarkFileName(hostile);
            QVERIFY2(!name.contains(QLatin1Char('/')) && !name.startsWith(QLatin1Char('.')), qPrintable(name));
        }
        QVERIFY(bookmarkFileName(QStringLiteral("a/b")) != bookmarkFileName(QStringLiteral("a/c")));
    }

    void twoInstancesDoNotClobberEachOther()
    {
        QTemporaryDir dir;
        BookmarkStore first(dir.path(), edition);
        BookmarkStore second(dir.path(), edition);
        QVERIFY(first.load() && second.load());

        add(first, QStringLiteral("a"), {}, 100);
        QVERIFY(first.save());
        add(second, QStringLiteral("b"), {}, 110); // never saw "a"
        QVERIFY(second.save());

        // The first removes "a"; the second, still holding the old "a" from
        // its merge, saves a new bookmark: the newer removal wins.
        auto &a = first.edit(ItemKind::Session, QStringLiteral("a"));
        a.bookmarked = false;
        a.updated = QDateTime::fromSecsSinceEpoch(200, Qt::UTC);
        QVERIFY(first.save());
        add(second, QStringLiteral("c"), {}, 210);
        QVERIFY(second.save());

        BookmarkStore reader(dir.path(), edition);
        QVERIFY(reader.load());
        QCOMPARE(bookmarkedIds(reader.entries()),
                 (QStringList{QStringLiteral("session/b"), QStringLiteral("session/c")}));
        QVERIFY(first.reloadFromDisk());
        QCOMPARE(bookmarkedIds(first.entries()), bookmarkedIds(reader.entries()));
    }

    void mergeKeepsTheNewerEntryAndAnyReminder()
    {
        auto older = bookmark(ItemKind::Session, QStringLiteral("s"), QStringLiteral("old"), 100);
        older.remindedFor = QDateTime::fromSecsSinceEpoch(5000, Qt::UTC);
        auto newer = bookmark(ItemKind::Session, QStringLiteral("s"), QStringLiteral("new"), 200);
        for (const auto &merged : {mergeEntries({older}, {newer}), mergeEntries({newer}, {older})}) {
            QCOMPARE(merged.size(), 1);
            QCOMPARE(merged.first().note, QStringLiteral("new"));
            QCOMPARE(merged.first().remindedFor, older.remindedFor);
        }
    }

    void importMergesAndNeverWipes()
    {
        QTemporaryDir here;
        QTemporaryDir there;
        BookmarkStore ours(here.path(), edition);
        add(ours, QStringLiteral("a"), QStringLiteral("my note"));
        add(ours, QStringLiteral("b"));
        QVERIFY(ours.save());

        BookmarkStore theirs(there.path(), edition);
        add(theirs, QStringLiteral("a"), QStringLiteral("their note"), 9000);
        auto &b = theirs.edit(ItemKind::Session, QStringLiteral("b"));
        b.bookmarked = false; // removed over there, much later
        b.note = QStringLiteral("b's note");
        b.updated = QDateTime::fromSecsSinceEpoch(9000, Qt::UTC);
        theirs.edit(ItemKind::Paper, QStringLiteral("7")) = bookmark(ItemKind::Paper, QStringLiteral("7"));
        const auto exported = QDir(there.path()).filePath(QStringLiteral("moving.json"));
        QVERIFY(theirs.exportTo(exported));

        const auto now = QDateTime::fromSecsSinceEpoch(10000, Qt::UTC);
        QCOMPARE(ours.importFrom(exported, now), 3);
        QCOMPARE(bookmarkedIds(ours.entries()),
                 (QStringList{QStringLiteral("paper/7"), QStringLiteral("session/a"), QStringLiteral("session/b")}));
        QCOMPARE(ours.entry(ItemKind::Session, QStringLiteral("a"))->note, QStringLiteral("my note\n\ntheir note"));
        QCOMPARE(ours.entry(ItemKind::Session, QStringLiteral("b"))->note, QStringLiteral("b's note"));
        // Importing the same file again changes nothing.
        QCOMPARE(ours.importFrom(exported, now.addSecs(1)), 0);

        BookmarkStore reopened(here.path(), edition);
        QVERIFY(reopened.load());
        QCOMPARE(bookmarkedIds(reopened.entries()), bookmarkedIds(ours.entries()));
    }

    void importRefusesForeignAndDamagedFiles()
    {
        QTemporaryDir dir;
        BookmarkStore ours(dir.path(), edition);
        add(ours, QStringLiteral("a"));
        QVERIFY(ours.save());
        const auto before = test::readFile(ours.filePath());

        BookmarkStore other(dir.path(), QStringLiteral("other-2024"));
        add(other, QStringLiteral("x"));
        const auto foreign = QDir(dir.path()).filePath(QStringLiteral("foreign.json"));
        QVERIFY(other.exportTo(foreign));
        QCOMPARE(ours.importFrom(foreign, QDateTime::currentDateTimeUtc()), -1);
        QVERIFY(ours.error().contains(QLatin1String("another edition")));

        const auto damaged = QDir(dir.path()).filePath(QStringLiteral("damaged.json"));
        QVERIFY(test::writeFile(damaged, "not json"));
        QCOMPARE(ours.importFrom(damaged, QDateTime::currentDateTimeUtc()), -1);
        QCOMPARE(ours.importFrom(QDir(dir.path()).filePath(QStringLiteral("missing.json")),
                                 QDateTime::currentDateTimeUtc()),
                 -1);
        QCOMPARE(bookmarkedIds(ours.entries()), QStringList{QStringLiteral("session/a")});
        QCOMPARE(test::readFile(ours.filePath()), before);
    }

    void fullDiskLeavesTheSavedFileIntact()
    {
        QTemporaryDir dir;
        BookmarkStore store(dir.path(), edition);
        add(store, QStringLiteral("a"));
        QVERIFY(store.save());
        const auto before = test::readFile(store.filePath());

        // A file size limit makes writes fail as a full disk does.
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit limited = old;
        limited.rlim_cur = rlim_t(before.size() + 100);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        add(store, QStringLiteral("b"), QString(4000, QLatin1Char('x')));
        const bool saved = store.save();
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &old), 0);

        QVERIFY(!saved);
        QVERIFY2(store.error().contains(QLatin1String("unchanged")), qPrintable(store.error()));
        QCOMPARE(test::readFile(store.filePath()), before);
        BookmarkStore reopened(dir.path(), edition);
        QVERIFY(reopened.load());
        QVERIFY(reopened.notice().isEmpty());
        QCOMPARE(bookmarkedIds(reopened.entries()), QStringList{QStringLiteral("session/a")});
    }

    // Kills a process that saves in a loop at random moments, hundreds of
    // times: the file must always load, with every save it reported.
    void killedWhileSavingNeverLosesASave()
    {
        QTemporaryDir dir;
        const int rounds = qEnvironmentVariableIntValue("WC_KILL_ROUNDS") > 0
                               ? qEnvironmentVariableIntValue("WC_KILL_ROUNDS")
                               : 300;
        auto *random = QRandomGenerator::global();
        int next = 0;
        for (int round = 0; round < rounds; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(WC_BOOKMARK_WRITER),
                         {dir.path(), edition, QString::number(next)});
            QVERIFY(writer.waitForStarted());
            // Until "ready" and one save: however slow a save is on a busy
            // machine, every round kills one in the middle of a run of saves
            // that has something to lose.
            QByteArray output;
            while (output.count('\n') < 2) {
                QVERIFY2(writer.waitForReadyRead(10000), writer.readAllStandardError().constData());
                output += writer.readAllStandardOutput();
            }
            QThread::usleep(random->bounded(0, 20000));
            writer.kill();
            QVERIFY(writer.waitForFinished());
            QVERIFY2(writer.exitStatus() == QProcess::CrashExit || writer.exitCode() == 0,
                     writer.readAllStandardError().constData());
            auto lines = (output + writer.readAllStandardOutput()).split('\n');
            QCOMPARE(lines.takeFirst(), QByteArray("ready"));
            // The last piece is empty, or a number cut short by the kill.
            for (qsizetype i = 0; i + 1 < lines.size(); ++i)
                next = lines.at(i).toInt() + 1;

            BookmarkStore store(dir.path(), edition);
            QVERIFY2(store.load(), qPrintable(store.error()));
            QVERIFY2(store.notice().isEmpty(), qPrintable(store.notice()));
            for (int i = 0; i < next; ++i) {
                const auto *e = store.entry(ItemKind::Session, QStringLiteral("s%1").arg(i));
                QVERIFY2(e && e->bookmarked, qPrintable(QStringLiteral("round %1 lost s%2").arg(round).arg(i)));
            }
        }
        qInfo("%d rounds, %d saves survived", rounds, next);
        QVERIFY(next > 0);
    }
};

QTEST_GUILESS_MAIN(TestBookmarkStore)
#include "tst_bookmarkstore.moc"
