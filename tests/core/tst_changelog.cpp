// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// The list of changes program updates brought: what a second update keeps
// of the first, what "seen" means, and a damaged file.

#include "changelog.h"
#include "programloader.h"
#include "testsupport.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using wc::Change;

class ChangeLogTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordsAnUpdate();
    void aSecondUpdateKeepsUnseenNews();
    void roundTrip();
    void damagedFileIsEmptyAndSaysSo_data();
    void damagedFileIsEmptyAndSaysSo();

private:
    // The test workshop with one session moved by `minutes` and, when
    // `retract`, paper 1 retracted.
    wc::Program variant(int minutes, bool retract = false) const;

    QTemporaryDir m_tmp;
    wc::Program m_base;
};

void ChangeLogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto loaded = wc::loadProgramFolder(wc::test::dataPath(QStringLiteral("valid")));
    QVERIFY(loaded.ok());
    m_base = *loaded.program;
}

wc::Program ChangeLogTest::variant(int minutes, bool retract) const
{
    auto program = m_base;
    for (auto &s : program.sessions) {
        if (s.id == QLatin1String("keynote-1")) {
            s.start = s.start.addSecs(minutes * 60);
            s.end = s.end.addSecs(minutes * 60);
        }
    }
    for (auto &p : program.papers) {
        if (p.id == QLatin1String("1"))
            p.retracted = retract;
    }
    program.index();
    return program;
}

void ChangeLogTest::recordsAnUpdate()
{
    wc::ChangeLog log(m_tmp.filePath(QStringLiteral("a.json")), QStringLiteral("testshop-2024"));
    QVERIFY(log.load());
    QVERIFY(log.notes().isEmpty());
    const auto next = variant(5, true);
    log.addUpdate(wc::diffPrograms(m_base, next), m_base, next, 1, 2);
    QCOMPARE(log.notes().size(), 2);
    QCOMPARE(log.unseenCount(), 2);
    QCOMPARE(log.fromVersion(), 1);
    QCOMPARE(log.toVersion(), 2);
    const auto &session = log.notes().at(0);
    QCOMPARE(session.entity, Change::Entity::Session);
    QCOMPARE(session.id, QStringLiteral("keynote-1"));
    QCOMPARE(session.title, m_base.session(QStringLiteral("keynote-1"))->title);
    QCOMPARE(session.summary, QStringLiteral("retimed 09:15–10:15 → 09:20–10:20"));
    QCOMPARE(session.version, 2);
    QCOMPARE(log.notes().at(1).summary, QStringLiteral("retracted"));

    QVERIFY(log.markSeen(Change::Entity::Session, QStringLiteral("keynote-1")));
    QVERIFY(!log.markSeen(Change::Entity::Session, QStringLiteral("keynote-1")));
    QVERIFY(!log.markSeen(Change::Entity::Paper, QStringLiteral("keynote-1")));
    QCOMPARE(log.unseenCount(), 1);
    QVERIFY(log.markAllSeen());
    QCOMPARE(log.unseenCount(), 0);
    QVERIFY(!log.markAllSeen());
}

void ChangeLogTest::aSecondUpdateKeepsUnseenNews()
{
    wc::ChangeLog log(m_tmp.filePath(QStringLiteral("b.json")), QStringLiteral("testshop-2024"));
    const auto v2 = variant(5, true);
    log.addUpdate(wc::diffPrograms(m_base, v2), m_base, v2, 1, 2);
    // The retraction was seen; the move was not. Version 3 moves the keynote again.
    QVERIFY(log.markSeen(Change::Entity::Paper, QStringLiteral("1")));
    const auto v3 = variant(10, true);
    log.addUpdate(wc::diffPrograms(v2, v3), v2, v3, 2, 3);
    QCOMPARE(log.notes().size(), 1);
    QCOMPARE(log.notes().at(0).summary, QStringLiteral("retimed 09:20–10:20 → 09:25–10:25"));
    QCOMPARE(log.notes().at(0).version, 3);
    QCOMPARE(log.fromVersion(), 2);

    // Version 4 changes something else: the unseen move of version 3 stays,
    // and the list now spans 3 → 4… and further back to where it started.
    const auto v4 = variant(10, false);
    log.addUpdate(wc::diffPrograms(v3, v4), v3, v4, 3, 4);
    QCOMPARE(log.notes().size(), 2);
    QCOMPARE(log.notes().at(0).summary, QStringLiteral("no longer retracted"));
    QCOMPARE(log.notes().at(1).id, QStringLiteral("keynote-1"));
    QCOMPARE(log.fromVersion(), 2);
    QCOMPARE(log.toVersion(), 4);
}

void ChangeLogTest::roundTrip()
{
    const auto path = m_tmp.filePath(QStringLiteral("sub/c.json"));
    wc::ChangeLog log(path, QStringLiteral("testshop-2024"));
    const auto v2 = variant(5, true);
    log.addUpdate(wc::diffPrograms(m_base, v2), m_base, v2, 1, 2);
    log.markSeen(Change::Entity::Paper, QStringLiteral("1"));
    QString error;
    QVERIFY2(log.save(&error), qPrintable(error));

    wc::ChangeLog again(path, QStringLiteral("testshop-2024"));
    QVERIFY(again.load());
    QCOMPARE(again.notes(), log.notes());
    QCOMPARE(again.fromVersion(), 1);
    QCOMPARE(again.toVersion(), 2);

    wc::ChangeLog otherEdition(path, QStringLiteral("other-2024"));
    QVERIFY(!otherEdition.load(&error));
    QVERIFY(otherEdition.notes().isEmpty());
    QVERIFY2(error.contains(QLatin1String("another edition")), qPrintable(error));
}

void ChangeLogTest::damagedFileIsEmptyAndSaysSo_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not json") << QByteArray("{\"type\": \"workshop-companion-chan");
    QTest::newRow("other type") << QByteArray(R"({"type": "x", "format": 1})");
    QTest::newRow("bad note") << QByteArray(
        R"({"type": "workshop-companion-changes", "format": 1, "edition": "testshop-2024",)"
        R"( "notes": [{"entity": "planet", "id": "x", "change": "added"}]})");
}

void ChangeLogTest::damagedFileIsEmptyAndSaysSo()
{
    QFETCH(QByteArray, content);
    const auto path = m_tmp.filePath(QStringLiteral("damaged.json"));
    QVERIFY(wc::test::writeFile(path, content));
    wc::ChangeLog log(path, QStringLiteral("testshop-2024"));
    QString error;
    QVERIFY(!log.load(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY(log.notes().isEmpty());
}

QTEST_GUILESS_MAIN(ChangeLogTest)
#include "tst_changelog.moc"
