// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "bookmarkstore.h"

#include "atomicfile.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <unistd.h>

namespace wc {

namespace {

constexpr int fileFormat = 1;
constexpr auto fileType = "workshop-companion-bookmarks";
// A bookmarks file holds a few hundred short entries; anything near this
// size is not one of ours, and reading it whole would only waste memory.
constexpr qint64 maxFileBytes = 16 * 1024 * 1024;
constexpr std::chrono::milliseconds lockTimeout {5000};

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Reads an optional time; false when present but not a time.
bool readTime(const QJsonObject &object, const char *name, QDateTime *time)
{
    const auto value = object.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return false;
    // Empty: an item without a time, such as a paper not yet in a poster session.
    if (value.toString().isEmpty())
        return true;
    *time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    // One that cannot be written back (before year 1 or after 9999 in UTC)
    // is damage as well: the next save would drop it.
    return time->isValid() && !timeText(*time).isEmpty();
}

bool readString(const QJsonObject &object, const char *name, QString *text)
{
    const auto value = object.value(QLatin1String(name));
    if (value.isUndefined())
        return true;
    if (!value.isString())
        return false;
    *text = value.toString();
    return true;
}

QJsonObject snapshotToJson(const ItemSnapshot &s)
{
    QJsonObject o{{QStringLiteral("title"), s.title},
                  {QStringLiteral("start"), timeText(s.start)},
                  {QStringLiteral("end"), timeText(s.end)},
                  {QStringLiteral("room"), s.room},
                  {QStringLiteral("posterSession"), s.posterSession},
                  {QStringLiteral("cancelled"), s.cancelled}};
    if (s.board)
        o.insert(QStringLiteral("board"), *s.board);
    return o;
}

bool snapshotFromJson(const QJsonObject &o, ItemSnapshot *s)
{
    if (!readString(o, "title", &s->title) || !readTime(o, "start", &s->start) ||
        !readTime(o, "end", &s->end) || !readString(o, "room", &s->room) ||
        !readString(o, "posterSession", &s->posterSession))
        return false;
    const auto board = o.value(QLatin1String("board"));
    if (board.isDouble())
        s->board = board.toInt();
    else if (!board.isUndefined())
        return false;
    const auto cancelled = o.value(QLatin1String("cancelled"));
    if (!cancelled.isUndefined() && !cancelled.isBool())
        return false;
    s->cancelled = cancelled.toBool();
    return true;
}

QJsonObject entryToJson(const BookmarkEntry &e)
{
    QJsonObject o{{QStringLiteral("kind"),
                   e.kind == ItemKind::Session ? QStringLiteral("session") : QStringLiteral("paper")},
                  {QStringLiteral("id"), e.id},
                  {QStringLiteral("bookmarked"), e.bookmarked},
                  {QStringLiteral("updated"), timeText(e.updated)}};
    if (!e.note.isEmpty())
        o.insert(QStringLiteral("note"), e.note);
    if (e.known)
        o.insert(QStringLiteral("known"), snapshotToJson(*e.known));
    if (e.seenStart.isValid() || !e.seenRoom.isEmpty())
        o.insert(QStringLiteral("seen"), QJsonObject{{QStringLiteral("start"), timeText(e.seenStart)},
                                                     {QStringLiteral("end"), timeText(e.seenEnd)},
                                                     {QStringLiteral("room"), e.seenRoom}});
    if (e.remindedFor.isValid())
        o.insert(QStringLiteral("remindedFor"), timeText(e.remindedFor));
    return o;
}

std::optional<BookmarkEntry> entryFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const auto o = value.toObject();
    BookmarkEntry e;
    const auto kind = o.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("session"))
        e.kind = ItemKind::Session;
    else if (kind == QLatin1String("paper"))
        e.kind = ItemKind::Paper;
    else
        return std::nullopt;
    e.id = o.value(QLatin1String("id")).toString();
    const auto bookmarked = o.value(QLatin1String("bookmarked"));
    if (e.id.isEmpty() || !bookmarked.isBool() || !readString(o, "note", &e.note) ||
        !readTime(o, "updated", &e.updated) || !readTime(o, "remindedFor", &e.remindedFor))
        return std::nullopt;
    e.bookmarked = bookmarked.toBool();
    if (o.contains(QLatin1String("known"))) {
        ItemSnapshot s;
        if (!o.value(QLatin1String("known")).isObject() ||
            !snapshotFromJson(o.value(QLatin1String("known")).toObject(), &s))
            return std::nullopt;
        e.known = s;
    }
    if (o.contains(QLatin1String("seen"))) {
        const auto seen = o.value(QLatin1String("seen"));
        if (!seen.isObject() || !readTime(seen.toObject(), "start", &e.seenStart) ||
            !readTime(seen.toObject(), "end", &e.seenEnd) || !readString(seen.toObject(), "room", &e.seenRoom))
            return std::nullopt;
    }
    return e;
}

