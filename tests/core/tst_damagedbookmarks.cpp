// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// 200 damaged bookmarks files, made the same way every run from a real
// saved file: truncated, bit-flipped and zero-filled, with a good backup,
// a damaged one or none. Loading each never fails, tells the attendee, takes
// everything the backup holds when it is good, keeps what was damaged aside,
// and the next save works.

#include "bookmarkstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wc;

namespace {

const QString edition = QStringLiteral("mlforsys-neurips2023");

enum class Backup { Good, Damaged, None };

struct Damage {
    QString name;
    QByteArray file;
    Backup backup = Backup::Good;
    QByteArray damagedBackup; // for Backup::Damaged
};

QByteArray flipped(QByteArray bytes, qsizetype bit)
{
    bytes[bit / 8] = char(bytes.at(bit / 8) ^ (1 << (bit % 8)));
    return bytes;
}

QByteArray zeroed(QByteArray bytes, qsizetype from, qsizetype length)
{
    for (qsizetype i = from; i < std::min(from + length, bytes.size()); ++i)
        bytes[i] = '\0';
    return bytes;
}

// Every kind of damage, spread evenly over the file.
QList<Damage> damages(const QByteArray &file, const QByteArray &backup)
{
    const auto size = file.size();
    QList<Damage> list;
    for (int i = 0; i < 50; ++i) {
        const auto length = size * i / 50;
        list.append({QStringLiteral("truncated to %1 bytes").arg(length), file.left(length),
            Backup::Good, {}});
    }
    for (int i = 0; i < 70; ++i) {
        const qsizetype bit = size * 8 * i / 70 + i % 8;
        list.append(
            {QStringLiteral("bit %1 flipped").arg(bit), flipped(file, bit), Backup::Good, {}});
    }
    list.append({QStringLiteral("zero-filled"), QByteArray(size, '\0'), Backup::Good, {}});
    for (int i = 0; i < 29; ++i) {
        const auto from = size * i / 29;
        const auto length = 1 + (i * 37) % 300;
        list.append({QStringLiteral("%1 bytes zeroed at %2").arg(length).arg(from),
            zeroed(file, from, length), Backup::Good, {}});
    }
    // The same kinds again, with the backup damaged or missing too.
    for (int i = 0; i < 50; ++i) {
        auto damage = list.at(i * 3 + 1);
        const bool noBackup = i % 2;
        damage.name +=
            noBackup ? QStringLiteral(", no backup") : QStringLiteral(", backup damaged too");
        damage.backup = noBackup ? Backup::None : Backup::Damaged;
        if (!noBackup)
            damage.damagedBackup = i % 4 == 0 ? backup.left(backup.size() / 3)
                                              : flipped(backup, backup.size() * 4 + i);
        list.append(damage);
    }
    return list;
}

QStringList files(const QString &dir, const QString &pattern)
{
    return QDir(dir).entryList({pattern}, QDir::Files | QDir::Hidden);
}

} // namespace

