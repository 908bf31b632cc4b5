// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// workshop-program as organizers run it: output compared with golden files,
// exit codes as documented.

#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class CliTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void golden_data();
    void golden();
    void usageErrors_data();
    void usageErrors();
    void version();
    void exportIsByteForByteStable_data();
    void exportIsByteForByteStable();
    void exportIcsSkipsPapersWithoutPoster();
    void publishWritesAManifestThatValidates();
    void publishRefusesAnInvalidFolder();
    void diffWithoutChanges();
    void syncExitCodes();
    void diffRefusesAnInvalidFolder_data();
    void diffRefusesAnInvalidFolder();
    void importPapers();
    void importPapersRefusesToPruneListedPapers();
    void importPapersRejectsAnInvalidCsv();
    void importPapersUsageErrors();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args, const QString &workingDir = wc::test::dataPath(QString()),
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
};

CliTest::Run CliTest::run(
    const QStringList &args, const QString &workingDir, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProgram(QStringLiteral(WC_CLI_PATH));
    process.setArguments(args);
    process.setWorkingDirectory(workingDir);
    process.setProcessEnvironment(env);
    process.start();
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void CliTest::golden_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("golden");

    QTest::newRow("validate valid")
        << QStringList {QStringLiteral("validate"), QStringLiteral("valid")} << 0
        << "golden/cli/validate-valid.txt";
    QTest::newRow("validate broken")
        << QStringList {QStringLiteral("validate"), QStringLiteral("broken")} << 1
        << "golden/cli/validate-broken.txt";
    QTest::newRow("validate warnings")
        << QStringList {QStringLiteral("validate"), QStringLiteral("warnings")} << 0
        << "golden/cli/validate-warnings.txt";
    QTest::newRow("export json") << QStringList {QStringLiteral("export"), QStringLiteral("json"),
                                        QStringLiteral("valid")}
                                 << 0 << "golden/cli/export-valid.json";
    QTest::newRow("export ics") << QStringList {QStringLiteral("export"), QStringLiteral("ics"),
                                       QStringLiteral("valid")}
                                << 0 << "golden/cli/export-valid.ics";
    QTest::newRow("export ics --ids")
        << QStringList {QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("valid"),
               QStringLiteral("--ids"), QStringLiteral("invited-1,paper:3,keynote-1")}
        << 0 << "golden/cli/export-valid-ids.ics";
    QTest::newRow("help") << QStringList {QStringLiteral("--help")} << 0 << "golden/cli/help.txt";
    QTest::newRow("validate help")
        << QStringList {QStringLiteral("validate"), QStringLiteral("--help")} << 0
        << "golden/cli/validate-help.txt";
    QTest::newRow("diff") << QStringList {QStringLiteral("diff"), QStringLiteral("diff/old"),
                                 QStringLiteral("diff/new")}
                          << 0 << "golden/cli/diff.txt";
    QTest::newRow("diff --json") << QStringList {QStringLiteral("diff"), QStringLiteral("diff/old"),
                                        QStringLiteral("diff/new"), QStringLiteral("--json")}
                                 << 0 << "golden/cli/diff.json";
}

void CliTest::golden()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, golden);
    // The ics export stamps a folder without manifest with this time.
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1721973600"));
    const auto result = run(args, wc::test::dataPath(QString()), env);
    QCOMPARE(result.exitCode, exitCode);
    const auto diff = wc::test::compareWithGolden(result.out, golden);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void CliTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no arguments") << QStringList() << "Usage: workshop-program";
    QTest::newRow("unknown command")
        << QStringList {QStringLiteral("frobnicate")} << "unknown command 'frobnicate'";
    QTest::newRow("missing folder argument")
        << QStringList {QStringLiteral("validate")} << "validate takes 1 argument";
    QTest::newRow("no such folder")
        << QStringList {QStringLiteral("validate"), QStringLiteral("no-such-folder")}
        << "no-such-folder: no such folder";
    QTest::newRow("a file, not a folder")
        << QStringList {QStringLiteral("validate"), QStringLiteral("valid/program.yaml")}
        << "valid/program.yaml: not a folder";
    QTest::newRow("unknown export format")
        << QStringList {QStringLiteral("export"), QStringLiteral("xml"), QStringLiteral("valid")}
        << "unknown export format 'xml'";
    QTest::newRow("unknown session id")
        << QStringList {QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("valid"),
               QStringLiteral("--ids"), QStringLiteral("opening,no-such-session")}
        << "unknown session 'no-such-session'";
    QTest::newRow("unknown paper id")
        << QStringList {QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("valid"),
               QStringLiteral("--ids"), QStringLiteral("paper:3,paper:404")}
        << "unknown paper '404'";
    QTest::newRow("empty --ids") << QStringList {QStringLiteral("export"), QStringLiteral("ics"),
                                        QStringLiteral("valid"), QStringLiteral("--ids"),
                                        QStringLiteral(",")}
                                 << "--ids names no session";
    QTest::newRow("--ids with json")
        << QStringList {QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("valid"),
               QStringLiteral("--ids"), QStringLiteral("opening")}
        << "--ids applies to ics only";
    QTest::newRow("unknown option") << QStringList {QStringLiteral("validate"),
                                           QStringLiteral("--frob"), QStringLiteral("valid")}
                                    << "Unknown option 'frob'";
    QTest::newRow("diff with one folder")
        << QStringList {QStringLiteral("diff"), QStringLiteral("valid")}
        << "diff takes 2 argument(s)";
    QTest::newRow("diff with no such new folder")
        << QStringList {QStringLiteral("diff"), QStringLiteral("valid"),
               QStringLiteral("no-such-folder")}
        << "no-such-folder: no such folder";
}

