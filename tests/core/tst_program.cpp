// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// Program's lookups by id: right for a program the loader built, and for one
// assembled or changed in memory (as diffs and tests do) before index() ran,
// which is what lets the diff's descriptions use them instead of going
// through every list once per change.

#include "program.h"

#include <QTest>

using namespace wc;

class ProgramTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsItemsBeforeIndex();
    void findsItemsAddedOrRemovedAfterIndex();
    void findsNothingForUnknownIds();
};

namespace {

Program assembled()
{
    Program program;
    for (const auto *id : {"opening", "keynote", "posters"}) {
        Session session;
        session.id = QString::fromLatin1(id);
        session.title = session.id.toUpper();
        program.sessions.append(session);
    }
    Speaker speaker;
    speaker.id = QStringLiteral("ana-silva");
    speaker.name = QStringLiteral("Ana Silva");
    program.speakers.append(speaker);
    for (int i = 1; i <= 3; ++i) {
        Paper paper;
        paper.id = QString::number(i);
        paper.title = QStringLiteral("Paper %1").arg(i);
        program.papers.append(paper);
    }
    return program;
}

} // namespace

void ProgramTest::findsItemsBeforeIndex()
{
    const auto program = assembled();
    QVERIFY(program.session(QStringLiteral("keynote")));
    QCOMPARE(program.session(QStringLiteral("keynote"))->title, QStringLiteral("KEYNOTE"));
    QCOMPARE(program.speaker(QStringLiteral("ana-silva"))->name, QStringLiteral("Ana Silva"));
    QCOMPARE(program.paper(QStringLiteral("3"))->title, QStringLiteral("Paper 3"));
}

void ProgramTest::findsItemsAddedOrRemovedAfterIndex()
{
    auto program = assembled();
    program.index();
    QCOMPARE(program.paper(QStringLiteral("2"))->title, QStringLiteral("Paper 2"));

    Paper added;
    added.id = QStringLiteral("4");
    added.title = QStringLiteral("Paper 4");
    program.papers.append(added);
    QVERIFY(program.paper(QStringLiteral("4")));
    QCOMPARE(program.paper(QStringLiteral("4"))->title, QStringLiteral("Paper 4"));

    // Removing one shifts the others: none is found at its old place.
    program.sessions.removeFirst();
    QVERIFY(!program.session(QStringLiteral("opening")));
    QCOMPARE(program.session(QStringLiteral("posters"))->title, QStringLiteral("POSTERS"));

    program.index();
    QCOMPARE(program.paper(QStringLiteral("4"))->title, QStringLiteral("Paper 4"));
    QCOMPARE(program.session(QStringLiteral("posters"))->title, QStringLiteral("POSTERS"));
}

void ProgramTest::findsNothingForUnknownIds()
{
    auto program = assembled();
    QVERIFY(!program.paper(QStringLiteral("99")));
    program.index();
    QVERIFY(!program.paper(QStringLiteral("99")));
    QVERIFY(!program.speaker(QStringLiteral("keynote")));
    QVERIFY(!Program().session(QStringLiteral("keynote")));
}

QTEST_GUILESS_MAIN(ProgramTest)
#include "tst_program.moc"
