// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// Building a manifest for publication, and the loader's checks of one.

#include "manifest.h"
#include "programloader.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wc;

class ManifestTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sha256OfKnownInput();
    void safeRelativePaths_data();
    void safeRelativePaths();
    void publishedFolderLoadsWithItsManifest();
    void versionGrowsWithEachPublication();
    void staleManifestIsAWarning();
    void missingListedFileIsAnError();
    void writtenPathsReadBackExactly_data();
    void writtenPathsReadBackExactly();

private:
    // Loads `dir`, builds its manifest and writes it; returns the version written.
    int publish(const QString &dir);
};

int ManifestTest::publish(const QString &dir)
{
    const auto result = loadProgramFolder(dir);
    if (!result.ok())
        return -1;
    QString error;
    const auto published =
        QDateTime(QDate(2024, 7, 26), QTime(8, 0), result.program->workshop.timeZone);
    const auto manifest = buildManifest(dir, *result.program, published, &error);
    if (!error.isEmpty() ||
        !test::writeFile(QDir(dir).filePath(manifestFile), manifestYaml(manifest)))
        return -1;
    return manifest.version;
}

void ManifestTest::sha256OfKnownInput()
{
    QBuffer buffer;
    buffer.setData("abc");
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QCOMPARE(sha256Hex(buffer),
        QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void ManifestTest::safeRelativePaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("safe");
    QTest::newRow("file") << "program.yaml" << true;
    QTest::newRow("subfolder") << "photos/a.jpg" << true;
    QTest::newRow("parent") << "../secret" << false;
    QTest::newRow("hidden parent") << "photos/../../x" << false;
    QTest::newRow("absolute") << "/etc/passwd" << false;
    QTest::newRow("backslash") << "..\\x" << false;
    QTest::newRow("dot segments") << "./program.yaml" << false;
    QTest::newRow("empty") << "" << false;
}

void ManifestTest::safeRelativePaths()
{
    QFETCH(QString, path);
    QFETCH(bool, safe);
    QCOMPARE(isSafeRelativePath(path), safe);
}

void ManifestTest::publishedFolderLoadsWithItsManifest()
{
    QTemporaryDir dir;
    QVERIFY(test::copyFolder(test::dataPath(QStringLiteral("valid")), dir.path()));
    QCOMPARE(publish(dir.path()), 1);

    const auto result = loadProgramFolder(dir.path());
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).toString()));
    const auto &manifest = *result.program->manifest;
    QCOMPARE(manifest.edition, result.program->workshop.id);
    QCOMPARE(manifest.published.toString(Qt::ISODate), QStringLiteral("2024-07-26T08:00:00+02:00"));
    QStringList paths;
    for (const auto &file : manifest.files) {
        paths.append(file.path);
        QFile f(QDir(dir.path()).filePath(file.path));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(file.bytes, f.size());
        QCOMPARE(file.sha256, sha256Hex(f));
    }
    QCOMPARE(paths, programFiles);
}

void ManifestTest::versionGrowsWithEachPublication()
{
    QTemporaryDir dir;
    QVERIFY(test::copyFolder(test::dataPath(QStringLiteral("valid")), dir.path()));
    QCOMPARE(publish(dir.path()), 1);
    QCOMPARE(publish(dir.path()), 2);
    QCOMPARE(publish(dir.path()), 3);
}

void ManifestTest::staleManifestIsAWarning()
{
    QTemporaryDir dir;
    QVERIFY(test::copyFolder(test::dataPath(QStringLiteral("valid")), dir.path()));
    QCOMPARE(publish(dir.path()), 1);
    const auto papers = QDir(dir.path()).filePath(QStringLiteral("papers.yaml"));
    QVERIFY(test::writeFile(papers, test::readFile(papers) + "# edited\n"));

    const auto result = loadProgramFolder(dir.path());
    QVERIFY(result.ok());
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems[0].file, manifestFile);
    QVERIFY(!result.problems[0].isError());
    QVERIFY2(result.problems[0].message.contains(QLatin1String("'papers.yaml' changed")),
        qPrintable(result.problems[0].toString()));
}

void ManifestTest::missingListedFileIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(test::copyFolder(test::dataPath(QStringLiteral("valid")), dir.path()));
    QVERIFY(test::writeFile(QDir(dir.path()).filePath(manifestFile),
        "format: 1\nedition: x\nversion: 1\npublished: \"2024-07-26T08:00:00+02:00\"\n"
        "files:\n  - { path: gone.yaml, bytes: 1, sha256: "
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad }\n"));
    const auto result = loadProgramFolder(dir.path());
    QVERIFY(!result.ok());
    QStringList problems;
    for (const auto &p : result.problems)
        problems.append(p.toString());
    QVERIFY2(problems.size() == 2, qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(problems[0].startsWith(
        QLatin1String("manifest.yaml:2:10: error: edition 'x' is not the workshop's id")));
    QVERIFY(problems[1].startsWith(
        QLatin1String("manifest.yaml:6:13: error: 'gone.yaml' is listed but cannot be read")));
}

void ManifestTest::writtenPathsReadBackExactly_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("plain") << QStringLiteral("photos/ada.jpg");
    QTest::newRow("reads as something else") << QStringLiteral("yes");
    QTest::newRow("quotes") << QStringLiteral("a \"b\" c");
    // Found by fuzz_manifest: quoted line breaks were written as they are,
    // and read back as spaces.
    QTest::newRow("line breaks") << QStringLiteral("a\nb\n\n\nc");
    QTest::newRow("tab and control characters") << QStringLiteral("a\tb\x01c\x7f");
    QTest::newRow("Unicode line separators") << QStringLiteral("a\u2028b\u0085c");
    // Found by fuzz_manifest: the size and the sum took the places of a
    // "%1" and a "%2" in the path.
    QTest::newRow("place markers") << QStringLiteral("%1 %2 %3 %99.yaml");
}

void ManifestTest::writtenPathsReadBackExactly()
{
    QFETCH(QString, path);
    Manifest manifest;
    manifest.edition = QStringLiteral("testshop-2024");
    manifest.version = 2;
    manifest.published = QDateTime(QDate(2024, 7, 26), QTime(8, 0), Qt::UTC);
    manifest.files.append({path, 12, QByteArray(64, 'a')});
    QList<Problem> problems;
    const auto reread =
        loadManifest(ProgramFiles {{manifestFile, manifestYaml(manifest)}}, &problems);
    QVERIFY2(reread, qPrintable(problems.value(0).toString()));
    QCOMPARE(reread->files.constFirst().path, path);
    QCOMPARE(reread->files.constFirst().bytes, 12);
    QCOMPARE(reread->files.constFirst().sha256, QByteArray(64, 'a'));
}

QTEST_GUILESS_MAIN(ManifestTest)
#include "tst_manifest.moc"
