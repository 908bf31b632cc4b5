// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "program.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What changed between two editions of a program, record by record. Records
// are matched by id (ids never change when content does, see
// docs/data-format.md), and compared through their normalized JSON, so a
// changed field is named exactly as `export json` names it.
namespace wc {

struct Change {
    enum class Entity { Workshop, Session, Speaker, Paper };
    enum class Kind { Added, Removed, Changed };
    Entity entity = Entity::Workshop;
    QString id; // the workshop: its id in the new program
    Kind kind = Kind::Changed;
    // Changed: the changed keys of the normalized JSON, in the order the
    // export writes them; empty for Added and Removed.
    QStringList fields;
    // Changed: old values of the changed fields only; Removed: the whole old
    // record; Added: empty.
    QJsonObject oldValues;
    // Changed: new values of the changed fields only; Added: the whole new
    // record; Removed: empty.
    QJsonObject newValues;
};

// Every difference between two programs: the workshop first, then sessions,
// speakers and papers; within each, in the new program's order, followed by
// the removed ones in the old program's order. The same inputs always give
// the same list. The workshop is only ever Changed; its "id" counts as a
// field, since the workshop is not matched by it.
QList<Change> diffPrograms(const Program &oldProgram, const Program &newProgram);

QString entityName(Change::Entity entity); // "workshop" "session" "speaker" "paper"
QString kindName(Change::Kind kind); // "added" "removed" "changed"

// An array of {"entity", "id", "change", "fields", "old", "new"}; "old" is
// null for an added record and "new" null for a removed one.
QJsonArray changesToJson(const QList<Change> &changes);

// What a change is, in words, without the entity, id and kind: an added
// session's title, time and room; a removed item's title; for a changed
// one, a clause per aspect joined by "; " ("retimed 09:00–09:30 →
// 09:05–09:35; moved from Hall A to Hall B").
// Times are wall-clock times in each program's workshop time zone; rooms,
// speakers and poster sessions are named as each program names them.
QString describeChange(const Change &change, const Program &oldProgram, const Program &newProgram);

// "session keynote-1 changed: retimed 09:15–10:15 → 09:20–10:20": the
// entity, id and kind, then describeChange(); what `workshop-program diff`
// prints.
QString changeLine(const Change &change, const Program &oldProgram, const Program &newProgram);

} // namespace wc
