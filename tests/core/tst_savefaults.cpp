// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// Saving bookmarks with faults injected by strace into bookmarkwriter: the
// process killed at every system call of a load and save, then at 1,000
// random ones over a run of saves that each start from what the last kill
// left; and the calls that write failing as on a full or broken disk.
// Whatever happens, a fresh start loads everything saved before, in the old
// or the new state and never a mix, and leaves no stray files behind.
//
// strace counts the calls an injection waits for per system call and per
// tracee (strace(1), "-e inject"), from the start of the process. So each
// case is traced once in full to learn which calls the save makes and how
// many of each came before, and bookmarkwriter must stay single-threaded
// (checked: the trace must name one process only). --seccomp-bpf is not
// used: with it, strace 6.1 silently injected nothing.

#include "bookmarkstore.h"
#include "bookmarkwriter.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wc;

namespace {

const QString edition = QStringLiteral("mlforsys-neurips2023");

// One system call of a save: its name, and which call of that name it is in
// the process (1: the first), as strace's when= counts them.
struct SaveCall {
    QByteArray name;
    int occurrence = 0;
};

// The calls a run made between the markers, in order.
struct SaveTrace {
    QList<SaveCall> calls;
    QString problem; // why the trace cannot be used; empty when it can
};

// One line of `strace -f -o` output: "PID name(arguments) = result".
struct TraceLine {
    QByteArray pid;
    QByteArray name; // empty for "+++ exited" and "--- SIG" lines
    QByteArray text;
};

QList<TraceLine> readTrace(const QString &path)
{
    QList<TraceLine> lines;
    for (const auto &raw : test::readFile(path).split('\n')) {
        const auto space = raw.indexOf(' ');
        if (space <= 0)
            continue;
        TraceLine line {raw.left(space), {}, raw.mid(space + 1).trimmed()};
        const auto paren = line.text.indexOf('(');
        if (paren > 0 && !line.text.startsWith("+++") && !line.text.startsWith("---"))
            line.name = line.text.left(paren);
        lines.append(line);
    }
    return lines;
}

bool isMarker(const TraceLine &line, const char *marker)
{
    return line.text.contains(QByteArray("\"") + marker + '"');
}

SaveTrace saveCalls(const QList<TraceLine> &lines)
{
    SaveTrace trace;
    QHash<QByteArray, int> seen;
    bool inside = false;
    for (const auto &line : lines) {
        if (line.pid != lines.first().pid) {
            trace.problem =
                QStringLiteral("bookmarkwriter ran a second thread or process (%1): strace counts "
                               "calls per tracee, so a call could not be named by its number")
                    .arg(QString::fromLatin1(line.text));
            return trace;
        }
        if (line.name.isEmpty())
            continue;
        const int occurrence = ++seen[line.name];
        if (isMarker(line, test::saveBeginsMarker))
            inside = true;
        else if (isMarker(line, test::saveEndsMarker))
            inside = false;
        else if (inside)
            trace.calls.append({line.name, occurrence});
    }
    if (trace.calls.isEmpty())
        trace.problem = QStringLiteral("no calls between the markers in the trace");
    return trace;
}

QString straceProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("strace"));
}

struct Run {
    QProcess::ExitStatus status = QProcess::NormalExit;
    int code = -1;
    QByteArray stderrText;
    QList<TraceLine> trace;
};

// bookmarkwriter DIR EDITION INDEX MODE under strace with `options`.
Run runWriter(const QString &dir, int index, const QStringList &options,
    const QString &mode = QStringLiteral("--once"))
{
    QTemporaryDir traceDir;
    const auto traceFile = traceDir.filePath(QStringLiteral("trace"));
    QProcess process;
    process.start(straceProgram(),
        QStringList {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"), traceFile} +
            options +
            QStringList {QStringLiteral("--"), QStringLiteral(WC_BOOKMARK_WRITER), dir, edition,
                QString::number(index), mode});
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.stderrText = "bookmarkwriter under strace did not finish within 60 s";
        return run;
    }
    run.status = process.exitStatus();
    run.code = process.exitCode();
    run.stderrText = process.readAllStandardError();
    run.trace = readTrace(traceFile);
    return run;
}

