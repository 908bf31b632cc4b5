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
    void hostileFileGivesProblemsNotAProgram_data();
    void hostileFileGivesProblemsNotAProgram();
};

void HostileInputTest::rejected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("syntax error") << QByteArray("title: [a, b\nid: x\n") << 2 << 3
                                  << "YAML syntax error";
    // Found by fuzz_manifest: yaml-cpp marks this two columns past the end.
    QTest::newRow("escape cut off at the end")
        << QByteArray("a: 1\nb: \"\\x") << 2 << 7 << "YAML syntax error";
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
    // Found by fuzz_manifest: no document and no error used to leave a
    // file unread without a word, so a folder loaded without it.
    QTest::newRow("only a directive") << QByteArray("%YAML 1.2\n") << 1 << 1 << "file is empty";
    QTest::newRow("only an unknown directive")
        << QByteArray("%[!!seq :") << 1 << 1 << "file is empty";
    QTest::newRow("too deep, flow") << QByteArray(65, '[') + QByteArray(65, ']') << 1 << 65
                                    << "nesting is deeper than 64 levels";
    // yaml-cpp's CVE reproducers: stack exhaustion by deep nesting. Flow
    // nesting is counted before yaml-cpp reads ahead through the whole run.
    QTest::newRow("CVE-2019-6285: 100000 brackets")
        << QByteArray(100000, '[') << 1 << 65 << "nesting is deeper than 64 levels";
    QTest::newRow("CVE-2017-5950: compact maps in flow sequences")
        << QByteArray("[a: ").repeated(25000) << 1 << 257 << "nesting is deeper than 64 levels";
    QTest::newRow("CVE-2018-20573: flow maps and sequences")
        << QByteArray("{[").repeated(50000) << 1 << 65 << "nesting is deeper than 64 levels";
    QTest::newRow("CVE-2018-20574: flow maps")
        << QByteArray("{a: ").repeated(25000) << 1 << 257 << "nesting is deeper than 64 levels";
    QTest::newRow("CVE-2019-6292: block sequences") << QByteArray("- ").repeated(50000) +
            "x\n" << 1 << 129 << "nesting is deeper than 64 levels";
    // Before flow nesting was counted first, yaml-cpp held 240 MB for this.
    QTest::newRow("a MiB of braces")
        << QByteArray(1024 * 1024, '{') << 1 << 65 << "nesting is deeper than 64 levels";
    QByteArray blockThenFlow;
    for (int i = 0; i < 40; ++i)
        blockThenFlow += QByteArray(i * 2, ' ') + "k:\n";
    blockThenFlow += QByteArray(80, ' ') + QByteArray(30, '[') + QByteArray(30, ']') + "\n";
    QTest::newRow("block nesting, then flow nesting")
        << blockThenFlow << 41 << 105 << "nesting is deeper than 64 levels";
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
    // The line took the place of the key's own "%1".
    QTest::newRow("duplicate key with a place marker")
        << QByteArray("'%1': 1\n'%1': 2\n") << 2 << 1 << "duplicate key '%1' (first at line 1)";
    QByteArray manyKeys;
    for (int i = 0; i < 5000; ++i)
        manyKeys += QStringLiteral("k%1: v\n").arg(i).toUtf8();
    manyKeys += "k17: again\n";
    QTest::newRow("duplicate key in a large map")
        << manyKeys << 5001 << 1 << "duplicate key 'k17' (first at line 18)";
    QTest::newRow("unknown alias") << QByteArray("a: *nothing\n") << 1 << 4 << "YAML syntax error";
    QTest::newRow("long text") << QByteArray("a: ") + QByteArray(limits::maxTextBytes + 1, 'x') << 1
                               << 4 << "text is 1024 KiB long";
    QTest::newRow("32 MiB scalar") << QByteArray("a: ") + QByteArray(32 * 1024 * 1024, 'x') << 1
                                   << 1 << "file is larger than the limit of 16 MiB";
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
    // Brackets that open no flow collection do not count towards the nesting.
    const QByteArray brackets(70, '[');
    QTest::newRow("brackets in text") << "title: \"" + brackets + "\"\nid: y\n# " + brackets +
            "\nnote: 'it''s " + brackets + "'\nplain: a" + brackets + "\n";
    QTest::newRow("brackets in a block scalar") << "title: x\nid: y\nabstract: |\n\n  " + brackets +
            "\n    " + brackets + "\nnote: >-\n  " + brackets + "\n";
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

void HostileInputTest::hostileFileGivesProblemsNotAProgram_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");

    const auto tooDeep = QStringLiteral("error: nesting is deeper than 64 levels");
    QTest::newRow("alias cycle") << QStringLiteral("program.yaml") << QByteArray("&a [*a]")
                                 << QStringLiteral("program.yaml:1:5: error: alias refers to a "
                                                   "node that contains it (an alias cycle)");
    QTest::newRow("CVE-2019-6285: 100000 brackets")
        << QStringLiteral("workshop.yaml") << QByteArray(100000, '[')
        << QStringLiteral("workshop.yaml:1:65: ") + tooDeep;
    QTest::newRow("CVE-2018-20574: flow maps")
        << QStringLiteral("speakers.yaml") << QByteArray("{a: ").repeated(25000)
        << QStringLiteral("speakers.yaml:1:257: ") + tooDeep;
    QTest::newRow("CVE-2019-6292: block sequences")
        << QStringLiteral("papers.yaml") << QByteArray("- ").repeated(50000)
        << QStringLiteral("papers.yaml:1:129: ") + tooDeep;
    QTest::newRow("CVE-2017-11692: a lone tag")
        << QStringLiteral("workshop.yaml") << QByteArray("!2\n")
        << QStringLiteral("workshop.yaml:1:1: error: the top level must be a mapping of keys to "
                          "values, found nothing");
    QTest::newRow("lone comma") << QStringLiteral("program.yaml") << QByteArray(",")
                                << QStringLiteral("program.yaml:1:1: error: a file holds one YAML "
                                                  "document; remove the extra '---'");
    QTest::newRow("only a directive")
        << QStringLiteral("workshop.yaml") << QByteArray("%YAML 1.2\n")
        << QStringLiteral("workshop.yaml:1:1: error: file is empty");
}

// The real loader's path: a folder on disk, and the same files in memory.
void HostileInputTest::hostileFileGivesProblemsNotAProgram()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);

    QTemporaryDir dir;
    QVERIFY(test::copyFolder(test::dataPath(QStringLiteral("valid")), dir.path()));
    QVERIFY(test::writeFile(QDir(dir.path()).filePath(file), bytes));
    const auto result = loadProgramFolder(dir.path());
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.constFirst().toString(), problem);

    auto files = test::readFolder(test::dataPath(QStringLiteral("valid")));
    files.insert(file, bytes);
    const auto inMemory = loadProgramFiles(files);
    QVERIFY(!inMemory.ok());
    QCOMPARE(inMemory.problems, result.problems);
}

QTEST_GUILESS_MAIN(HostileInputTest)
#include "tst_hostileinput.moc"
