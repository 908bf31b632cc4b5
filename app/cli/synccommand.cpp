// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "commands.h"
#include "output.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QNetworkAccessManager>

namespace wc::cli {

int syncCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Brings the program folder DIR up to date from the site at URL, as the app\n"
        "does: only changed files are fetched, every checksum is checked and the\n"
        "whole folder validated before DIR is replaced in one step. The copy it\n"
        "replaces is kept as DIR.previous. Prints what changed.\n"
        "Exit status: 0 updated or up to date, 1 update rejected, 2 network error."));
    parser.addPositionalArgument(
        QStringLiteral("URL"), QStringLiteral("The site's program folder."));
    parser.addPositionalArgument(
        QStringLiteral("DIR"), QStringLiteral("The folder to update; created on the first sync."));
    const QCommandLineOption force(QStringLiteral("force"),
        QStringLiteral("Accept a version older than the one in DIR (a rollback)."));
    parser.addOption(force);
    if (!parseArguments(parser, QStringLiteral("sync"), args, 2))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageOrIoError;
    const auto positional = parser.positionalArguments();
    const QUrl url = QUrl::fromUserInput(positional[0]);
    const auto dir = positional[1];

    QNetworkAccessManager network;
    SyncEngine engine(&network);
    SyncResult result;
    QObject::connect(&engine, &SyncEngine::finished, &engine, [&result](const SyncResult &r) {
        result = r;
        QCoreApplication::quit();
    });
    SyncRequest request;
    request.url = url;
    request.folder = dir;
    request.force = parser.isSet(force);
    engine.start(request);
    if (engine.isRunning())
        QCoreApplication::exec();

    switch (result.outcome) {
    case SyncResult::Outcome::Updated:
        out()
            << QStringLiteral("%1 updated to version %2").arg(dir, QString::number(result.version))
            << Qt::endl;
        for (const auto &change : std::as_const(result.changes))
            out() << changeLine(change, *result.oldProgram, *result.newProgram) << Qt::endl;
        if (result.changes.isEmpty())
            out() << "No changes." << Qt::endl;
        return Success;
    case SyncResult::Outcome::Unchanged:
        out() << QStringLiteral("%1 is up to date (version %2)")
                     .arg(dir, QString::number(result.version))
              << Qt::endl;
        return Success;
    case SyncResult::Outcome::Rejected:
        fail(QStringLiteral("update rejected: %1%2")
                 .arg(result.reason,
                     result.version > 0 ? QStringLiteral(" (%1 still holds version %2)")
                                              .arg(dir)
                                              .arg(result.version)
                                        : QString()));
        if (result.rollback)
            err() << "Use --force to accept the older version." << Qt::endl;
        return 1;
    case SyncResult::Outcome::Busy:
        fail(QStringLiteral("not synced: %1").arg(result.reason));
        return 2;
    case SyncResult::Outcome::NetworkError:
        break;
    }
    fail(QStringLiteral("sync failed: %1").arg(result.reason));
    return 2;
}

} // namespace wc::cli