QStringList bookmarkedIds(const QList<BookmarkEntry> &entries)
{
    QStringList ids;
    for (const auto &e : entries) {
        if (e.bookmarked)
            ids.append(e.id);
    }
    ids.sort();
    return ids;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

bool copyStore(const QString &from, const QString &to)
{
    QDir(to).removeRecursively();
    return QDir().mkpath(to) && test::copyFolder(from, to);
}

// The kinds of file a store's folder may hold after a save was cut short.
struct Leftovers {
    int temporary = 0; // QSaveFile's "<name>.XXXXXX"
    int aside = 0; // damaged files kept as .corrupt-*
    QStringList unexpected;
};

Leftovers leftoversIn(const QString &dir, const QString &fileName)
{
    const auto name = QRegularExpression::escape(fileName);
    const QRegularExpression temporary(QStringLiteral("^%1(\\.bak)?\\.[A-Za-z0-9]{6}$").arg(name));
    const QRegularExpression aside(QStringLiteral("^%1\\.corrupt-[0-9-]+$").arg(name));
    Leftovers found;
    for (const auto &file : QDir(dir).entryList(
             QDir::Files | QDir::Hidden | QDir::System | QDir::Dirs | QDir::NoDotAndDotDot)) {
        // The lock file stays: it is only ever locked, never removed.
        if (file == fileName || file == fileName + QStringLiteral(".bak") ||
            file == fileName + QStringLiteral(".lock"))
            continue;
        if (temporary.match(file).hasMatch())
            ++found.temporary;
        else if (aside.match(file).hasMatch())
            ++found.aside;
        else
            found.unexpected.append(file);
    }
    return found;
}

} // namespace

class SaveFaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedAtEveryCallOfASave_data();
    void killedAtEveryCallOfASave();
    void killedAtRandomCallsOfManySaves();
    void failingCallsLeaveTheSavedFileIntact_data();
    void failingCallsLeaveTheSavedFileIntact();

private:
    // A store in `dir` for `kind`: "later save" (a file and its backup),
    // "first save" (nothing yet) or "damaged file" (a damaged file, a good
    // backup). `kept`: the bookmarks saved in it.
    void prepare(const QString &kind, const QString &dir, QStringList *kept);
    // Traces one load and save of bookmark `index` in a copy of `dir`.
    SaveTrace traceSave(const QString &dir, int index);
    // What a fresh start finds after a run that added `added` to `kept`:
    // everything kept, `added` or not, and nothing but the store's files
    // and the leftovers it cleans up. Returns the bookmarks loaded.
    QStringList checkAfterFault(
        const QString &dir, const QStringList &kept, const QString &added, const QString &where);
    // The next start's save works and clears every leftover but damaged
    // files kept aside (`aside` of them).
    void checkNextSaveCleansUp(
        const QString &dir, const QStringList &kept, int aside, const QString &where);

    QTemporaryDir m_tmp {test::memoryTempDirTemplate(QStringLiteral("tst_savefaults"))};
    QByteArray m_damaged; // what prepare("damaged file") put in place of the file
};

void SaveFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    // CI installs strace; without it these tests would prove nothing.
    QVERIFY2(!straceProgram().isEmpty(), "strace is not installed (apt-get install strace)");
}

