// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "testsupport.h"

#include "manifest.h"
#include "programloader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace wc::test {

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(WC_TEST_DATA_DIR)).filePath(relative);
}

QString bundledPath()
{
    return QStringLiteral(WC_BUNDLED_DIR);
}

QString memoryTempDirTemplate(const QString &name)
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    const auto dir = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
    return QDir(dir).filePath(name + QStringLiteral("-XXXXXX"));
}

namespace {
// Every file under `dir` that `filters` lets through, by relative path.
template<typename Files>
Files filesUnder(const QString &dir, QDir::Filters filters)
{
    Files files;
    QDirIterator it(dir, filters, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const auto path = it.next();
        files.insert(QDir(dir).relativeFilePath(path), readFile(path));
    }
    return files;
}
} // namespace

QMap<QString, QByteArray> snapshot(const QString &dir)
{
    return filesUnder<QMap<QString, QByteArray>>(dir, QDir::Files | QDir::Hidden);
}

bool copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    const QDir source(from);
    for (const auto &info : source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const auto target = QDir(to).filePath(info.fileName());
        if (info.isDir() ? !copyFolder(info.filePath(), target)
                         : !QFile::copy(info.filePath(), target))
            return false;
        QFile::setPermissions(target, QFile::permissions(target) | QFile::WriteOwner);
    }
    return true;
}

bool publish(const QString &dir, int version, const QString &edition)
{
    const auto loaded = loadProgramFolder(dir);
    if (!loaded.ok())
        return false;
    QString error;
    auto manifest = buildManifest(
        dir, *loaded.program, QDateTime(QDate(2024, 7, 26), QTime(8, 0), Qt::UTC), &error);
    manifest.version = version;
    if (!edition.isEmpty())
        manifest.edition = edition;
    return error.isEmpty() && writeFile(QDir(dir).filePath(manifestFile), manifestYaml(manifest));
}

QByteArray replacedIn(const QString &path, const QByteArray &from, const QByteArray &to)
{
    return readFile(path).replace(from, to);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
        file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ProgramFiles readFolder(const QString &dir)
{
    return filesUnder<ProgramFiles>(dir, QDir::Files);
}

QString compareWithGolden(const QByteArray &actual, const QString &golden)
{
    const auto path = dataPath(golden);
    if (qEnvironmentVariableIntValue("UPDATE_GOLDEN") == 1) {
        const bool written = QDir().mkpath(QFileInfo(path).path()) && writeFile(path, actual);
        return written ? QString() : QStringLiteral("cannot write %1").arg(path);
    }
    if (!QFileInfo::exists(path))
        return QStringLiteral("golden file %1 is missing (run with UPDATE_GOLDEN=1 to create it)")
            .arg(path);
    const auto expected = readFile(path);
    if (expected == actual)
        return {};
    const auto expectedLines = expected.split('\n');
    const auto actualLines = actual.split('\n');
    for (qsizetype i = 0; i < std::max(expectedLines.size(), actualLines.size()); ++i) {
        const auto e = expectedLines.value(i), a = actualLines.value(i);
        if (e != a) {
            return QStringLiteral("%1:%2 differs\n  expected: %3\n  actual:   %4")
                .arg(path)
                .arg(i + 1)
                .arg(QString::fromUtf8(e), QString::fromUtf8(a));
        }
    }
    return QStringLiteral("%1 differs").arg(path);
}

} // namespace wc::test
