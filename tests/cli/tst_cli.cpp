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
    void exportIsByteForByteStable();
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
    const auto result = run(args);
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

void CliTest::exportIsByteForByteStable()
{
    const QStringList args {
        QStringLiteral("export"), QStringLiteral("json"), wc::test::bundledPath()};
    const auto first = run(args);
    const auto second = run(args);
    QCOMPARE(first.exitCode, 0);
    QVERIFY(first.out.size() > 10000);
    QCOMPARE(first.out, second.out);
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