void SaveFaults::prepare(const QString &kind, const QString &dir, QStringList *kept)
{
    QDir(dir).removeRecursively();
    QVERIFY(QDir().mkpath(dir));
    kept->clear();
    if (kind == QLatin1String("first save"))
        return;
    BookmarkStore store(dir, edition);
    for (int i = 0; i < 3; ++i) {
        auto &e = store.edit(ItemKind::Session, QStringLiteral("kept%1").arg(i));
        e.bookmarked = true;
        e.note = QStringLiteral("saved before, must survive");
        e.updated = QDateTime::fromSecsSinceEpoch(1000 + i, Qt::UTC);
        QVERIFY2(store.save(), qPrintable(store.error())); // the second save makes the backup
        kept->append(e.id);
    }
    if (kind == QLatin1String("damaged file")) {
        // The backup holds all but the last; a damaged file loses that one.
        m_damaged = test::readFile(store.filePath()).left(200);
        QVERIFY(test::writeFile(store.filePath(), m_damaged));
        kept->removeLast();
    }
}

SaveTrace SaveFaults::traceSave(const QString &dir, int index)
{
    const auto copy = m_tmp.filePath(QStringLiteral("traced"));
    if (!copyStore(dir, copy))
        return {{}, QStringLiteral("cannot copy %1").arg(dir)};
    const auto run = runWriter(copy, index, {});
    if (run.status != QProcess::NormalExit || run.code != 0)
        return {{},
            QStringLiteral("the traced save failed: %1")
                .arg(QString::fromLocal8Bit(run.stderrText))};
    return saveCalls(run.trace);
}

QStringList SaveFaults::checkAfterFault(
    const QString &dir, const QStringList &kept, const QString &added, const QString &where)
{
    const auto fileName = bookmarkFileName(edition);
    const auto found = leftoversIn(dir, fileName);
    [&] {
        QVERIFY2(found.unexpected.isEmpty(),
            qPrintable(where + found.unexpected.join(QLatin1Char(' '))));
    }();
    // The file itself, as the kill left it: the old state or the new one.
    const auto file = QDir(dir).filePath(fileName);
    if (QFile::exists(file) && test::readFile(file) != m_damaged) {
        QString why;
        const auto parsed = BookmarkFile::fromJson(test::readFile(file), &why);
        [&] {
            QVERIFY2(parsed, qPrintable(where + QStringLiteral("the file is damaged: ") + why));
        }();
        if (parsed) {
            const auto ids = bookmarkedIds(parsed->entries);
            [&] {
                QVERIFY2(ids == sorted(kept) || ids == sorted(kept + QStringList {added}),
                    qPrintable(
                        where + QStringLiteral("the file holds ") + ids.join(QLatin1Char(' '))));
            }();
        }
    }
    // A fresh start.
    BookmarkStore store(dir, edition);
    const bool loaded = store.load();
    const auto ids = bookmarkedIds(store.entries());
    [&] {
        QVERIFY2(loaded, qPrintable(where + store.error()));
        QVERIFY2(ids == sorted(kept) || ids == sorted(kept + QStringList {added}),
            qPrintable(where + QStringLiteral("loaded ") + ids.join(QLatin1Char(' '))));
        // Only a damaged file is something to tell about.
        QVERIFY2(
            store.notice().isEmpty() || !m_damaged.isEmpty(), qPrintable(where + store.notice()));
        QVERIFY2(!store.notice().contains(QLatin1String("no good backup")),
            qPrintable(where + store.notice()));
    }();
    return ids;
}

void SaveFaults::checkNextSaveCleansUp(
    const QString &dir, const QStringList &kept, int aside, const QString &where)
{
    BookmarkStore store(dir, edition);
    QVERIFY2(store.load(), qPrintable(where + store.error()));
    auto &e = store.edit(ItemKind::Session, QStringLiteral("next"));
    e.bookmarked = true;
    e.updated = QDateTime::currentDateTimeUtc();
    QVERIFY2(store.save(), qPrintable(where + store.error()));
    const auto found = leftoversIn(dir, bookmarkFileName(edition));
    QVERIFY2(found.temporary == 0 && found.unexpected.isEmpty(),
        qPrintable(where +
            QStringLiteral("left over: %1 temporary files, %2")
                .arg(found.temporary)
                .arg(found.unexpected.join(QLatin1Char(' ')))));
    QCOMPARE(found.aside, aside);
    BookmarkStore reopened(dir, edition);
    QVERIFY(reopened.load());
    const auto ids = bookmarkedIds(reopened.entries());
    for (const auto &id : kept + QStringList {QStringLiteral("next")})
        QVERIFY2(ids.contains(id), qPrintable(where + QStringLiteral("lost ") + id));
}

