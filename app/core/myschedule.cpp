// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "myschedule.h"

#include <algorithm>
#include <climits>

namespace wc {

namespace {

QString roomName(const Program &program, const QString &roomId)
{
    const auto *room = program.room(roomId);
    return room ? room->name : roomId;
}

// The time span an item occupies, and the session that gives it; a paper
// occupies its poster session. Empty when the item has no time or does not
// take place.
struct Span {
    QString key;
    QString sessionId;
    QDateTime start;
    QDateTime end;
};

std::optional<Span> spanOf(const Program &program, const BookmarkEntry &entry)
{
    if (entry.kind == ItemKind::Session) {
        const auto *s = program.session(entry.id);
        if (!s || s->cancelled)
            return std::nullopt;
        return Span{entry.key(), s->id, s->start, s->end};
    }
    const auto *p = program.paper(entry.id);
    if (!p || p->retracted || p->posterSession.isEmpty())
        return std::nullopt;
    const auto *s = program.session(p->posterSession);
    if (!s || s->cancelled)
        return std::nullopt;
    return Span{entry.key(), s->id, s->start, s->end};
}

bool seenDiffers(const BookmarkEntry &e)
{
    return e.known && e.seenStart.isValid() &&
           (e.known->start != e.seenStart || e.known->end != e.seenEnd || e.known->room != e.seenRoom);
}

} // namespace

std::optional<ItemSnapshot> snapshotOf(const Program &program, ItemKind kind, const QString &id)
{
    ItemSnapshot snap;
    if (kind == ItemKind::Session) {
        const auto *s = program.session(id);
        if (!s)
            return std::nullopt;
        snap.title = s->title;
        snap.start = s->start.toUTC();
        snap.end = s->end.toUTC();
        snap.room = roomName(program, s->room);
        snap.cancelled = s->cancelled;
        return snap;
    }
    const auto *p = program.paper(id);
    if (!p)
        return std::nullopt;
    snap.title = p->title;
    snap.board = p->board;
    snap.cancelled = p->retracted;
    if (const auto *s = program.session(p->posterSession)) {
        snap.start = s->start.toUTC();
        snap.end = s->end.toUTC();
        snap.room = roomName(program, s->room);
        snap.posterSession = s->title;
    }
    return snap;
}

bool refreshSnapshots(QList<BookmarkEntry> &entries, const Program &program)
{
    bool changed = false;
    for (auto &e : entries) {
        if (e.isEmpty())
            continue;
        const auto current = snapshotOf(program, e.kind, e.id);
        if (!current)
            continue; // keep the last known details: the item was removed
        if (e.known != current) {
            e.known = current;
            changed = true;
        }
        // Nothing seen yet: what the program has now is what the attendee sees.
        // (An untimed paper keeps nothing seen until it gets a poster session.)
        if (!e.seenStart.isValid() && e.seenRoom.isEmpty() &&
            (current->start.isValid() || !current->room.isEmpty())) {
            e.seenStart = current->start;
            e.seenEnd = current->end;
            e.seenRoom = current->room;
            changed = true;
        }
    }
    return changed;
}

QList<ScheduleEntry> buildSchedule(const Program &program, const QList<BookmarkEntry> &entries)
{
    const auto clashes = findClashes(program, entries);
    QList<ScheduleEntry> schedule;
    for (const auto &e : entries) {
        if (!e.bookmarked)
            continue;
        ScheduleEntry item;
        item.kind = e.kind;
        item.id = e.id;
        item.note = e.note;
        item.clashesWith = clashes.value(e.key());
        const auto current = snapshotOf(program, e.kind, e.id);
        if (current) {
            item.details = *current;
            if (current->cancelled)
                item.status = e.kind == ItemKind::Session ? ScheduleStatus::Cancelled : ScheduleStatus::Retracted;
            else if (seenDiffers(e))
                item.status = ScheduleStatus::Moved;
            if (e.kind == ItemKind::Paper)
                item.posterSessionId = program.paper(e.id)->posterSession;
        } else {
            item.status = ScheduleStatus::Removed;
            item.details = e.known.value_or(ItemSnapshot{});
            if (item.details.title.isEmpty())
                item.details.title = e.id;
        }
        item.seenStart = e.seenStart;
        item.seenEnd = e.seenEnd;
        item.seenRoom = e.seenRoom;
        schedule.append(item);
    }
    std::stable_sort(schedule.begin(), schedule.end(), [](const ScheduleEntry &a, const ScheduleEntry &b) {
        // Items without a time (a paper not yet in a poster session) last.
        if (a.details.start.isValid() != b.details.start.isValid())
            return a.details.start.isValid();
        if (a.details.start != b.details.start)
            return a.details.start < b.details.start;
        if (a.kind != b.kind)
            return a.kind == ItemKind::Session;
        return a.details.board.value_or(INT_MAX) < b.details.board.value_or(INT_MAX);
    });
    return schedule;
}

QHash<QString, QStringList> findClashes(const Program &program, const QList<BookmarkEntry> &entries)
{
    QList<Span> spans;
    for (const auto &e : entries) {
        if (!e.bookmarked)
            continue;
        if (auto span = spanOf(program, e))
            spans.append(*span);
    }
    QHash<QString, QStringList> clashes;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        for (qsizetype j = i + 1; j < spans.size(); ++j) {
            const auto &a = spans.at(i);
            const auto &b = spans.at(j);
            if (a.sessionId == b.sessionId || !(a.start < b.end && b.start < a.end))
                continue;
            clashes[a.key].append(b.key);
            clashes[b.key].append(a.key);
        }
    }
    return clashes;
}

QList<Reminder> dueReminders(const Program &program, const QList<BookmarkEntry> &entries,
                             const QDateTime &now, int leadMinutes)
{
    QList<Reminder> due;
    for (const auto &e : entries) {
        if (!e.bookmarked || e.kind != ItemKind::Session)
            continue;
        const auto *s = program.session(e.id);
        if (!s || s->cancelled || e.remindedFor == s->start)
            continue;
        if (now >= s->start.addSecs(-60 * qint64(leadMinutes)) && now < s->start)
            due.append(Reminder{s->id, s->title, roomName(program, s->room), s->start});
    }
    return due;
}

QDateTime nextReminderTime(const Program &program, const QList<BookmarkEntry> &entries,
                           const QDateTime &now, int leadMinutes)
{
    QDateTime next;
    for (const auto &e : entries) {
        if (!e.bookmarked || e.kind != ItemKind::Session)
            continue;
        const auto *s = program.session(e.id);
        if (!s || s->cancelled || e.remindedFor == s->start || s->start <= now)
            continue;
        const auto at = std::max(now, s->start.addSecs(-60 * qint64(leadMinutes)));
        if (!next.isValid() || at < next)
            next = at;
    }
    return next;
}

} // namespace wc