// Over the items as Qt writes them compactly, which reading and writing
// again reproduces byte for byte: a bit flipped in a note or a time still
// parses, and only this tells it from what was saved.
QString itemsChecksum(const QJsonArray &items)
{
    return QString::fromLatin1(QCryptographicHash::hash(
        QJsonDocument(items).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
                                   .toHex());
}

} // namespace

QString itemKey(ItemKind kind, const QString &id)
{
    return (kind == ItemKind::Session ? QStringLiteral("session/") : QStringLiteral("paper/")) + id;
}

QByteArray BookmarkFile::toJson() const
{
    QJsonArray items;
    for (const auto &e : entries)
        items.append(entryToJson(e));
    const QJsonObject root {{QStringLiteral("type"), QLatin1String(fileType)},
        {QStringLiteral("format"), fileFormat}, {QStringLiteral("edition"), edition},
        {QStringLiteral("items"), items}, {QStringLiteral("sha256"), itemsChecksum(items)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<BookmarkFile> BookmarkFile::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not valid JSON at byte %1 (%2)")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    const auto root = doc.object();
    if (root.value(QLatin1String("type")).toString() != QLatin1String(fileType)) {
        *error = QStringLiteral("not a Workshop Companion bookmarks file");
        return std::nullopt;
    }
    if (root.value(QLatin1String("format")).toInt() != fileFormat) {
        *error = QStringLiteral("written in format %1, which this version cannot read")
                     .arg(root.value(QLatin1String("format")).toVariant().toString());
        return std::nullopt;
    }
    BookmarkFile file;
    file.edition = root.value(QLatin1String("edition")).toString();
    const auto items = root.value(QLatin1String("items"));
    if (file.edition.isEmpty() || !items.isArray()) {
        *error = QStringLiteral("the edition or the item list is missing");
        return std::nullopt;
    }
    // Files of earlier versions have no checksum; nor has one whose "sha256"
    // was damaged, but then the damage is not in the items.
    const auto checksum = root.value(QLatin1String("sha256"));
    if (!checksum.isUndefined() && checksum.toString() != itemsChecksum(items.toArray())) {
        *error =
            QStringLiteral("its items do not match their checksum (damaged, or edited by hand)");
        return std::nullopt;
    }
    QHash<QString, qsizetype> seen;
    for (const auto &item : items.toArray()) {
        auto entry = entryFromJson(item);
        if (!entry) {
            *error = QStringLiteral("item %1 is damaged").arg(file.entries.size() + 1);
            return std::nullopt;
        }
        // A duplicate can only come from a hand edit; the later one wins.
        if (const auto it = seen.constFind(entry->key()); it != seen.cend()) {
            file.entries[*it] = std::move(*entry);
            continue;
        }
        seen.insert(entry->key(), file.entries.size());
        file.entries.append(std::move(*entry));
    }
    return file;
}

QList<BookmarkEntry> mergeEntries(const QList<BookmarkEntry> &ours, const QList<BookmarkEntry> &theirs)
{
    QList<BookmarkEntry> merged = ours;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < merged.size(); ++i)
        index.insert(merged.at(i).key(), i);
    for (const auto &their : theirs) {
        const auto it = index.constFind(their.key());
        if (it == index.cend()) {
            index.insert(their.key(), merged.size());
            merged.append(their);
            continue;
        }
        auto &our = merged[*it];
        const auto reminded = std::max(our.remindedFor, their.remindedFor);
        const auto known = our.known ? our.known : their.known;
        if (their.updated > our.updated)
            our = their;
        our.remindedFor = reminded;
        if (!our.known)
            our.known = known;
    }
    return merged;
}

QList<BookmarkEntry> importEntries(const QList<BookmarkEntry> &ours, const QList<BookmarkEntry> &imported,
                                   const QDateTime &now, int *changedCount)
{
    *changedCount = 0;
    QList<BookmarkEntry> merged = ours;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < merged.size(); ++i)
        index.insert(merged.at(i).key(), i);
    for (const auto &in : imported) {
        if (in.isEmpty())
            continue; // a removal on the other laptop never removes here
        const auto it = index.constFind(in.key());
        if (it == index.cend()) {
            auto added = in;
            added.updated = now;
            index.insert(added.key(), merged.size());
            merged.append(added);
            ++*changedCount;
            continue;
        }
        auto &our = merged[*it];
        bool changed = false;
        if (in.bookmarked && !our.bookmarked) {
            our.bookmarked = true;
            changed = true;
        }
        if (!in.note.isEmpty() && !our.note.contains(in.note)) {
            our.note = our.note.isEmpty() ? in.note : our.note + QStringLiteral("\n\n") + in.note;
            changed = true;
        }
        if (!our.known)
            our.known = in.known;
        if (changed) {
            our.updated = now;
            ++*changedCount;
        }
    }
    return merged;
}

