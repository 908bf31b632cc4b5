// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// One test per rule of the data format: each folder under tests/data/rules
// breaks the valid fixture in one way (a replacement file, or DELETE naming a
// file to remove), and expected.txt lists exactly the problems the loader
// must report: file, line, column, severity and message.

#include "jsonexport.h"
#include "programloader.h"
#include "testsupport.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wc;

class LoaderRulesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validFixtureLoadsClean();
    void filesInMemoryLoadAsTheFolder();
    void rule_data();
    void rule();
};

void LoaderRulesTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void LoaderRulesTest::validFixtureLoadsClean()
{
    const auto result = loadProgramFolder(test::dataPath(QStringLiteral("valid")));
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).toString()));
    QVERIFY(result.ok());
}

// loadProgramFiles() is the loader on files in memory (the fuzzers use it):
// the same problems and the same program as from the folder, manifest
// checks included.
void LoaderRulesTest::filesInMemoryLoadAsTheFolder()
{
    const auto bundled = test::bundledPath();
    const auto onDisk = loadProgramFolder(bundled);
    const auto inMemory = loadProgramFiles(test::readFolder(bundled));
    QVERIFY(onDisk.ok());
    QVERIFY(inMemory.ok());
    QVERIFY(inMemory.program->manifest);
    QCOMPARE(programToJson(*inMemory.program), programToJson(*onDisk.program));
    QCOMPARE(loadManifest(test::readFolder(bundled))->version, loadManifest(bundled)->version);

    // A listed file missing and another changed since publishing.
    QTemporaryDir folder;
    QVERIFY(test::copyFolder(bundled, folder.path()));
    const QDir dir(folder.path());
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("speakers.yaml"))));
    const auto papers = dir.filePath(QStringLiteral("papers.yaml"));
    QVERIFY(test::writeFile(papers, test::readFile(papers) + "# changed\n"));
    const auto broken = loadProgramFolder(folder.path());
    QVERIFY(broken.problems.size() > 2);
    QCOMPARE(loadProgramFiles(test::readFolder(folder.path())).problems, broken.problems);
}

void LoaderRulesTest::rule_data()
{
    QTest::addColumn<QString>("ruleDir");
    const QDir rules(test::dataPath(QStringLiteral("rules")));
    const auto names = rules.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(names.size() >= 40, "the rule fixtures are missing");
    for (const auto &name : names)
        QTest::newRow(qPrintable(name)) << rules.filePath(name);
}

void LoaderRulesTest::rule()
{
    QFETCH(QString, ruleDir);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(test::copyFolder(test::dataPath(QStringLiteral("valid")), folder.path()));

    const QDir rule(ruleDir);
    bool changed = false;
    for (const auto &name : rule.entryList(QDir::Files)) {
        if (name == QLatin1String("expected.txt"))
            continue;
        if (name == QLatin1String("DELETE")) {
            const auto victim = QString::fromUtf8(test::readFile(rule.filePath(name)).trimmed());
            QVERIFY(QFile::remove(QDir(folder.path()).filePath(victim)));
        } else {
            const auto target = QDir(folder.path()).filePath(name);
            QFile::remove(target);
            QVERIFY(QFile::copy(rule.filePath(name), target));
        }
        changed = true;
    }
    QVERIFY2(changed, "the rule changes nothing");

    QStringList expected;
    for (const auto &line :
        test::readFile(rule.filePath(QStringLiteral("expected.txt"))).split('\n')) {
        if (!line.trimmed().isEmpty())
            expected.append(QString::fromUtf8(line));
    }
    QVERIFY2(!expected.isEmpty(), "expected.txt lists no problem");

    const auto result = loadProgramFolder(folder.path());
    QStringList actual;
    for (const auto &problem : result.problems)
        actual.append(problem.toString());
    QCOMPARE(actual, expected);
    QCOMPARE(loadProgramFiles(test::readFolder(folder.path())).problems, result.problems);
    // Errors stop loading, warnings never do.
    const bool hasError = std::any_of(result.problems.begin(), result.problems.end(),
        [](const Problem &p) { return p.isError(); });
    QCOMPARE(result.ok(), !hasError);
}

QTEST_GUILESS_MAIN(LoaderRulesTest)
#include "tst_loaderrules.moc"