void CliTest::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto result = run(args);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void CliTest::version()
{
    const auto result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("workshop-program " WC_VERSION "\n"));
}

void CliTest::exportIsByteForByteStable_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << QStringLiteral("json");
    // The bundled folder has a manifest: its time stamps the events, not the clock.
    QTest::newRow("ics") << QStringLiteral("ics");
}

void CliTest::exportIsByteForByteStable()
{
    QFETCH(QString, format);
    const QStringList args {QStringLiteral("export"), format, wc::test::bundledPath()};
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SOURCE_DATE_EPOCH"));
    const auto first = run(args, wc::test::dataPath(QString()), env);
    QTest::qSleep(1100);
    const auto second = run(args, wc::test::dataPath(QString()), env);
    QCOMPARE(first.exitCode, 0);
    QVERIFY(first.out.size() > 10000);
    QCOMPARE(first.out, second.out);
}

void CliTest::exportIcsSkipsPapersWithoutPoster()
{
    const auto result = run({QStringLiteral("export"), QStringLiteral("ics"),
        QStringLiteral("valid"), QStringLiteral("--ids"), QStringLiteral("paper:1,paper:3")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains("paper '1' has no poster session; not exported"),
        result.err.constData());
    QVERIFY(!result.out.contains("UID:testshop-2024/paper/1@"));
    QVERIFY(result.out.contains("UID:testshop-2024/paper/3@workshop-companion\r\n"));
}

void CliTest::publishWritesAManifestThatValidates()
{
    QTemporaryDir dir;
    QVERIFY(wc::test::copyFolder(wc::test::dataPath(QStringLiteral("valid")), dir.path()));
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1721973600"));

    auto result = run({QStringLiteral("publish"), QStringLiteral(".")}, dir.path(), env);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith("published "), result.out.constData());
    QVERIFY2(result.out.endsWith(" version 1: 4 files\n"), result.out.constData());
    const auto manifest =
        wc::test::readFile(QDir(dir.path()).filePath(QStringLiteral("manifest.yaml")));
    QVERIFY2(manifest.contains("published: \"2024-07-26T08:00:00+02:00\"\n"), manifest.constData());

    result = run({QStringLiteral("validate"), QStringLiteral(".")}, dir.path(), env);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith("0 errors, 0 warnings"), result.out.constData());

    result = run({QStringLiteral("publish"), QStringLiteral(".")}, dir.path(), env);
    QVERIFY2(result.out.endsWith(" version 2: 4 files\n"), result.out.constData());
}

void CliTest::publishRefusesAnInvalidFolder()
{
    QTemporaryDir dir;
    QVERIFY(wc::test::copyFolder(wc::test::dataPath(QStringLiteral("broken")), dir.path()));
    const auto result = run({QStringLiteral("publish"), QStringLiteral(".")}, dir.path());
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("has errors; not published"), result.err.constData());
    QVERIFY(!QFile::exists(QDir(dir.path()).filePath(QStringLiteral("manifest.yaml"))));
}