QString bookmarkFileName(const QString &edition)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    if (plain.match(edition).hasMatch())
        return edition + QStringLiteral(".json");
    return QStringLiteral("edition-%1.json")
        .arg(QString::fromLatin1(
            QCryptographicHash::hash(edition.toUtf8(), QCryptographicHash::Sha256).toHex().left(32)));
}

BookmarkStore::BookmarkStore(QString dir, QString edition)
    : m_dir(std::move(dir))
    , m_edition(std::move(edition))
{
}

QString BookmarkStore::filePath() const
{
    return QDir(m_dir).filePath(bookmarkFileName(m_edition));
}

QString BookmarkStore::backupPath() const
{
    return filePath() + QStringLiteral(".bak");
}

const BookmarkEntry *BookmarkStore::entry(ItemKind kind, const QString &id) const
{
    for (const auto &e : m_entries) {
        if (e.kind == kind && e.id == id)
            return &e;
    }
    return nullptr;
}

BookmarkEntry &BookmarkStore::edit(ItemKind kind, const QString &id)
{
    for (auto &e : m_entries) {
        if (e.kind == kind && e.id == id)
            return e;
    }
    BookmarkEntry e;
    e.kind = kind;
    e.id = id;
    m_entries.append(e);
    return m_entries.last();
}

BookmarkStore::ReadResult BookmarkStore::readAny(const QString &path, BookmarkFile *file, QString *why)
{
    QFile f(path);
    if (!f.exists()) {
        *why = QStringLiteral("there is no such file");
        return ReadResult::Missing;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *why = f.errorString();
        return ReadResult::Unreadable;
    }
    if (f.size() > maxFileBytes) {
        *why = QStringLiteral("it is %1 bytes, far too large for a bookmarks file").arg(f.size());
        return ReadResult::Damaged;
    }
    const auto bytes = f.readAll();
    if (f.error() != QFileDevice::NoError) {
        *why = f.errorString();
        return ReadResult::Unreadable;
    }
    auto parsed = BookmarkFile::fromJson(bytes, why);
    if (!parsed)
        return ReadResult::Damaged;
    *file = std::move(*parsed);
    return ReadResult::Ok;
}

BookmarkStore::ReadResult BookmarkStore::read(const QString &path, BookmarkFile *file, QString *why) const
{
    BookmarkFile parsed;
    const auto result = readAny(path, &parsed, why);
    if (result != ReadResult::Ok)
        return result;
    if (parsed.edition != m_edition) {
        *why = QStringLiteral("it holds the bookmarks of another edition (%1)").arg(parsed.edition);
        return ReadResult::Damaged;
    }
    *file = std::move(parsed);
    return ReadResult::Ok;
}

QString BookmarkStore::moveAside(const QString &path) const
{
    const auto stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    auto target = QStringLiteral("%1.corrupt-%2").arg(path, stamp);
    for (int n = 2; QFile::exists(target); ++n)
        target = QStringLiteral("%1.corrupt-%2-%3").arg(path, stamp, QString::number(n));
    if (!QFile::rename(path, target)) {
        qCWarning(lcBookmarks) << "cannot move aside" << path;
        return {};
    }
    syncDirectory(m_dir);
    return target;
}