class DamagedBookmarks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyDamagedFileIsRecovered()
    {
        // A real store: a last save and the backup of the one before.
        QTemporaryDir made;
        BookmarkStore store(made.path(), edition);
        for (int i = 0; i < 6; ++i) {
            auto &e = store.edit(
                i % 2 ? ItemKind::Paper : ItemKind::Session, QStringLiteral("item-%1").arg(i));
            e.bookmarked = i != 4; // one removal marker
            e.note = i % 3 ? QStringLiteral("Frage zum Vortrag %1 — „Caches“ ✓").arg(i) : QString();
            e.updated = QDateTime::fromSecsSinceEpoch(1'700'000'000 + i * 60, Qt::UTC);
            e.known = ItemSnapshot {QStringLiteral("Title %1").arg(i),
                QDateTime(QDate(2023, 12, 16), QTime(9 + i, 0), Qt::UTC),
                QDateTime(QDate(2023, 12, 16), QTime(10 + i, 0), Qt::UTC),
                QStringLiteral("Room 2%1").arg(i), {}, i, false};
        }
        QVERIFY(store.save());
        const auto backupEntries = BookmarkFile {edition, store.entries()}.toJson();
        store.edit(ItemKind::Session, QStringLiteral("last")).bookmarked = true;
        QVERIFY(store.save());
        const auto file = test::readFile(store.filePath());
        const auto backup = test::readFile(store.backupPath());
        QString why;
        QCOMPARE(BookmarkFile::fromJson(backup, &why)->toJson(), backupEntries);
        const auto saved = BookmarkFile::fromJson(file, &why)->toJson();

        const auto list = damages(file, backup);
        QCOMPARE(list.size(), 200);
        int restored = 0, startedEmpty = 0, intact = 0;
        for (int n = 0; n < list.size(); ++n) {
            const auto &damage = list.at(n);
            const auto where = QStringLiteral("%1 (%2): ").arg(n).arg(damage.name);
            QTemporaryDir dir(test::memoryTempDirTemplate(QStringLiteral("tst_damagedbookmarks")));
            BookmarkStore damaged(dir.path(), edition);
            QVERIFY(test::writeFile(damaged.filePath(), damage.file));
            if (damage.backup == Backup::Good)
                QVERIFY(test::writeFile(damaged.backupPath(), backup));
            else if (damage.backup == Backup::Damaged)
                QVERIFY(test::writeFile(damaged.backupPath(), damage.damagedBackup));

            QVERIFY2(damaged.load(), qPrintable(where + damaged.error()));
            const auto loaded = BookmarkFile {edition, damaged.entries()}.toJson();
            const auto notice = damaged.notice();
            if (notice.isEmpty()) {
                // Damage that changed nothing that counts, such as the final
                // newline cut off: every bookmark and note as saved.
                QVERIFY2(
                    loaded == saved, qPrintable(where + QStringLiteral("changed without a word")));
                QCOMPARE(files(dir.path(), QStringLiteral("*.corrupt-*")).size(), 0);
                ++intact;
            } else {
                QVERIFY2(notice.startsWith(QLatin1String("Your bookmarks file was damaged (")),
                    qPrintable(where + notice));
                // The damaged file is kept, as it was, and the notice names it.
                const auto aside =
                    files(dir.path(), bookmarkFileName(edition) + QStringLiteral(".corrupt-*"));
                QVERIFY2(aside.size() == 1, qPrintable(where + aside.join(QLatin1Char(' '))));
                QCOMPARE(test::readFile(QDir(dir.path()).filePath(aside.first())), damage.file);
                QVERIFY2(notice.contains(aside.first()), qPrintable(where + notice));
                if (damage.backup == Backup::Good) {
                    QVERIFY2(notice.contains(QLatin1String("restored from the backup")),
                        qPrintable(where + notice));
                    QVERIFY2(loaded == backupEntries,
                        qPrintable(where + QStringLiteral("not everything in the backup")));
                    ++restored;
                } else {
                    QVERIFY2(notice.contains(QLatin1String("no good backup")) &&
                            notice.contains(QLatin1String("start empty")),
                        qPrintable(where + notice));
                    QVERIFY2(damaged.entries().isEmpty(), qPrintable(where));
                    ++startedEmpty;
                }
                if (damage.backup == Backup::Damaged) {
                    const auto backupAside = files(
                        dir.path(), bookmarkFileName(edition) + QStringLiteral(".bak.corrupt-*"));
                    QVERIFY2(backupAside.size() == 1,
                        qPrintable(where + QStringLiteral("damaged backup not kept")));
                    QCOMPARE(test::readFile(QDir(dir.path()).filePath(backupAside.first())),
                        damage.damagedBackup);
                }
            }

            // The next save works, and the start after it is quiet.
            damaged.edit(ItemKind::Session, QStringLiteral("after")).bookmarked = true;
            QVERIFY2(damaged.save(), qPrintable(where + damaged.error()));
            BookmarkStore reopened(dir.path(), edition);
            QVERIFY(reopened.load());
            QVERIFY2(reopened.notice().isEmpty(), qPrintable(where + reopened.notice()));
            QCOMPARE(reopened.entries().size(), damaged.entries().size());
            QVERIFY(reopened.entry(ItemKind::Session, QStringLiteral("after")));
        }
        qInfo("%d damaged files: %d restored from the backup, %d started empty with the file kept, "
              "%d read "
              "intact",
            int(list.size()), restored, startedEmpty, intact);
    }
};

QTEST_GUILESS_MAIN(DamagedBookmarks)
#include "tst_damagedbookmarks.moc"