// One site on loopback, in a process of its own (the CLI runs while this
// test waits for it): updated, up to date, rejected, then unreachable.
void CliTest::syncExitCodes()
{
    QTemporaryDir tmp;
    const auto site = tmp.filePath(QStringLiteral("site"));
    const auto copy = tmp.filePath(QStringLiteral("copy"));
    QVERIFY(wc::test::copyFolder(wc::test::dataPath(QStringLiteral("valid")), site));
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1721973600"));
    QCOMPARE(run({QStringLiteral("publish"), site}, tmp.path(), env).exitCode, 0);

    QProcess server;
    server.start(QStringLiteral(WC_HTTP_SERVER), {site, QStringLiteral("/none")});
    QVERIFY(server.waitForReadyRead(10000));
    const auto port = server.readLine().trimmed().split(' ').value(1);
    const auto url = QStringLiteral("http://127.0.0.1:%1/").arg(QString::fromLatin1(port));

    auto result = run({QStringLiteral("sync"), url, copy}, tmp.path());
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(copy.toUtf8() + " updated to version 1\n"), result.out.constData());
    QVERIFY2(result.out.contains("session keynote-1 added: "), result.out.constData());
    QCOMPARE(run({QStringLiteral("validate"), copy}, tmp.path()).exitCode, 0);

    result = run({QStringLiteral("sync"), url, copy}, tmp.path());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, copy.toUtf8() + " is up to date (version 1)\n");

    // Version 2 whose program.yaml is not what its manifest says.
    const auto program = QDir(site).filePath(QStringLiteral("program.yaml"));
    QVERIFY(wc::test::writeFile(
        program, wc::test::readFile(program).replace("start: \"09:15\"", "start: \"09:16\"")));
    QCOMPARE(run({QStringLiteral("publish"), site}, tmp.path(), env).exitCode, 0);
    QVERIFY(wc::test::writeFile(
        program, wc::test::readFile(program).replace("start: \"09:16\"", "start: \"09:17\"")));
    const auto before = wc::test::readFile(QDir(copy).filePath(QStringLiteral("program.yaml")));
    result = run({QStringLiteral("sync"), url, copy}, tmp.path());
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("update rejected: program.yaml failed its checksum"),
        result.err.constData());
    QVERIFY2(result.err.contains("still holds version 1"), result.err.constData());
    QCOMPARE(wc::test::readFile(QDir(copy).filePath(QStringLiteral("program.yaml"))), before);

    server.kill();
    server.waitForFinished(5000);
    result = run({QStringLiteral("sync"), url, copy}, tmp.path());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("sync failed: could not fetch manifest.yaml"), result.err.constData());
}

void CliTest::diffWithoutChanges()
{
    auto result = run({QStringLiteral("diff"), QStringLiteral("valid"), QStringLiteral("valid")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("No changes.\n"));
    QVERIFY(result.err.isEmpty());
    result = run({QStringLiteral("diff"), QStringLiteral("--json"), QStringLiteral("valid"),
        QStringLiteral("diff/old")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("[]\n"));
}

void CliTest::diffRefusesAnInvalidFolder_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("old broken") << QStringList {
        QStringLiteral("diff"), QStringLiteral("broken"), QStringLiteral("valid")};
    QTest::newRow("new broken") << QStringList {QStringLiteral("diff"), QStringLiteral("valid"),
        QStringLiteral("broken"), QStringLiteral("--json")};
}

void CliTest::diffRefusesAnInvalidFolder()
{
    QFETCH(QStringList, args);
    const auto result = run(args);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    // Where the errors are, as validate prints them, and that nothing was compared.
    QVERIFY2(result.err.contains("broken/workshop.yaml:8:11: error: unknown time zone"),
        result.err.constData());
    QVERIFY2(result.err.contains("workshop-program: broken has errors; nothing compared"),
        result.err.constData());
    QVERIFY(!result.err.contains("valid has errors"));
}

// A copy of tests/data/valid as "program" and the fixture CSV as "papers.csv"
// in one folder, so that every path in the output is relative to it.
void CliTest::importPapers()
{
    QTemporaryDir tmp;
    QVERIFY(wc::test::copyFolder(
        wc::test::dataPath(QStringLiteral("valid")), tmp.filePath(QStringLiteral("program"))));
    QVERIFY(QFile::copy(wc::test::dataPath(QStringLiteral("import/papers.csv")),
        tmp.filePath(QStringLiteral("papers.csv"))));
    const QStringList args {
        QStringLiteral("import-papers"), QStringLiteral("papers.csv"), QStringLiteral("program")};
    const auto papers = tmp.filePath(QStringLiteral("program/papers.yaml"));

    auto result = run(args, tmp.path());
    QCOMPARE(result.exitCode, 0);
    auto diff =
        wc::test::compareWithGolden(result.out, QStringLiteral("import/expected-stdout.txt"));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // The extra column, then what the folder gained (papers not yet in a session).
    diff = wc::test::compareWithGolden(result.err, QStringLiteral("import/expected-stderr.txt"));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    const auto written = wc::test::readFile(papers);
    diff = wc::test::compareWithGolden(written, QStringLiteral("import/expected-papers.yaml"));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(run({QStringLiteral("validate"), QStringLiteral("program")}, tmp.path()).exitCode, 0);

    // Again: nothing to do, nothing written.
    result = run(args, tmp.path());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out,
        QByteArray("paper 2 not in the CSV, kept: Time Zones Considered Harmful\n"
                   "papers.yaml: 0 added, 0 updated, 5 unchanged, 1 not in the CSV (kept; --prune "
                   "removes)\n"));
    QCOMPARE(result.err, QByteArray("papers.csv:1:10: warning: extra columns ignored: tag\n"));
    QCOMPARE(wc::test::readFile(papers), written);
}

