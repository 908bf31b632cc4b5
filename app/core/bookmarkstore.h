// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace wc {

enum class ItemKind { Session, Paper };

// "session/ID" or "paper/ID": how an item is keyed in the store and in clashes.
QString itemKey(ItemKind kind, const QString &id);

// What the attendee last knew of a bookmarked item. Kept so that a session
// that later moves, is cancelled or disappears from the program is still
// shown with its last known details instead of vanishing.
struct ItemSnapshot {
    QString title;
    QDateTime start; // the session, or the paper's poster session
    QDateTime end;
    QString room; // room name
    QString posterSession; // a paper's poster session title
    std::optional<int> board;
    bool cancelled = false; // a cancelled session, or a retracted paper
    friend bool operator==(const ItemSnapshot &, const ItemSnapshot &) = default;
};

// One item the attendee has bookmarked or written a note on. An entry whose
// bookmark was removed and whose note is empty is kept as a removal marker,
// so that merging with another copy of the store does not bring it back.
struct BookmarkEntry {
    ItemKind kind = ItemKind::Session;
    QString id;
    bool bookmarked = false;
    QString note;
    // When the attendee last changed this entry; merging keeps the newer.
    QDateTime updated;
    // Latest details seen in the program, and the start, end and room the
    // attendee has acknowledged; a difference is shown as "moved".
    std::optional<ItemSnapshot> known;
    QDateTime seenStart;
    QDateTime seenEnd;
    QString seenRoom;
    // The start time a reminder was shown for, so it never fires twice.
    QDateTime remindedFor;

    QString key() const { return itemKey(kind, id); }
    bool isEmpty() const { return !bookmarked && note.isEmpty(); }
};

// The bookmarks file of one edition, as JSON. Parsing is strict: anything
// unexpected makes the whole file invalid, so damage is never half-read.
struct BookmarkFile {
    QString edition;
    QList<BookmarkEntry> entries;

    QByteArray toJson() const;
    // nullopt and a reason when the bytes are not a valid bookmarks file.
    static std::optional<BookmarkFile> fromJson(const QByteArray &json, QString *error);
};

// Merges two copies of a store's entries: per item, the more recently
// updated entry wins; the program snapshot and reminder state follow the
// entry they belong to, except that a reminder shown by either copy counts.
QList<BookmarkEntry> mergeEntries(const QList<BookmarkEntry> &ours, const QList<BookmarkEntry> &theirs);

// Merges entries imported from another laptop: it only ever adds. A bookmark
// in either is kept, and differing notes are both kept, one after the other.
// changedCount: how many entries were added or changed.
QList<BookmarkEntry> importEntries(const QList<BookmarkEntry> &ours, const QList<BookmarkEntry> &imported,
                                   const QDateTime &now, int *changedCount);

// The attendee's bookmarks and notes for one edition, in one file under the
// app's data location. Every save is atomic and durable: the previous file
// is kept as a backup, the new one is written with QSaveFile (which syncs
// it) and the directory is synced so the rename survives a power cut. Saves
// hold a lock file and merge with what is on disk first, so two instances of
// the app on the same store do not clobber each other.
class BookmarkStore {
public:
    // dir: where the edition files live; edition: the workshop edition id.
    BookmarkStore(QString dir, QString edition);

    QString edition() const { return m_edition; }
    QString filePath() const;
    QString backupPath() const;

    // Reads the file. A damaged file is moved aside and the backup restored
    // when it is good; notice() then says what happened, once. Returns false
    // only when the file exists and could not be read at all.
    bool load();
    // Whether saving can work at all: false, with error() saying why, when
    // the folder (or the lock file in it) cannot be written to, so that the
    // attendee is told before adding anything.
    bool canSave();
    // Merges what another instance saved since; true when entries changed.
    bool reloadFromDisk();
    // Writes the entries (merged with the file on disk; a damaged file is
    // moved aside and the backup merged in instead). On failure, such as a
    // full disk, the file on disk is left as it was and error() says why.
    bool save();

    const QList<BookmarkEntry> &entries() const { return m_entries; }
    void setEntries(QList<BookmarkEntry> entries) { m_entries = std::move(entries); }
    const BookmarkEntry *entry(ItemKind kind, const QString &id) const;
    // The entry to change; created when missing. Changing it is the
    // caller's job, as is setting `updated` when the attendee made the change.
    BookmarkEntry &edit(ItemKind kind, const QString &id);

    // Writes the edition's bookmarks and notes to another file, for moving
    // them to another laptop.
    bool exportTo(const QString &path) const;
    // Merges a file written by exportTo; never removes anything. Returns the
    // number of entries added or changed, or -1 with error() set.
    int importFrom(const QString &path, const QDateTime &now);

    QString error() const { return m_error; }
    // A message for the attendee about a recovery; empty when none.
    QString notice() const { return m_notice; }
    void clearNotice() { m_notice.clear(); }

private:
    enum class ReadResult { Missing, Ok, Damaged, Unreadable };
    // Any bookmarks file, of any edition.
    static ReadResult readAny(const QString &path, BookmarkFile *file, QString *why);
    // A file of this store's edition; another edition's counts as damaged.
    ReadResult read(const QString &path, BookmarkFile *file, QString *why) const;
    // Moves a damaged file aside and takes in the backup, when it is good;
    // false, leaving the file alone, when it cannot be moved.
    bool recoverFromDamage(const QString &why);
    // Merges the backup's entries in, when it is good; returns when it was saved.
    std::optional<QString> takeInBackup();
    void removeLeftoverTemporaryFiles() const;
    bool writeAtomically(const QString &path, const QByteArray &bytes);
    QString moveAside(const QString &path) const;

    QString m_dir;
    QString m_edition;
    QList<BookmarkEntry> m_entries;
    mutable QString m_error;
    QString m_notice;
};

// A file system name for an edition id; ids that are not plain names are
// hashed, so an id can never point outside the store's directory.
QString bookmarkFileName(const QString &edition);

} // namespace wc
