// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <cstdio>
#include <cstdlib>

namespace wc::fuzz {

QList<QByteArray> splitFiles(const uint8_t *data, size_t size, qsizetype maxFiles)
{
    const auto input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray separator(fileSeparator);
    QList<QByteArray> files;
    qsizetype from = 0;
    while (files.size() + 1 < maxFiles) {
        const auto at = input.indexOf(separator, from);
        if (at < 0)
            break;
        files.append(input.mid(from, at - from));
        from = at + separator.size();
    }
    // A deep copy: the harness may keep it after libFuzzer reuses `data`.
    files.append(QByteArray(input.constData() + from, input.size() - from));
    return files;
}

ProgramFiles programFilesFrom(const QList<QByteArray> &files, qsizetype first, bool withManifest)
{
    auto names = programFiles;
    if (withManifest)
        names.append(manifestFile);
    ProgramFiles program;
    for (qsizetype i = 0; i < names.size() && first + i < files.size(); ++i) {
        if (!files[first + i].isEmpty())
            program.insert(names[i], files[first + i]);
    }
    return program;
}

void check(bool condition, const char *what, const QString &detail)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz check failed: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

namespace {

// The length in bytes of each line of a file as the loader reads it: after
// a UTF-8 BOM, with CR LF and lone CR read as line breaks.
QList<qsizetype> lineLengths(QByteArray bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    bytes.replace("\r\n", "\n");
    bytes.replace('\r', '\n');
    QList<qsizetype> lengths;
    for (const auto &line : bytes.split('\n'))
        lengths.append(line.size());
    return lengths;
}

} // namespace

void checkProblemPlaces(const QList<Problem> &problems, const ProgramFiles &files)
{
    QHash<QString, QList<qsizetype>> lines;
    for (const auto &problem : problems) {
        const auto where = problem.toString();
        check(!problem.file.isEmpty() && !problem.message.isEmpty(),
            "a problem names its file and says what is wrong", where);
        check(problem.line >= 1 && problem.column >= 1, "lines and columns count from 1", where);
        // 1:1 is the place of whole-file problems, even of a missing file.
        if (problem.line == 1 && problem.column == 1)
            continue;
        const auto file = files.constFind(problem.file);
        check(file != files.cend(), "a problem inside a file is in a file of the folder", where);
        if (!lines.contains(problem.file))
            lines.insert(problem.file, lineLengths(*file));
        const auto &lengths = lines[problem.file];
        check(problem.line <= lengths.size(), "a problem's line is in its file", where);
        // Column one past the end: a problem at the end of a line.
        check(problem.column <= lengths[problem.line - 1] + 1, "a problem's column is in its line",
            where);
    }
}

QString listed(const QList<Problem> &problems)
{
    QStringList lines;
    for (const auto &problem : problems)
        lines.append(problem.toString());
    return lines.join(QLatin1Char('\n'));
}

QByteArray fixture(const QString &relativePath)
{
    QFile file(QDir(QStringLiteral(WC_TEST_DATA_DIR)).filePath(relativePath));
    check(file.open(QIODevice::ReadOnly), "the fixture can be read", file.fileName());
    return file.readAll();
}

} // namespace wc::fuzz
