// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "programdiff.h"

#include <QList>
#include <QString>

// What the attendee has been told about program updates: the changes each
// sync brought, worded once, and which of them they have seen. Kept in one
// JSON file per edition, so the marks survive a restart and are cleared only
// by looking. Unseen changes of an earlier update stay until seen, so two
// quick updates never hide the first one's news.
//
// File: {"type": "workshop-companion-changes", "format": 1, "edition": …,
//        "fromVersion": n, "toVersion": m, "notes": [{"entity", "id",
//        "change", "title", "summary", "version", "seen"}, …]}
namespace wc {

struct ChangeNote {
    Change::Entity entity = Change::Entity::Session;
    QString id;
    Change::Kind kind = Change::Kind::Changed;
    QString title; // the item's title or name, as it is now (or was, if removed)
    QString summary; // describeChange()
    int version = 0; // the version that brought the change
    bool seen = false;

    friend bool operator==(const ChangeNote &, const ChangeNote &) = default;
};

class ChangeLog {
public:
    // `path` need not exist; save() creates it. An empty path keeps the log
    // in memory only (a draft's comparison, which is recomputed anyway).
    explicit ChangeLog(QString path, QString edition);

    // A missing file is an empty log; a damaged one too, and `error` says so
    // (it is only news, so nothing worse than losing it can happen).
    bool load(QString *error = nullptr);
    bool save(QString *error = nullptr) const;

    // Records an update from `oldProgram` to `newProgram` (version
    // `version`): its changes replace every seen note and any unseen note
    // about the same item.
    void addUpdate(const QList<Change> &changes, const Program &oldProgram,
        const Program &newProgram, int fromVersion, int version);
    // Forgets every note, as if nothing had been recorded.
    void clear();
    // True when a note was unseen.
    bool markSeen(Change::Entity entity, const QString &id);
    bool markAllSeen();

    const QList<ChangeNote> &notes() const { return m_notes; }
    int fromVersion() const { return m_fromVersion; }
    int toVersion() const { return m_toVersion; }
    int unseenCount() const;

private:
    QString m_path;
    QString m_edition;
    int m_fromVersion = 0;
    int m_toVersion = 0;
    QList<ChangeNote> m_notes;
};

} // namespace wc
