// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "bookmarkstore.h"
#include "program.h"

#include <QHash>
#include <QStringList>

// The attendee's schedule worked out from their bookmarks and the program:
// what changed since they last looked, what clashes, what to remind them of.
namespace wc {

// The item as the program has it now; nullopt when the program has no such
// item. A paper's times and room are those of its poster session.
std::optional<ItemSnapshot> snapshotOf(const Program &program, ItemKind kind, const QString &id);

// Records the program's current details in every entry, so that an item the
// program later drops is still shown with what was last known of it. An
// entry with nothing acknowledged yet takes the current times as seen.
// Returns true when any entry changed.
bool refreshSnapshots(QList<BookmarkEntry> &entries, const Program &program);

enum class ScheduleStatus {
    Current, // as the attendee last saw it
    Moved, // new time or room, not yet acknowledged
    Cancelled, // the session is cancelled
    Retracted, // the paper is retracted
    Removed, // no longer in the program
};

struct ScheduleEntry {
    ItemKind kind = ItemKind::Session;
    QString id;
    ItemSnapshot details; // current, or the last known for a removed item
    ScheduleStatus status = ScheduleStatus::Current;
    // For a moved item: what the attendee last acknowledged.
    QDateTime seenStart;
    QDateTime seenEnd;
    QString seenRoom;
    QString note;
    QString posterSessionId; // a paper's poster session, for grouping
    QStringList clashesWith; // item keys
};

// The bookmarked items in time order (items without a time last), posters
// after the talk of the same start and in board order.
QList<ScheduleEntry> buildSchedule(const Program &program, const QList<BookmarkEntry> &entries);

// For every bookmarked item that overlaps another bookmarked item, the keys
// of those it overlaps. Cancelled sessions and retracted papers never clash;
// papers of the same poster session do not clash with each other or with it.
QHash<QString, QStringList> findClashes(const Program &program, const QList<BookmarkEntry> &entries);

struct Reminder {
    QString sessionId;
    QString title;
    QString room;
    QDateTime start;
};

// Bookmarked sessions starting within leadMinutes of now that have not been
// reminded of for their current start time. A session retimed after its
// reminder is reminded of again for the new time.
QList<Reminder> dueReminders(const Program &program, const QList<BookmarkEntry> &entries,
                             const QDateTime &now, int leadMinutes);
// When the next reminder falls due after now; invalid when there is none.
QDateTime nextReminderTime(const Program &program, const QList<BookmarkEntry> &entries,
                           const QDateTime &now, int leadMinutes);

} // namespace wc