bool BookmarkStore::load()
{
    m_error.clear();
    BookmarkFile file;
    QString why;
    switch (read(filePath(), &file, &why)) {
    case ReadResult::Missing:
        m_entries.clear();
        // Only a save killed while recovering from damage leaves a backup
        // without the file; saving takes the backup in.
        if (QFileInfo::exists(backupPath()) && !save())
            m_notice = m_error;
        return true;
    case ReadResult::Ok:
        m_entries = file.entries;
        return true;
    case ReadResult::Unreadable:
        m_error = QStringLiteral("Cannot read your bookmarks (%1): %2").arg(filePath(), why);
        m_entries.clear();
        return false;
    case ReadResult::Damaged:
        break;
    }
    m_entries.clear();
    // Saving recovers: it moves the damaged file aside, takes in the backup
    // and writes a good file, under the lock another instance also takes.
    if (!save())
        m_notice = m_error;
    return true;
}

bool BookmarkStore::canSave()
{
    // access(2) asks the kernel, which also knows of read-only mounts and
    // immutable folders that permission bits do not show (root has no other
    // limit); saving replaces files by renaming in the folder, and locks.
    const auto lockPath = filePath() + QStringLiteral(".lock");
    const auto denied = [](const QString &path) {
        return ::access(QFile::encodeName(path).constData(), W_OK) != 0;
    };
    if (QDir().mkpath(m_dir) && !denied(m_dir) &&
        (!QFileInfo::exists(lockPath) || !denied(lockPath)))
        return true;
    m_error =
        QStringLiteral(
            "Your bookmarks cannot be saved: the folder %1 cannot be written to (%2). Bookmarks "
            "you add are kept while the app runs, and saved with your next change or when you "
            "quit once the folder can be written to.")
            .arg(QDir::toNativeSeparators(m_dir), QString::fromLocal8Bit(std::strerror(errno)));
    return false;
}

bool BookmarkStore::recoverFromDamage(const QString &why)
{
    qCWarning(lcBookmarks) << "damaged bookmarks file" << filePath() << why;
    const auto aside = QFileInfo(moveAside(filePath())).fileName();
    if (aside.isEmpty()) {
        m_error = QStringLiteral("Your bookmarks file is damaged (%1) and cannot be moved aside, so it "
                                 "was left alone and nothing was saved.")
                      .arg(why);
        return false;
    }
    if (const auto backupTime = takeInBackup()) {
        m_notice =
            QStringLiteral("Your bookmarks file was damaged (%1). It was kept as %2, and your "
                           "bookmarks were restored from the backup saved at %3.")
                .arg(why, aside, *backupTime);
    } else {
        m_notice =
            QStringLiteral("Your bookmarks file was damaged (%1) and there is no good backup. "
                           "It was kept as %2, and your bookmarks start empty.")
                .arg(why, aside);
    }
    return true;
}

std::optional<QString> BookmarkStore::takeInBackup()
{
    BookmarkFile backup;
    QString why;
    const auto result = read(backupPath(), &backup, &why);
    if (result == ReadResult::Damaged) {
        // The next save would replace it: kept for the attendee instead.
        qCWarning(lcBookmarks) << "damaged backup" << backupPath() << why;
        moveAside(backupPath());
    }
    if (result != ReadResult::Ok)
        return std::nullopt;
    m_entries = mergeEntries(m_entries, backup.entries);
    return QFileInfo(backupPath()).lastModified().toString(Qt::ISODate);
}

void BookmarkStore::removeLeftoverTemporaryFiles() const
{
    // QSaveFile writes "<name>.XXXXXX" and renames it over <name>; a process
    // killed in between leaves it. Under the lock no save is under way, so
    // any such file of ours is a leftover.
    QDir dir(m_dir);
    const auto name = QRegularExpression::escape(QFileInfo(filePath()).fileName());
    const QRegularExpression leftover(QStringLiteral("^%1(\\.bak)?\\.[A-Za-z0-9]{6}$").arg(name));
    for (const auto &file : dir.entryList(QDir::Files | QDir::Hidden)) {
        if (leftover.match(file).hasMatch() && dir.remove(file))
            qCInfo(lcBookmarks) << "removed" << file << "left by a save that did not finish";
    }
}

