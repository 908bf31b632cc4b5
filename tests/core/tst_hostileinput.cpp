// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// Hostile and broken input ends in a clear error at the right place, never
// in a crash, a hang or unbounded memory. (CTest's timeout catches a hang.)

#include "loaderlimits.h"
#include "programloader.h"
#include "testsupport.h"
#include "yamldocument.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wc;

class HostileInputTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void rejected_data();
    void rejected();
    void acceptedVariants_data();
    void acceptedVariants();
    void oversizedFileIsRefusedBeforeParsing();
    void aliasesWithinLimitsAreExpanded();
    void hostileWorkshopFileGivesProblemsNotAProgram();
};

void HostileInputTest::rejected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("syntax error") << QByteArray("title: [a, b\nid: x\n") << 2 << 3
                                  << "YAML syntax error";
    QTest::newRow("invalid UTF-8")
        << QByteArray("title: caf\xC3(\n") << 1 << 11 << "invalid UTF-8 (byte 0xc3)";
    QTest::newRow("overlong UTF-8")
        << QByteArray("a: 1\nb: \xC0\xAF\n") << 2 << 4 << "invalid UTF-8";
    QTest::newRow("UTF-16 surrogate")
        << QByteArray("a: \xED\xA0\x80\n") << 1 << 4 << "invalid UTF-8";
    QTest::newRow("truncated sequence") << QByteArray("a: \xE2\x82") << 1 << 4 << "invalid UTF-8";
    QTest::newRow("UTF-16 file") << QByteArray("\xFF\xFEt\0i\0", 6) << 1 << 1 << "invalid UTF-8";
    QTest::newRow("NUL byte") << QByteArray("a: 1\nb: x\0y\n", 12) << 2 << 5 << "a NUL byte";
    QTest::newRow("empty") << QByteArray() << 1 << 1 << "file is empty";
    QTest::newRow("only comments")
        << QByteArray("# nothing here\n\n  \n---\n") << 1 << 1 << "file is empty";
    QTest::newRow("too deep, flow") << QByteArray(65, '[') + QByteArray(65, ']') << 1 << 65
                                    << "nesting is deeper than 64 levels";
    // yaml-cpp's scanner reads ahead in long flow runs, so its marks there lag;
    // the line is still right.
    QTest::newRow("100000 brackets")
        << QByteArray(100000, '[') << 1 << -1 << "nesting is deeper than 64 levels";
    QByteArray block;
    for (int i = 0; i < 70; ++i)
        block += QByteArray(i * 2, ' ') + "k:\n";
    QTest::newRow("too deep, block") << block << 65 << 129 << "nesting is deeper than 64 levels";
    QByteArray bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 10; ++i) {
        bomb += QStringLiteral("a%1: &a%1 [").arg(i).toUtf8();
        for (int k = 0; k < 10; ++k)
            bomb += QStringLiteral("*a%1%2")
                        .arg(i - 1)
                        .arg(k < 9 ? QStringLiteral(", ") : QString())
                        .toUtf8();
        bomb += "]\n";
    }
    // The eighth alias on line 6 pushes the expansion past the limit.
    QTest::newRow("billion laughs") << bomb << 6 << 45 << "aliases expand to more than";
    QTest::newRow("alias cycle") << QByteArray("&a [*a]") << 1 << 5 << "alias cycle";
    QTest::newRow("map alias cycle") << QByteArray("&m {k: *m}") << 1 << 8 << "alias cycle";
    QTest::newRow("lone comma") << QByteArray(",") << 1 << 1 << "one YAML document";
    QTest::newRow("two documents")
        << QByteArray("a: 1\n---\nb: 2\n") << 1 << 1 << "one YAML document";
    QTest::newRow("duplicate key")
        << QByteArray("a: 1\nb: 2\na: 3\n") << 3 << 1 << "duplicate key 'a' (first at line 1)";
    QByteArray manyKeys;
    for (int i = 0; i < 5000; ++i)
        manyKeys += QStringLiteral("k%1: v\n").arg(i).toUtf8();
    manyKeys += "k17: again\n";
    QTest::newRow("duplicate key in a large map")
        << manyKeys << 5001 << 1 << "duplicate key 'k17' (first at line 18)";
    QTest::newRow("unknown alias") << QByteArray("a: *nothing\n") << 1 << 4 << "YAML syntax error";
    QTest::newRow("long text") << QByteArray("a: ") + QByteArray(limits::maxTextBytes + 1, 'x') << 1
                               << 4 << "text is 1024 KiB long";
}

