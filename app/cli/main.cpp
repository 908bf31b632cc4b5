// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// workshop-program: the organizers' tool for program folders.

#include "commands.h"
#include "output.h"

#include <QCoreApplication>

#include <functional>
#include <map>

namespace {

const char usage[] = R"(Usage: workshop-program COMMAND [OPTIONS] ARGS

Checks and publishes Workshop Companion program folders.

Commands:
  validate DIR          print every problem as FILE:LINE:COLUMN and a summary
  export json DIR       print the normalized JSON of a valid folder
  export ics DIR        print the sessions as iCalendar, for calendar apps
  publish DIR           validate, then write DIR/manifest.yaml for the site
  diff OLD NEW [--json] print what changed between two program folders
  sync URL DIR          update DIR from the site at URL, printing what changed
  import-papers CSV DIR [--prune]
                        merge an accepted-papers CSV into DIR/papers.yaml

Options:
  -h, --help            show this help (COMMAND --help for a command's own)
  -v, --version         show the version

Exit status: 0 success, 1 the folder has errors (import-papers: or the CSV;
sync: the update was rejected), 2 usage or I/O error (sync: a network error).
)";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("workshop-program"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WC_VERSION));
    using namespace wc::cli;

    auto args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        err() << usage;
        return UsageOrIoError;
    }
    const auto command = args.takeFirst();
    if (command == QLatin1String("-h") || command == QLatin1String("--help") ||
        command == QLatin1String("help")) {
        out() << usage;
        return Success;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        out() << "workshop-program " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    const std::map<QString, std::function<int(const QStringList &)>> commands = {
        {QStringLiteral("validate"), validateCommand},
        {QStringLiteral("export"), exportCommand},
        {QStringLiteral("publish"), publishCommand},
        {QStringLiteral("diff"), diffCommand},
        {QStringLiteral("import-papers"), importPapersCommand},
        {QStringLiteral("sync"), syncCommand},
    };
    const auto it = commands.find(command);
    if (it == commands.end()) {
        fail(QStringLiteral("unknown command '%1'; see 'workshop-program --help'").arg(command));
        return UsageOrIoError;
    }
    return it->second(args);
}