void SaveFaults::killedAtEveryCallOfASave_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("later save") << QStringLiteral("later save");
    QTest::newRow("first save") << QStringLiteral("first save");
    QTest::newRow("damaged file") << QStringLiteral("damaged file");
}

void SaveFaults::killedAtEveryCallOfASave()
{
    QFETCH(QString, kind);
    m_damaged.clear();
    const auto base = m_tmp.filePath(QStringLiteral("base"));
    const auto dir = m_tmp.filePath(QStringLiteral("store"));
    QStringList kept;
    prepare(kind, base, &kept);
    const auto trace = traceSave(base, 99);
    QVERIFY2(trace.problem.isEmpty(), qPrintable(trace.problem));

    for (qsizetype i = 0; i < trace.calls.size(); ++i) {
        const auto &call = trace.calls.at(i);
        const auto where = QStringLiteral("%1, killed at %2 #%3 (call %4 of %5 of the save): ")
                               .arg(kind, QString::fromLatin1(call.name))
                               .arg(call.occurrence)
                               .arg(i + 1)
                               .arg(trace.calls.size());
        QVERIFY(copyStore(base, dir));
        const auto run = runWriter(dir, 99,
            {QStringLiteral("-e"), QStringLiteral("trace=access,") + QString::fromLatin1(call.name),
                QStringLiteral("-e"),
                QStringLiteral("inject=%1:signal=KILL:when=%2")
                    .arg(QString::fromLatin1(call.name))
                    .arg(call.occurrence)});
        // The kill fell on that very call, between the markers.
        QVERIFY2(run.status == QProcess::CrashExit || run.code == 128 + 9,
            qPrintable(
                where + QStringLiteral("not killed: ") + QString::fromLocal8Bit(run.stderrText)));
        const auto killed = saveCalls(run.trace);
        QVERIFY2(killed.problem.isEmpty(), qPrintable(where + killed.problem));
        QVERIFY2(!run.trace.isEmpty() && run.trace.last().text.contains("killed by SIGKILL"),
            qPrintable(where));
        QCOMPARE(killed.calls.last().name, call.name);
        QCOMPARE(killed.calls.last().occurrence, call.occurrence);

        const auto damaged = m_damaged;
        checkAfterFault(dir, kept, QStringLiteral("s99"), where);
        if (QTest::currentTestFailed())
            return;
        if (!damaged.isEmpty()) {
            // The damaged file is never deleted: it is in place or kept aside.
            const auto asideFiles =
                QDir(dir).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files);
            QCOMPARE(asideFiles.size(), 1);
            QCOMPARE(test::readFile(QDir(dir).filePath(asideFiles.first())), damaged);
        }
        checkNextSaveCleansUp(dir, kept, damaged.isEmpty() ? 0 : 1, where);
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%s: killed at each of the %d system calls of loading and saving", qPrintable(kind),
        int(trace.calls.size()));
}

