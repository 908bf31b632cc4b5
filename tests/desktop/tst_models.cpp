// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// The QML-facing models: consistent under QAbstractItemModelTester, and
// serving the bundled program as the golden file records.

#include "bookmarks.h"
#include "myschedulemodel.h"
#include "programrepository.h"
#include "timedisplay.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class ModelsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sessionsOfTheBundledProgram();
    void brokenFolderKeepsTheShownProgram();
    void problemsOfABrokenFolder();
    void myScheduleWithChangedAndRemovedItems();

private:
    // The services a repository needs, in a fixed zone so the dumps are stable.
    struct Fixture {
        QTemporaryDir storeDir;
        TimeDisplay timeDisplay;
        Bookmarks bookmarks{storeDir.path(), &timeDisplay};
        ProgramRepository repository{&timeDisplay, &bookmarks, wc::UrlCache(QString())};
    };
    static QByteArray dump(const QAbstractItemModel &model);
};

QByteArray ModelsTest::dump(const QAbstractItemModel &model)
{
    QByteArray out;
    const auto roles = model.roleNames();
    QList<int> keys = roles.keys();
    std::sort(keys.begin(), keys.end());
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto index = model.index(row, 0);
        out += "- row " + QByteArray::number(row) + '\n';
        for (const int role : keys) {
            auto value = index.data(role);
            const auto text = value.metaType().id() == QMetaType::QDateTime
                ? value.toDateTime().toString(Qt::ISODate)
                : value.toString();
            out += "  " + roles[role] + ": " + text.toUtf8() + '\n';
        }
    }
    return out;
}

void ModelsTest::sessionsOfTheBundledProgram()
{
    Fixture fixture;
    auto &repository = fixture.repository;
    QAbstractItemModelTester sessionTester(
        repository.sessions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester problemTester(
        repository.problems(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(repository.loadNow(wc::test::bundledPath()));
    QVERIFY(repository.isLoaded());
    QCOMPARE(repository.title(), QStringLiteral("ML for Systems"));
    QCOMPARE(repository.problems()->rowCount(), 0);
    QCOMPARE(repository.sessions()->rowCount(), 18);
    const auto diff = wc::test::compareWithGolden(
        dump(*repository.sessions()), QStringLiteral("golden/sessions-neurips2023.txt"));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

// A store saved before the program changed: a talk moved, a panel is gone,
// a paper was retracted. My Schedule shows all of it, in time order.
void ModelsTest::myScheduleWithChangedAndRemovedItems()
{
    Fixture fixture;
    const auto store = QDir(fixture.storeDir.path()).filePath(QStringLiteral("mlforsys-neurips2023.json"));
    QVERIFY(QFile::copy(wc::test::dataPath(QStringLiteral("bookmarks/mlforsys-neurips2023.json")), store));
    MyScheduleModel schedule(&fixture.bookmarks, &fixture.timeDisplay);
    QAbstractItemModelTester tester(&schedule, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(schedule.rowCount(), 0);
    QVERIFY(fixture.repository.loadNow(wc::test::bundledPath()));
    QCOMPARE(schedule.rowCount(), 6);
    QCOMPARE(schedule.changedCount(), 3);
    const auto diff = wc::test::compareWithGolden(dump(schedule), QStringLiteral("golden/myschedule-neurips2023.txt"));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // Seeing the move and removing the tombstones leaves a plain schedule.
    fixture.bookmarks.acknowledge(Bookmarks::Kind::Session, QStringLiteral("talk-dally"));
    fixture.bookmarks.setBookmarked(Bookmarks::Kind::Session, QStringLiteral("panel-afternoon"), false);
    fixture.bookmarks.setBookmarked(Bookmarks::Kind::Paper, QStringLiteral("22"), false);
    QCOMPARE(schedule.rowCount(), 4);
    QCOMPARE(schedule.changedCount(), 0);
    // A retracted paper's bookmark, once removed, cannot come back.
    fixture.bookmarks.setBookmarked(Bookmarks::Kind::Paper, QStringLiteral("22"), true);
    QCOMPARE(schedule.rowCount(), 4);
}

void ModelsTest::brokenFolderKeepsTheShownProgram()
{
    Fixture fixture;
    auto &repository = fixture.repository;
    QVERIFY(repository.loadNow(wc::test::bundledPath()));
    QVERIFY(!repository.loadNow(wc::test::dataPath(QStringLiteral("broken"))));
    QVERIFY(repository.isLoaded());
    QCOMPARE(repository.title(), QStringLiteral("ML for Systems"));
    QCOMPARE(repository.sessions()->rowCount(), 18);
    QVERIFY(repository.problems()->errorCount() > 0);
}

void ModelsTest::problemsOfABrokenFolder()
{
    Fixture fixture;
    auto &repository = fixture.repository;
    QAbstractItemModelTester tester(
        repository.problems(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!repository.loadNow(wc::test::dataPath(QStringLiteral("broken"))));
    QVERIFY(!repository.isLoaded());
    const auto *problems = repository.problems();
    QVERIFY(problems->rowCount() > 0);
    const auto first = problems->index(0, 0);
    QCOMPARE(first.data(ProblemListModel::LocationRole).toString(),
        QStringLiteral("%1:%2:%3")
            .arg(first.data(ProblemListModel::FileRole).toString())
            .arg(first.data(ProblemListModel::LineRole).toInt())
            .arg(first.data(ProblemListModel::ColumnRole).toInt()));
    const auto diff =
        wc::test::compareWithGolden(dump(*problems), QStringLiteral("golden/problems-broken.txt"));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

QTEST_GUILESS_MAIN(ModelsTest)
#include "tst_models.moc"
