// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// program-snapshot FOLDER OUTPUT: a build step, not installed. Writes the
// snapshot the app ships beside its bundled program (see
// wc::ProgramCache::shippedSnapshotPath), made by the same code that reads
// it, so that the first start does not parse the program's YAML.

#include "programcache.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const auto args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: program-snapshot FOLDER OUTPUT\n");
        return 2;
    }
    if (!wc::ProgramCache::writeShippedSnapshot(args[1], QStringLiteral(WC_VERSION), args[2])) {
        std::fprintf(stderr, "program-snapshot: no snapshot of %s written to %s\n",
            qPrintable(args[1]), qPrintable(args[2]));
        return 1;
    }
    return 0;
}