void SaveFaults::killedAtRandomCallsOfManySaves()
{
    m_damaged.clear();
    const quint32 seed = qEnvironmentVariableIsSet("WC_FAULT_SEED")
        ? quint32(qEnvironmentVariableIntValue("WC_FAULT_SEED"))
        : QRandomGenerator::global()->generate();
    const int points = qEnvironmentVariableIntValue("WC_FAULT_POINTS") > 0
        ? qEnvironmentVariableIntValue("WC_FAULT_POINTS")
        : 1000;
    qInfo("seed %u (rerun with WC_FAULT_SEED=%u)", seed, seed);
    QRandomGenerator random(seed);

    // The calls of one save over a file and its backup. Starting the
    // process makes the same calls in every run, so the numbers before the
    // save hold for every state of the store; which call of the save a
    // number lands on varies with the state, and is read from each trace.
    const auto dir = m_tmp.filePath(QStringLiteral("random"));
    QStringList kept;
    prepare(QStringLiteral("later save"), dir, &kept);
    const auto traced = traceSave(dir, 0);
    QVERIFY2(traced.problem.isEmpty(), qPrintable(traced.problem));

    int landed = 0;
    int completed = 0;
    for (int round = 0; landed < points; ++round) {
        QVERIFY2(round < points * 2, "too few kills landed inside a save");
        const auto call = traced.calls.at(random.bounded(int(traced.calls.size())));
        const auto where = QStringLiteral("seed %1, round %2, kill at %3 #%4: ")
                               .arg(seed)
                               .arg(round)
                               .arg(QString::fromLatin1(call.name))
                               .arg(call.occurrence);
        const auto added = QStringLiteral("s%1").arg(round);
        const auto run = runWriter(dir, round,
            {QStringLiteral("-e"), QStringLiteral("trace=access,") + QString::fromLatin1(call.name),
                QStringLiteral("-e"),
                QStringLiteral("inject=%1:signal=KILL:when=%2")
                    .arg(QString::fromLatin1(call.name))
                    .arg(call.occurrence)});
        bool saveReturned = true;
        if (run.status == QProcess::CrashExit || run.code == 128 + 9) {
            const auto inside = saveCalls(run.trace);
            QVERIFY2(inside.problem.isEmpty(), qPrintable(where + inside.problem));
            // Else it was killed after the save (this state of the store
            // makes fewer such calls), which had completed.
            saveReturned = inside.calls.last().name != call.name ||
                inside.calls.last().occurrence != call.occurrence;
        } else {
            QVERIFY2(run.code == 0, qPrintable(where + QString::fromLocal8Bit(run.stderrText)));
        }
        ++(saveReturned ? completed : landed);
        kept = checkAfterFault(dir, kept, added, where);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(!saveReturned || kept.contains(added),
            qPrintable(where + QStringLiteral("a completed save was lost")));
        // Leftovers of one kill go with the next save: they never pile up.
        const auto found = leftoversIn(dir, bookmarkFileName(edition));
        QVERIFY2(found.temporary <= 2,
            qPrintable(where + QStringLiteral("%1 temporary files").arg(found.temporary)));
    }
    checkNextSaveCleansUp(
        dir, kept, 0, QStringLiteral("seed %1, after the last round: ").arg(seed));
    qInfo("%d kills inside a save, %d saves that completed; %d bookmarks kept", landed, completed,
        int(kept.size()));
}

void SaveFaults::failingCallsLeaveTheSavedFileIntact_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("error");
    // Whether the save must fail: a file that did not reach the disk must
    // not be reported saved. Qt may work around a failing linkat or openat,
    // and QSaveFile::commit() ignores its fdatasync failing, which comes
    // after writeFileAtomically() has synced the data with fsync.
    QTest::addColumn<bool>("mustFail");
    QTest::newRow("write ENOSPC") << QStringLiteral("write") << QStringLiteral("ENOSPC") << true;
    QTest::newRow("fdatasync EIO") << QStringLiteral("fdatasync") << QStringLiteral("EIO") << false;
    QTest::newRow("fsync EIO") << QStringLiteral("fsync") << QStringLiteral("EIO") << true;
    QTest::newRow("rename EIO") << QStringLiteral("rename") << QStringLiteral("EIO") << true;
    QTest::newRow("linkat ENOSPC") << QStringLiteral("linkat") << QStringLiteral("ENOSPC") << false;
    QTest::newRow("openat ENOSPC") << QStringLiteral("openat") << QStringLiteral("ENOSPC") << false;
}

