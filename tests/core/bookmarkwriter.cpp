// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// A process that saves bookmarks in a loop for tst_bookmarkstore to kill at
// random moments. Once loaded it prints "ready"; after each save has returned it prints the index of the
// bookmark it added, so the test knows what must have survived.
//   bookmarkwriter DIR EDITION FIRST_INDEX

#include "bookmarkstore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto args = app.arguments();
    if (args.size() != 4)
        return 2;
    wc::BookmarkStore store(args.at(1), args.at(2));
    if (!store.load() || !store.notice().isEmpty()) {
        std::fprintf(stderr, "load failed: %s %s\n", qPrintable(store.error()), qPrintable(store.notice()));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (int i = args.at(3).toInt();; ++i) {
        auto &entry = store.edit(wc::ItemKind::Session, QStringLiteral("s%1").arg(i));
        entry.bookmarked = true;
        entry.note = QStringLiteral("note %1 — with a long enough text to take a while to write").arg(i);
        entry.updated = QDateTime::currentDateTimeUtc();
        if (!store.save()) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(store.error()));
            return 1;
        }
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
}