void CliTest::importPapersRefusesToPruneListedPapers()
{
    QTemporaryDir tmp;
    QVERIFY(wc::test::copyFolder(wc::test::dataPath(QStringLiteral("valid")), tmp.path()));
    const auto papers = QDir(tmp.path()).filePath(QStringLiteral("papers.yaml"));
    const QStringList args {QStringLiteral("import-papers"),
        wc::test::dataPath(QStringLiteral("import/papers.csv")), tmp.path(),
        QStringLiteral("--prune")};
    QCOMPARE(run(args).exitCode, 0);
    const auto before = wc::test::readFile(papers);

    // Paper 2 is not in the CSV, but session talks-1 lists it.
    const auto result = run(args);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out,
        QByteArray("paper 2 not in the CSV, kept: session talks-1 lists it\n"
                   "papers.yaml: 0 added, 0 updated, 5 unchanged, 1 not in the CSV but listed by a "
                   "session (kept)\n"));
    QVERIFY2(
        result.err.contains(
            "workshop-program: warning: paper 2 not removed: session talks-1 still lists it\n"),
        result.err.constData());
    QCOMPARE(wc::test::readFile(papers), before);
}

void CliTest::importPapersRejectsAnInvalidCsv()
{
    QTemporaryDir tmp;
    QVERIFY(wc::test::copyFolder(wc::test::dataPath(QStringLiteral("valid")), tmp.path()));
    const auto papers = QDir(tmp.path()).filePath(QStringLiteral("papers.yaml"));
    const auto before = wc::test::readFile(papers);
    const auto result =
        run({QStringLiteral("import-papers"), QStringLiteral("import/invalid.csv"), tmp.path()});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    // Every problem, at its line of the file (a quoted field spans lines 2-3).
    QCOMPARE(result.err,
        QByteArray("import/invalid.csv:4:1: error: row has 3 fields, the header 4 (a value with a "
                   "comma needs double quotes around it)\n"
                   "import/invalid.csv:5:1: error: duplicate id '1' (first on line 2)\n"
                   "workshop-program: import/invalid.csv has errors; nothing imported\n"));
    QCOMPARE(wc::test::readFile(papers), before);
}

void CliTest::importPapersUsageErrors()
{
    auto result = run({QStringLiteral("import-papers"), QStringLiteral("import/papers.csv")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("import-papers takes 2 argument(s)"), result.err.constData());
    result = run(
        {QStringLiteral("import-papers"), QStringLiteral("no-such.csv"), QStringLiteral("valid")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("no-such.csv: no such file"), result.err.constData());
    result = run({QStringLiteral("import-papers"), QStringLiteral("import/papers.csv"),
        QStringLiteral("no-such-folder")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("no-such-folder: no such folder"), result.err.constData());
    // A folder with errors is refused, with its problems.
    QTemporaryDir tmp;
    QVERIFY(wc::test::copyFolder(
        wc::test::dataPath(QStringLiteral("broken")), tmp.filePath(QStringLiteral("broken"))));
    const auto papers = tmp.filePath(QStringLiteral("broken/papers.yaml"));
    const auto before = wc::test::readFile(papers);
    result =
        run({QStringLiteral("import-papers"),
                wc::test::dataPath(QStringLiteral("import/papers.csv")), QStringLiteral("broken")},
            tmp.path());
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("broken/workshop.yaml:8:11: error: unknown time zone"),
        result.err.constData());
    QVERIFY2(
        result.err.contains(
            "workshop-program: broken has errors; fix them before importing (nothing imported)"),
        result.err.constData());
    QVERIFY(result.out.isEmpty());
    QCOMPARE(wc::test::readFile(papers), before);
}

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
