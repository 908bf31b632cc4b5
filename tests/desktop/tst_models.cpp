// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// The QML-facing models: consistent under QAbstractItemModelTester, and
// serving the bundled program as the golden file records.

#include "bookmarks.h"
#include "programrepository.h"
#include "timedisplay.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

class ModelsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sessionsOfTheBundledProgram();
    void brokenFolderKeepsTheShownProgram();
    void problemsOfABrokenFolder();

private:
    // The services a repository needs, in a fixed zone so the dumps are stable.
    struct Fixture {
        TimeDisplay timeDisplay;
        Bookmarks bookmarks;
        ProgramRepository repository{&timeDisplay, &bookmarks, wc::PhotoCache(QString())};
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