// Each call of the save fails: from then on, as a disk that stays full or
// broken, and once, as a passing fault. A failed save says so and leaves the
// file as it was; the bookmark stays in memory, and saving again works.
void SaveFaults::failingCallsLeaveTheSavedFileIntact()
{
    QFETCH(QString, call);
    QFETCH(QString, error);
    QFETCH(bool, mustFail);
    m_damaged.clear();
    const auto base = m_tmp.filePath(QStringLiteral("base"));
    const auto dir = m_tmp.filePath(QStringLiteral("store"));
    QStringList kept;
    prepare(QStringLiteral("later save"), base, &kept);
    const auto before = test::readFile(QDir(base).filePath(bookmarkFileName(edition)));
    const auto trace = traceSave(base, 99);
    QVERIFY2(trace.problem.isEmpty(), qPrintable(trace.problem));

    // A lasting fault lasts to the end of the save, not beyond: the writer
    // must still be able to say why it failed.
    int last = 0;
    for (const auto &c : trace.calls) {
        if (c.name == call.toLatin1())
            last = c.occurrence;
    }
    int failedSaves = 0;
    int points = 0;
    for (const auto &c : trace.calls) {
        if (c.name != call.toLatin1())
            continue;
        ++points;
        for (const bool lasting : {true, false}) {
            const auto where =
                QStringLiteral("%1 #%2 failing with %3%4: ")
                    .arg(call)
                    .arg(c.occurrence)
                    .arg(
                        error, lasting ? QStringLiteral(" from then on") : QStringLiteral(" once"));
            QVERIFY(copyStore(base, dir));
            const auto run = runWriter(dir, 99,
                {QStringLiteral("-e"), QStringLiteral("trace=") + call, QStringLiteral("-e"),
                    QStringLiteral("inject=%1:error=%2:when=%3")
                        .arg(call, error,
                            lasting ? QStringLiteral("%1..%2").arg(c.occurrence).arg(last)
                                    : QString::number(c.occurrence))},
                lasting ? QStringLiteral("--once") : QStringLiteral("--retry"));
            QVERIFY2(run.status == QProcess::NormalExit,
                qPrintable(where + QString::fromLocal8Bit(run.stderrText)));
            const auto loaded = checkAfterFault(dir, kept, QStringLiteral("s99"), where);
            if (QTest::currentTestFailed())
                return;
            if (run.code != 0) {
                QVERIFY2(lasting,
                    qPrintable(where + QStringLiteral("saving again did not work: ") +
                        QString::fromLocal8Bit(run.stderrText)));
                ++failedSaves;
                const auto file = test::readFile(QDir(dir).filePath(bookmarkFileName(edition)));
                // When the folder cannot be synced after the rename, the new
                // file is in place (checkAfterFault() saw that it is whole),
                // though it might not survive a power cut.
                QVERIFY2(file == before || run.stderrText.contains("cannot sync the folder"),
                    qPrintable(where + QStringLiteral("the file changed: ") +
                        QString::fromLocal8Bit(run.stderrText)));
                QVERIFY2(run.stderrText.contains("not saved: C") &&
                        (run.stderrText.contains("unchanged") ||
                            run.stderrText.contains("left alone")),
                    qPrintable(where + QString::fromLocal8Bit(run.stderrText)));
            } else {
                QVERIFY2(
                    !lasting || !mustFail, qPrintable(where + QStringLiteral("reported saved")));
                QVERIFY2(loaded.contains(QStringLiteral("s99")),
                    qPrintable(where + QStringLiteral("reported saved, not on disk")));
            }
            checkNextSaveCleansUp(dir, loaded, 0, where);
            if (QTest::currentTestFailed())
                return;
        }
    }
    QVERIFY(points > 0);
    qInfo("%s: %d calls failed, each from then on and once; %d saves reported failing",
        qPrintable(call), points, failedSaves);
}

QTEST_GUILESS_MAIN(SaveFaults)
#include "tst_savefaults.moc"
