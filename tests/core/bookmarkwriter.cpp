// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// A process that saves bookmarks for tests to kill or break in the middle of
// a save.
//   bookmarkwriter DIR EDITION FIRST_INDEX
//     saves in a loop, for tst_bookmarkstore to kill at random moments. Once
//     loaded it prints "ready"; after each save has returned it prints the
//     index of the bookmark it added, so the test knows what must have survived.
//   bookmarkwriter DIR EDITION INDEX --once|--retry
//     loads, adds bookmark INDEX, saves once and exits: 0 saved, 1 not (the
//     reason on stderr). With --retry, a failed save is tried once more, from
//     what the store holds in memory. Loading and saving are bracketed by the
//     markers of bookmarkwriter.h, for tst_savefaults to find in traces.

#include "bookmarkwriter.h"

#include "bookmarkstore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>
#include <unistd.h>

namespace {

void addBookmark(wc::BookmarkStore &store, int index)
{
    auto &entry = store.edit(wc::ItemKind::Session, QStringLiteral("s%1").arg(index));
    entry.bookmarked = true;
    entry.note =
        QStringLiteral("note %1 — with a long enough text to take a while to write").arg(index);
    entry.updated = QDateTime::currentDateTimeUtc();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto args = app.arguments();
    const bool retry = args.size() == 5 && args.at(4) == QLatin1String("--retry");
    const bool once = retry || (args.size() == 5 && args.at(4) == QLatin1String("--once"));
    if (args.size() != 4 && !once)
        return 2;
    wc::BookmarkStore store(args.at(1), args.at(2));
    if (once) {
        // A load that finds the file damaged saves too, so it is inside.
        // As in the app, a store that could not be read still takes the new
        // bookmark: saving reads the file again, and never overwrites it unread.
        ::access(wc::test::saveBeginsMarker, F_OK);
        if (!store.load())
            std::fprintf(stderr, "not loaded: %s\n", qPrintable(store.error()));
        const auto notice = store.notice();
        addBookmark(store, args.at(3).toInt());
        bool saved = store.save();
        if (!saved && retry) {
            std::fprintf(stderr, "not saved, trying again: %s\n", qPrintable(store.error()));
            saved = store.save();
        }
        ::access(wc::test::saveEndsMarker, F_OK);
        if (!notice.isEmpty())
            std::fprintf(stderr, "notice: %s\n", qPrintable(notice));
        if (saved)
            return 0;
        std::fprintf(stderr, "not saved: %s\n", qPrintable(store.error()));
        return 1;
    }
    if (!store.load() || !store.notice().isEmpty()) {
        std::fprintf(stderr, "load failed: %s %s\n", qPrintable(store.error()), qPrintable(store.notice()));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (int i = args.at(3).toInt();; ++i) {
        addBookmark(store, i);
        if (!store.save()) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(store.error()));
            return 1;
        }
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
}
