// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// The bundled ML for Systems 2023 program: validates clean, carries the real
// facts, and its normalized JSON matches the golden file.

#include "jsonexport.h"
#include "manifest.h"
#include "programloader.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace wc;

class BundledProgramTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validatesClean();
    void facts();
    void sessionsFollowEachOtherThroughTheDay();
    void contributedTalksPresentTheirPapers();
    void jsonMatchesGolden();
    void jsonIsDeterministic();

private:
    std::optional<Program> m_program;
};

void BundledProgramTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto result = loadProgramFolder(test::bundledPath());
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
    m_program = std::move(result.program);
}

void BundledProgramTest::validatesClean()
{
    const auto result = loadProgramFolder(test::bundledPath());
    QStringList problems;
    for (const auto &p : result.problems)
        problems.append(p.toString());
    // Not even a warning: a stale manifest would be one.
    QCOMPARE(problems, QStringList());
    QVERIFY(result.program->manifest);
    QCOMPARE(result.program->manifest->edition, QStringLiteral("mlforsys-neurips2023"));
}

void BundledProgramTest::facts()
{
    const auto &p = *m_program;
    QCOMPARE(p.workshop.id, QStringLiteral("mlforsys-neurips2023"));
    QCOMPARE(p.workshop.timeZoneId, QStringLiteral("America/Chicago"));
    QCOMPARE(p.workshop.days.size(), 1);
    QCOMPARE(p.workshop.days[0].date, QDate(2023, 12, 16));
    QCOMPARE(p.workshop.venue.rooms.size(), 1);
    QCOMPARE(p.workshop.venue.rooms[0].name, QStringLiteral("Room 211-213"));
    QCOMPARE(p.papers.size(), 33);
    QCOMPARE(p.speakers.size(), 3);

    const auto *lattner = p.session(QStringLiteral("keynote-lattner"));
    QVERIFY(lattner);
    QCOMPARE(lattner->kind, SessionKind::Keynote);
    QCOMPARE(lattner->title,
        QStringLiteral("Programming Languages Challenges in Large Scale Machine Learning"));
    QCOMPARE(lattner->speakers, QStringList {QStringLiteral("chris-lattner")});
    QCOMPARE(lattner->start.toString(Qt::ISODate), QStringLiteral("2023-12-16T10:00:00-06:00"));

    const auto *dally = p.session(QStringLiteral("talk-dally"));
    QVERIFY(dally);
    QCOMPARE(
        dally->title, QStringLiteral("Adapting Large Language Models for Chip Design at NVIDIA"));
    const auto *wang = p.session(QStringLiteral("talk-wang"));
    QVERIFY(wang);
    QCOMPARE(wang->title,
        QStringLiteral("Efficient Generative Inference with Heavy Hitters and Beyond"));

    // The site's "12:30AM" lunch is at half past noon.
    const auto *lunch = p.session(QStringLiteral("lunch"));
    QVERIFY(lunch);
    QCOMPARE(lunch->kind, SessionKind::Meal);
    QCOMPARE(lunch->start.time(), QTime(12, 30));

    const auto *retracted = p.paper(QStringLiteral("22"));
    QVERIFY(retracted);
    QVERIFY(retracted->retracted);
    const auto retractedCount =
        std::count_if(p.papers.begin(), p.papers.end(), [](const Paper &x) { return x.retracted; });
    QCOMPARE(retractedCount, 1);

    for (const auto &speaker : p.speakers) {
        QVERIFY2(speaker.photo.startsWith(QLatin1String("https://mlforsystems.org/")),
            qPrintable(speaker.photo));
        QVERIFY(!speaker.bio.isEmpty());
        QVERIFY(!speaker.affiliation.isEmpty());
    }
    QStringList committees;
    for (const auto &c : p.workshop.committees)
        committees.append(c.name);
    QCOMPARE(committees,
        (QStringList {QStringLiteral("Organizing Committee"),
            QStringLiteral("Competition Committee"), QStringLiteral("Steering Committee")}));
}

void BundledProgramTest::sessionsFollowEachOtherThroughTheDay()
{
    const auto &sessions = m_program->sessions;
    QCOMPARE(sessions.size(), 18);
    QCOMPARE(sessions.constFirst().start.time(), QTime(9, 0));
    QCOMPARE(sessions.constLast().end.time(), QTime(17, 0));
    for (qsizetype i = 1; i < sessions.size(); ++i)
        QCOMPARE(sessions[i].start, sessions[i - 1].end);
}

void BundledProgramTest::contributedTalksPresentTheirPapers()
{
    QStringList papers;
    for (const auto &s : m_program->sessions) {
        if (s.kind == SessionKind::Contributed) {
            QCOMPARE(s.papers.size(), 1);
            QCOMPARE(s.title, m_program->paper(s.papers[0])->title);
            papers.append(s.papers[0]);
        }
    }
    QCOMPARE(papers,
        (QStringList {
            QStringLiteral("37"), QStringLiteral("32"), QStringLiteral("2"), QStringLiteral("1")}));
}

void BundledProgramTest::jsonMatchesGolden()
{
    const auto diff = test::compareWithGolden(
        programToJson(*m_program), QStringLiteral("golden/neurips2023.json"));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void BundledProgramTest::jsonIsDeterministic()
{
    const auto again = loadProgramFolder(test::bundledPath());
    QCOMPARE(programToJson(*again.program), programToJson(*m_program));
}

QTEST_GUILESS_MAIN(BundledProgramTest)
#include "tst_bundledprogram.moc"