bool BookmarkStore::reloadFromDisk()
{
    BookmarkFile disk;
    QString why;
    if (read(filePath(), &disk, &why) != ReadResult::Ok)
        return false;
    const auto merged = mergeEntries(m_entries, disk.entries);
    const bool changed = BookmarkFile{m_edition, merged}.toJson() != BookmarkFile{m_edition, m_entries}.toJson();
    m_entries = merged;
    return changed;
}

bool BookmarkStore::writeAtomically(const QString &path, const QByteArray &bytes)
{
    return writeFileAtomically(path, bytes, &m_error);
}

bool BookmarkStore::save()
{
    m_error.clear();
    if (!QDir().mkpath(m_dir)) {
        m_error = QStringLiteral("Cannot create the folder %1 for your bookmarks.").arg(m_dir);
        return false;
    }
    FileLock lock(filePath() + QStringLiteral(".lock"));
    switch (lock.lock(lockTimeout)) {
    case FileLock::Result::Locked:
        break;
    case FileLock::Result::Busy:
        m_error = QStringLiteral("Another Workshop Companion is still saving the bookmarks; not saved.");
        return false;
    case FileLock::Result::Failed:
        m_error = QStringLiteral(
            "Cannot save your bookmarks in %1 (%2). Your saved bookmarks are unchanged.")
                      .arg(QDir::toNativeSeparators(m_dir), lock.errorString());
        return false;
    }
    removeLeftoverTemporaryFiles();
    BookmarkFile disk;
    QString why;
    const auto onDisk = read(filePath(), &disk, &why);
    switch (onDisk) {
    case ReadResult::Unreadable:
        m_error = QStringLiteral("Cannot read your bookmarks file to save it (%1), so it was left alone.")
                      .arg(why);
        return false;
    case ReadResult::Damaged:
        if (!recoverFromDamage(why))
            return false;
        break;
    case ReadResult::Ok:
        m_entries = mergeEntries(m_entries, disk.entries);
        break;
    case ReadResult::Missing:
        if (const auto backupTime = takeInBackup())
            m_notice =
                QStringLiteral("Your bookmarks file was missing; your bookmarks were restored from "
                               "the backup saved at %1.")
                    .arg(*backupTime);
        break;
    }
    // A good file on disk becomes the backup before it is replaced, so there
    // is always a loadable copy of the last save.
    const bool saved = (onDisk != ReadResult::Ok || writeAtomically(backupPath(), disk.toJson())) &&
                       writeAtomically(filePath(), BookmarkFile{m_edition, m_entries}.toJson());
    if (!saved) {
        m_error = QStringLiteral("Could not save your bookmarks: %1. Your saved bookmarks are unchanged.")
                      .arg(m_error);
        qCWarning(lcBookmarks) << m_error;
    }
    return saved;
}

bool BookmarkStore::exportTo(const QString &path) const
{
    BookmarkFile file{m_edition, {}};
    for (const auto &e : m_entries) {
        if (!e.isEmpty())
            file.entries.append(e);
    }
    QString why;
    if (!writeFileAtomically(path, file.toJson(), &why)) {
        m_error = QStringLiteral("Could not write %1: %2").arg(path, why);
        return false;
    }
    return true;
}

int BookmarkStore::importFrom(const QString &path, const QDateTime &now)
{
    m_error.clear();
    BookmarkFile file;
    QString why;
    if (readAny(path, &file, &why) != ReadResult::Ok) {
        m_error = QStringLiteral("%1 cannot be imported: %2.").arg(QFileInfo(path).fileName(), why);
        return -1;
    }
    if (file.edition != m_edition) {
        m_error = QStringLiteral("%1 holds bookmarks for another edition (%2), not this one (%3); "
                                 "nothing was imported.")
                      .arg(QFileInfo(path).fileName(), file.edition, m_edition);
        return -1;
    }
    const auto before = m_entries;
    int changed = 0;
    m_entries = importEntries(m_entries, file.entries, now, &changed);
    if (!save()) {
        m_entries = before;
        return -1;
    }
    return changed;
}

} // namespace wc
