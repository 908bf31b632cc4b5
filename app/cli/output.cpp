// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "output.h"

#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

#include <cstdio>

namespace wc::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void fail(const QString &message)
{
    err() << "workshop-program: " << message << Qt::endl;
}

void printProblems(QTextStream &stream, const QList<Problem> &problems, const QString &dir)
{
    for (auto problem : problems) {
        problem.file = QDir::cleanPath(dir + QLatin1Char('/') + problem.file);
        stream << problem.toString() << '\n';
    }
    stream.flush();
}

bool parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &args,
    qsizetype positional)
{
    parser.addHelpOption();
    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList {QStringLiteral("workshop-program %1").arg(command)} + args)) {
        fail(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // helpText() names the binary by its full path; name the command instead.
        auto help = parser.helpText();
        const auto firstLineEnd = help.indexOf(QLatin1Char('\n'));
        const auto usageEnd = help.indexOf(QLatin1String(" [options]"));
        if (usageEnd > 0 && usageEnd < firstLineEnd)
            help.replace(0, usageEnd, QStringLiteral("Usage: workshop-program %1").arg(command));
        out() << help;
        out().flush();
        return false;
    }
    if (parser.positionalArguments().size() != positional) {
        fail(QStringLiteral("%1 takes %2 argument(s); see 'workshop-program %1 --help'")
                 .arg(command)
                 .arg(positional));
        return false;
    }
    return true;
}

bool checkFolder(const QString &dir)
{
    const QFileInfo info(dir);
    if (!info.exists()) {
        fail(QStringLiteral("%1: no such folder").arg(dir));
        return false;
    }
    if (!info.isDir()) {
        fail(QStringLiteral("%1: not a folder").arg(dir));
        return false;
    }
    return true;
}

QDateTime stampTime()
{
    bool ok = false;
    const auto epoch = qEnvironmentVariableIntValue("SOURCE_DATE_EPOCH", &ok);
    return ok ? QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::utc()) : QDateTime::currentDateTimeUtc();
}

} // namespace wc::cli
