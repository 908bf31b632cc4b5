// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// The largest program the app is meant to carry (issue 9): the 20,000 papers
// and 3,000 sessions of `generate-edition --large`, written at test time,
// load and validate without a single problem, keep their shape (parallel
// rooms, poster sessions that list their papers), survive the program
// cache's snapshot, which a large edition relies on to start fast, and
// updates that change every paper are worded and recorded for the attendee
// (which went through every paper once per change, minutes at this size).

#include "changelog.h"
#include "jsonexport.h"
#include "loaderlimits.h"
#include "programcache.h"
#include "programloader.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wc;

class LargeEditionTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filesStayWithinTheFormatsLimit();
    void loadsWithoutProblems();
    void hasParallelRoomsAndListedPosters();
    void survivesTheSnapshotCache();
    void recordsUpdatesOfEveryPaper();

private:
    QTemporaryDir m_scratch;
    QString m_folder;
    LoadResult m_loaded;
};

void LargeEditionTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_scratch.isValid());
    m_folder = QDir(m_scratch.path()).filePath(QStringLiteral("large"));
    QProcess generator;
    generator.start(QStringLiteral(WC_GENERATOR_PATH), {m_folder, QStringLiteral("--large")});
    QVERIFY(generator.waitForFinished(60000));
    // Anything on stderr is a warning: talks that did not fit, a file over the limit.
    QCOMPARE(QString::fromUtf8(generator.readAllStandardError()), QString());
    QCOMPARE(generator.exitCode(), 0);
    m_loaded = loadProgramFolder(m_folder);
}

void LargeEditionTest::filesStayWithinTheFormatsLimit()
{
    // 20,000 abstracts of NeurIPS length would make papers.yaml twice the
    // 16 MiB the format allows; the generator shortens them to fit.
    for (const auto &name : programFiles) {
        const auto bytes = QFileInfo(QDir(m_folder).filePath(name)).size();
        QVERIFY2(bytes > 0, qPrintable(name));
        QVERIFY2(bytes < qint64(limits::maxFileBytes),
            qPrintable(QStringLiteral("%1 has %2 bytes").arg(name).arg(bytes)));
    }
}

void LargeEditionTest::loadsWithoutProblems()
{
    QStringList problems;
    for (const auto &problem :
        std::as_const(m_loaded.problems).first(std::min<qsizetype>(m_loaded.problems.size(), 10)))
        problems.append(problem.toString());
    QVERIFY2(m_loaded.problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(m_loaded.ok());
    const auto &program = *m_loaded.program;
    QCOMPARE(program.sessions.size(), 3000);
    QCOMPARE(program.papers.size(), 20000);
    QCOMPARE(program.speakers.size(), 4000);
    QCOMPARE(program.workshop.days.size(), 7);
    QCOMPARE(program.workshop.venue.rooms.size(), 24);
}

void LargeEditionTest::hasParallelRoomsAndListedPosters()
{
    QVERIFY(m_loaded.ok());
    const auto &program = *m_loaded.program;

    // Parallel tracks: on every day, some moment has a session in every room.
    const auto &w = program.workshop;
    for (const auto &day : w.days) {
        QList<const Session *> sessions;
        for (const auto &s : program.sessions) {
            if (s.day == day.date)
                sessions.append(&s);
        }
        int busiest = 0;
        for (const auto *s : std::as_const(sessions)) {
            QSet<QString> rooms;
            for (const auto *other : std::as_const(sessions)) {
                if (other->start <= s->start && s->start < other->end)
                    rooms.insert(other->room);
            }
            busiest = std::max(busiest, int(rooms.size()));
        }
        QVERIFY2(busiest == w.venue.rooms.size(), qPrintable(day.date.toString(Qt::ISODate)));
    }

    // Every paper has a board in a poster session, and that session lists it.
    QHash<QString, QStringList> posters;
    for (const auto &s : program.sessions) {
        if (s.kind == SessionKind::Posters)
            posters.insert(s.id, s.papers);
    }
    QCOMPARE(posters.size(), 40);
    QHash<QString, QStringList> assigned;
    for (const auto &paper : program.papers) {
        QVERIFY2(posters.contains(paper.posterSession), qPrintable(paper.id));
        QVERIFY2(paper.board.value_or(0) > 0, qPrintable(paper.id));
        assigned[paper.posterSession].append(paper.id);
    }
    for (auto it = posters.cbegin(); it != posters.cend(); ++it)
        QCOMPARE(it.value(), assigned.value(it.key()));
}

void LargeEditionTest::survivesTheSnapshotCache()
{
    QVERIFY(m_loaded.ok());
    const ProgramCache cache(QDir(m_scratch.path()).filePath(QStringLiteral("cache")));
    const auto key = ProgramCache::keyFor(m_folder, QStringLiteral("1.0"));
    QVERIFY(!key.isEmpty());
    QVERIFY(cache.store(key, m_loaded));
    const auto snapshot = cache.load(key);
    QVERIFY(snapshot);
    QVERIFY(snapshot->ok());
    QCOMPARE(snapshot->problems.size(), 0);
    // The normalized JSON holds every field of every record.
    QVERIFY(programToJson(*snapshot->program) == programToJson(*m_loaded.program));
    const auto lastPaper = m_loaded.program->papers.constLast().id;
    QVERIFY(snapshot->program->paper(lastPaper)); // the id lookups are rebuilt too
}

void LargeEditionTest::recordsUpdatesOfEveryPaper()
{
    QVERIFY(m_loaded.ok());
    const auto &published = *m_loaded.program;
    const auto paperCount = published.papers.size();
    ChangeLog log(QString(), published.workshop.id);

    // Version 2 retitles every paper (an organizer re-imported the list).
    auto retitled = published;
    for (auto &paper : retitled.papers)
        paper.title += QStringLiteral(" (camera-ready)");
    const auto retitling = diffPrograms(published, retitled);
    QCOMPARE(retitling.size(), paperCount);
    log.addUpdate(retitling, published, retitled, 1, 2);
    QCOMPARE(log.notes().size(), paperCount);
    for (qsizetype i = 0; i < paperCount; ++i) {
        const auto &note = log.notes()[i];
        QCOMPARE(note.id, retitled.papers[i].id);
        QCOMPARE(note.title, retitled.papers[i].title);
        QCOMPARE(note.summary, QStringLiteral("title changed"));
    }

    // Version 3 replaces every paper: each of the unseen notes above gives
    // way to its paper's removal, and every new paper is announced by title.
    auto replaced = retitled;
    for (auto &paper : replaced.papers)
        paper.id = QStringLiteral("new-") + paper.id;
    replaced.index();
    const auto replacing = diffPrograms(retitled, replaced);
    QCOMPARE(replacing.size(), 2 * paperCount);
    log.addUpdate(replacing, retitled, replaced, 2, 3);
    QCOMPARE(log.notes().size(), 2 * paperCount);
    for (qsizetype i = 0; i < paperCount; ++i) {
        const auto &added = log.notes()[i];
        QCOMPARE(added.kind, Change::Kind::Added);
        QCOMPARE(added.title, replaced.papers[i].title);
        QCOMPARE(added.summary, replaced.papers[i].title);
        const auto &removed = log.notes()[paperCount + i];
        QCOMPARE(removed.kind, Change::Kind::Removed);
        QCOMPARE(removed.id, retitled.papers[i].id);
        QCOMPARE(removed.version, 3);
    }
}

QTEST_GUILESS_MAIN(LargeEditionTest)
#include "tst_largeedition.moc"
