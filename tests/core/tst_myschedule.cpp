// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// My Schedule worked out from bookmarks: clashes, items that moved, were
// cancelled or vanished from the program, and reminders.

#include "myschedule.h"
#include "programloader.h"
#include "testsupport.h"

#include <QTest>

using namespace wc;

namespace {

Program validProgram()
{
    auto result = loadProgramFolder(test::dataPath(QStringLiteral("valid")));
    Q_ASSERT(result.program);
    return *result.program;
}

BookmarkEntry bookmarked(ItemKind kind, const QString &id)
{
    BookmarkEntry e;
    e.kind = kind;
    e.id = id;
    e.bookmarked = true;
    e.updated = QDateTime::fromSecsSinceEpoch(1000, Qt::UTC);
    return e;
}

QDateTime vienna(int day, int hour, int minute)
{
    return QDateTime(QDate(2024, 7, day), QTime(hour, minute), QTimeZone("Europe/Vienna"));
}

Session &sessionById(Program &program, const QString &id)
{
    for (auto &s : program.sessions) {
        if (s.id == id)
            return s;
    }
    qFatal("no session %s", qPrintable(id));
}

} // namespace

class TestMySchedule : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void overlappingBookmarksClash()
    {
        auto program = validProgram();
        // A talk during the poster session, in the other hall.
        Session talk = sessionById(program, QStringLiteral("closing"));
        talk.id = QStringLiteral("talk-x");
        talk.day = QDate(2024, 7, 26);
        talk.start = vienna(26, 14, 0);
        talk.end = vienna(26, 14, 30);
        program.sessions.append(talk);
        program.index();

        const QList<BookmarkEntry> entries{
            bookmarked(ItemKind::Session, QStringLiteral("talk-x")),
            bookmarked(ItemKind::Session, QStringLiteral("posters-1")),
            bookmarked(ItemKind::Paper, QStringLiteral("3")), // in posters-1
            bookmarked(ItemKind::Session, QStringLiteral("opening")),
            bookmarked(ItemKind::Session, QStringLiteral("keynote-1")), // right after opening: no clash
        };
        const auto clashes = findClashes(program, entries);
        QCOMPARE(clashes.value(QStringLiteral("session/talk-x")),
                 (QStringList{QStringLiteral("session/posters-1"), QStringLiteral("paper/3")}));
        QCOMPARE(clashes.value(QStringLiteral("paper/3")), QStringList{QStringLiteral("session/talk-x")});
        QCOMPARE(clashes.value(QStringLiteral("session/posters-1")), QStringList{QStringLiteral("session/talk-x")});
        QVERIFY(!clashes.contains(QStringLiteral("session/opening")));
        QVERIFY(!clashes.contains(QStringLiteral("session/keynote-1")));
    }

    void cancelledAndUnbookmarkedItemsNeverClash()
    {
        const auto program = validProgram();
        auto notBookmarked = bookmarked(ItemKind::Session, QStringLiteral("invited-1"));
        notBookmarked.bookmarked = false;
        // invited-1 (cancelled) overlaps the panel; a retracted paper has no time.
        QVERIFY(findClashes(program, {bookmarked(ItemKind::Session, QStringLiteral("invited-1")),
                                      bookmarked(ItemKind::Session, QStringLiteral("panel")),
                                      bookmarked(ItemKind::Paper, QStringLiteral("late-breaking-1"))})
                    .isEmpty());
        auto program2 = program;
        sessionById(program2, QStringLiteral("invited-1")).cancelled = false;
        program2.index();
        QCOMPARE(findClashes(program2, {notBookmarked, bookmarked(ItemKind::Session, QStringLiteral("panel"))}).size(),
                 0);
        QCOMPARE(findClashes(program2, {bookmarked(ItemKind::Session, QStringLiteral("invited-1")),
                                        bookmarked(ItemKind::Session, QStringLiteral("panel"))})
                     .size(),
                 2);
    }

    void scheduleIsInTimeOrderWithPostersByBoard()
    {
        const auto program = validProgram();
        QList<BookmarkEntry> entries{bookmarked(ItemKind::Paper, QStringLiteral("3")),
                                     bookmarked(ItemKind::Session, QStringLiteral("closing")),
                                     bookmarked(ItemKind::Paper, QStringLiteral("1")), // no poster session
                                     bookmarked(ItemKind::Session, QStringLiteral("posters-1")),
                                     bookmarked(ItemKind::Session, QStringLiteral("opening"))};
        refreshSnapshots(entries, program);
        QStringList order;
        for (const auto &item : buildSchedule(program, entries))
            order.append(itemKey(item.kind, item.id));
        QCOMPARE(order, (QStringList{QStringLiteral("session/opening"), QStringLiteral("session/posters-1"),
                                     QStringLiteral("paper/3"), QStringLiteral("session/closing"),
                                     QStringLiteral("paper/1")}));
        const auto schedule = buildSchedule(program, entries);
        QCOMPARE(schedule.at(2).details.board, 12);
        QCOMPARE(schedule.at(2).details.posterSession, QStringLiteral("Poster Session"));
        QCOMPARE(schedule.at(2).posterSessionId, QStringLiteral("posters-1"));
    }

    // The program changes under the bookmarks: nothing disappears silently.
    void changesShowUntilSeenAndRemovedItemsStay()
    {
        auto before = validProgram();
        QList<BookmarkEntry> entries{bookmarked(ItemKind::Session, QStringLiteral("talks-1")),
                                     bookmarked(ItemKind::Session, QStringLiteral("panel")),
                                     bookmarked(ItemKind::Session, QStringLiteral("closing")),
                                     bookmarked(ItemKind::Paper, QStringLiteral("3")),
                                     bookmarked(ItemKind::Paper, QStringLiteral("1")), // no poster session
                                     bookmarked(ItemKind::Session, QStringLiteral("opening"))};
        QVERIFY(refreshSnapshots(entries, before));
        QVERIFY(!refreshSnapshots(entries, before)); // nothing new the second time

        auto after = before;
        auto &talks = sessionById(after, QStringLiteral("talks-1"));
        talks.start = vienna(26, 11, 0);
        talks.end = vienna(26, 12, 15);
        sessionById(after, QStringLiteral("closing")).cancelled = true;
        after.sessions.removeIf([](const Session &s) { return s.id == QLatin1String("panel"); });
        for (auto &p : after.papers) {
            if (p.id == QLatin1String("3"))
                p.retracted = true;
        }
        after.index();
        QVERIFY(refreshSnapshots(entries, after));

        QHash<QString, ScheduleEntry> byKey;
        for (const auto &item : buildSchedule(after, entries))
            byKey.insert(itemKey(item.kind, item.id), item);
        QCOMPARE(byKey.size(), 6);
        QCOMPARE(byKey.value(QStringLiteral("paper/1")).status, ScheduleStatus::Current);
        const auto moved = byKey.value(QStringLiteral("session/talks-1"));
        QCOMPARE(moved.status, ScheduleStatus::Moved);
        QCOMPARE(moved.seenStart, vienna(26, 10, 45));
        QCOMPARE(moved.details.start, vienna(26, 11, 0));
        QCOMPARE(byKey.value(QStringLiteral("session/closing")).status, ScheduleStatus::Cancelled);
        QCOMPARE(byKey.value(QStringLiteral("paper/3")).status, ScheduleStatus::Retracted);
        const auto removed = byKey.value(QStringLiteral("session/panel"));
        QCOMPARE(removed.status, ScheduleStatus::Removed);
        QCOMPARE(removed.details.title, QStringLiteral("Panel Discussion"));
        QCOMPARE(removed.details.start, vienna(27, 10, 0));
        QCOMPARE(byKey.value(QStringLiteral("session/opening")).status, ScheduleStatus::Current);

        // Acknowledging the move makes it current again.
        for (auto &e : entries) {
            if (e.id == QLatin1String("talks-1")) {
                e.seenStart = e.known->start;
                e.seenEnd = e.known->end;
            }
        }
        for (const auto &item : buildSchedule(after, entries)) {
            if (item.id == QLatin1String("talks-1"))
                QCOMPARE(item.status, ScheduleStatus::Current);
        }
    }

    void remindersFallDueOnceAndFollowARetimedSession()
    {
        auto program = validProgram();
        QList<BookmarkEntry> entries{bookmarked(ItemKind::Session, QStringLiteral("keynote-1")),
                                     bookmarked(ItemKind::Session, QStringLiteral("invited-1"))}; // cancelled
        const int lead = 5;
        QCOMPARE(nextReminderTime(program, entries, vienna(26, 8, 0), lead), vienna(26, 9, 10));
        QVERIFY(dueReminders(program, entries, vienna(26, 9, 9), lead).isEmpty());
        const auto due = dueReminders(program, entries, vienna(26, 9, 10), lead);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().sessionId, QStringLiteral("keynote-1"));
        QCOMPARE(due.first().room, QStringLiteral("Hall A"));
        QVERIFY(dueReminders(program, entries, vienna(26, 9, 15), lead).isEmpty()); // started

        entries[0].remindedFor = due.first().start;
        QVERIFY(dueReminders(program, entries, vienna(26, 9, 12), lead).isEmpty());
        QVERIFY(!nextReminderTime(program, entries, vienna(26, 9, 12), lead).isValid());

        // Retimed to 09:45: the reminder moves with it.
        auto &keynote = sessionById(program, QStringLiteral("keynote-1"));
        keynote.start = vienna(26, 9, 45);
        keynote.end = vienna(26, 10, 45);
        program.index();
        QCOMPARE(nextReminderTime(program, entries, vienna(26, 9, 12), lead), vienna(26, 9, 40));
        QCOMPARE(dueReminders(program, entries, vienna(26, 9, 41), lead).size(), 1);
        // An app started inside the reminder window reminds at once.
        entries[0].remindedFor = {};
        QCOMPARE(nextReminderTime(program, entries, vienna(26, 9, 42), lead), vienna(26, 9, 42));
    }
};

QTEST_GUILESS_MAIN(TestMySchedule)
#include "tst_myschedule.moc"