void HostileInputTest::rejected()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const auto doc = YamlDocument::parse(QStringLiteral("workshop.yaml"), bytes);
    QVERIFY2(!doc.problems().isEmpty(), "no problem reported");
    const auto &problem = doc.problems().constFirst();
    QCOMPARE(problem.file, QStringLiteral("workshop.yaml"));
    QVERIFY(problem.isError());
    QVERIFY2(problem.message.contains(message), qPrintable(problem.toString()));
    QCOMPARE(problem.line, line);
    if (column > 0)
        QCOMPARE(problem.column, column);
}

void HostileInputTest::acceptedVariants_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFtitle: x\nid: y\n");
    QTest::newRow("CRLF") << QByteArray("title: x\r\nid: y\r\n");
    QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBFtitle: x\r\nid: y\r\n");
    QTest::newRow("64 levels") << QByteArray(64, '[') + QByteArray(64, ']');
    QTest::newRow("non-ASCII") << QByteArray("title: Müller – 東京 🎉\nid: y\n");
}

void HostileInputTest::acceptedVariants()
{
    QFETCH(QByteArray, bytes);
    const auto doc = YamlDocument::parse(QStringLiteral("workshop.yaml"), bytes);
    QVERIFY2(doc.problems().isEmpty(), qPrintable(doc.problems().value(0).toString()));
    QVERIFY(doc.root());
    if (doc.root()->isMap()) {
        QCOMPARE(doc.root()->find("id")->scalar, std::string("y"));
        // The second key is on line 2, column 1 whatever the BOM and line ends.
        QCOMPARE(doc.root()->mapKey(1)->position.line, 2);
        QCOMPARE(doc.root()->mapKey(1)->position.column, 1);
    }
}

void HostileInputTest::oversizedFileIsRefusedBeforeParsing()
{
    QTemporaryDir dir;
    QVERIFY(test::copyFolder(test::dataPath(QStringLiteral("valid")), dir.path()));
    QFile file(QDir(dir.path()).filePath(QStringLiteral("papers.yaml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Sparse: the size is what counts, and a parser reading it would take ages.
    QVERIFY(file.resize(qint64(limits::maxFileBytes) + 1024 * 1024));
    file.close();

    const auto result = loadProgramFolder(dir.path());
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems[0].toString(),
        QStringLiteral("papers.yaml:1:1: error: file is 17 MiB; the limit is 16 MiB"));
}

void HostileInputTest::aliasesWithinLimitsAreExpanded()
{
    const auto doc = YamlDocument::parse(QStringLiteral("speakers.yaml"),
        "common: &links {site: https://example.org}\n"
        "a: *links\nb: *links\n");
    QVERIFY(doc.problems().isEmpty());
    QCOMPARE(doc.root()->find("b")->find("site")->scalar, std::string("https://example.org"));
}

void HostileInputTest::hostileWorkshopFileGivesProblemsNotAProgram()
{
    QTemporaryDir dir;
    QVERIFY(test::copyFolder(test::dataPath(QStringLiteral("valid")), dir.path()));
    QVERIFY(test::writeFile(QDir(dir.path()).filePath(QStringLiteral("program.yaml")), "&a [*a]"));
    const auto result = loadProgramFolder(dir.path());
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.constFirst().toString(),
        QStringLiteral(
            "program.yaml:1:5: error: alias refers to a node that contains it (an alias cycle)"));
}

QTEST_GUILESS_MAIN(HostileInputTest)
#include "tst_hostileinput.moc"
