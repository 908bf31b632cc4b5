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

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
