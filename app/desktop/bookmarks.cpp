// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "bookmarks.h"

#include "myschedule.h"
#include "timedisplay.h"

#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBookmarksUi, "wc.desktop.bookmarks", QtWarningMsg)

Bookmarks::Bookmarks(QString storeDir, TimeDisplay *timeDisplay, QObject *parent)
    : QObject(parent)
    , m_storeDir(std::move(storeDir))
    , m_timeDisplay(timeDisplay)
{
    // Another instance of the app saved: take its changes. Saves replace
    // the file by a rename, so the folder is watched, not the file.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &Bookmarks::mergeFromDisk);
    connect(m_timeDisplay, &TimeDisplay::changed, this, &Bookmarks::scheduleChanged);
}

Bookmarks::~Bookmarks()
{
    if (m_unsaved && m_store)
        m_store->save();
}

void Bookmarks::setProgram(std::shared_ptr<const wc::Program> program)
{
    m_program = std::move(program);
    if (!m_program)
        return;
    const auto &edition = m_program->workshop.id;
    if (!m_store || m_store->edition() != edition) {
        if (m_unsaved && m_store)
            m_store->save();
        m_store.emplace(m_storeDir, edition);
        m_unsaved = false;
        if (!m_store->load())
            setNotice(m_store->error() +
                tr(" Bookmarks you add now will not be saved until it can be read."));
        else if (!m_store->notice().isEmpty())
            setNotice(m_store->notice());
        else if (!m_store->canSave())
            showSaveProblem(m_store->error());
        m_store->clearNotice();
        if (QDir().mkpath(m_storeDir) && !m_watcher.directories().contains(m_storeDir))
            m_watcher.addPath(m_storeDir);
    }
    auto entries = m_store->entries();
    if (!m_previewing && wc::refreshSnapshots(entries, *m_program)) {
        m_store->setEntries(entries);
        saveAndAnnounce();
        return;
    }
    recompute();
}

void Bookmarks::setPreviewing(bool previewing)
{
    m_previewing = previewing;
}

QList<wc::BookmarkEntry> Bookmarks::entries() const
{
    return m_store ? m_store->entries() : QList<wc::BookmarkEntry>();
}

QString Bookmarks::storeFile() const
{
    return m_store ? m_store->filePath() : QString();
}

int Bookmarks::count() const
{
    int n = 0;
    for (const auto &e : entries())
        n += e.bookmarked ? 1 : 0;
    return n;
}

void Bookmarks::dismissNotice()
{
    setNotice({});
}

void Bookmarks::setNotice(const QString &notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged();
}

bool Bookmarks::contains(Kind kind, const QString &id) const
{
    const auto *e = m_store ? m_store->entry(itemKind(kind), id) : nullptr;
    return e && e->bookmarked;
}

bool Bookmarks::canBookmark(Kind kind, const QString &id) const
{
    if (!m_program)
        return false;
    if (kind == Kind::Session)
        return m_program->session(id) != nullptr;
    const auto *paper = m_program->paper(id);
    return paper && !paper->retracted;
}

void Bookmarks::change(
    Kind kind, const QString &id, const std::function<void(wc::BookmarkEntry &)> &edit)
{
    if (!m_store || id.isEmpty())
        return;
    if (m_previewing) {
        setNotice(tr("Bookmarks and notes cannot be changed while a draft is previewed."));
        return;
    }
    auto &entry = m_store->edit(itemKind(kind), id);
    edit(entry);
    entry.updated = QDateTime::currentDateTimeUtc();
    auto entries = m_store->entries();
    if (m_program)
        wc::refreshSnapshots(entries, *m_program);
    m_store->setEntries(entries);
    saveAndAnnounce();
}

void Bookmarks::setBookmarked(Kind kind, const QString &id, bool bookmarked)
{
    if (contains(kind, id) == bookmarked || (bookmarked && !canBookmark(kind, id)))
        return;
    change(kind, id, [bookmarked](wc::BookmarkEntry &e) {
        e.bookmarked = bookmarked;
        // A new bookmark starts from what the attendee sees now.
        if (bookmarked) {
            e.seenStart = {};
            e.seenEnd = {};
            e.seenRoom.clear();
        }
    });
}

void Bookmarks::toggle(Kind kind, const QString &id)
{
    setBookmarked(kind, id, !contains(kind, id));
}

QString Bookmarks::note(Kind kind, const QString &id) const
{
    const auto *e = m_store ? m_store->entry(itemKind(kind), id) : nullptr;
    return e ? e->note : QString();
}

void Bookmarks::setNote(Kind kind, const QString &id, const QString &note)
{
    const auto trimmed = note.trimmed();
    if (trimmed == this->note(kind, id))
        return;
    change(kind, id, [&trimmed](wc::BookmarkEntry &e) { e.note = trimmed; });
}

QString Bookmarks::itemTitle(const QString &key) const
{
    const auto slash = key.indexOf(QLatin1Char('/'));
    const auto kind =
        key.startsWith(QLatin1String("session/")) ? wc::ItemKind::Session : wc::ItemKind::Paper;
    const auto snapshot = wc::snapshotOf(*m_program, kind, key.mid(slash + 1));
    if (!snapshot)
        return key.mid(slash + 1);
    const auto title =
        kind == wc::ItemKind::Paper ? tr("poster “%1”").arg(snapshot->title) : snapshot->title;
    return tr("%1 (%2)").arg(title, m_timeDisplay->timeRange(snapshot->start, snapshot->end));
}

QString Bookmarks::clashText(Kind kind, const QString &id) const
{
    const auto keys = m_clashes.value(wc::itemKey(itemKind(kind), id));
    if (keys.isEmpty() || !m_program)
        return {};
    QStringList titles;
    for (const auto &key : keys)
        titles.append(itemTitle(key));
    return tr("Clashes with %1").arg(titles.join(QStringLiteral("; ")));
}

QString Bookmarks::changeText(Kind kind, const QString &id) const
{
    const auto *e = m_store ? m_store->entry(itemKind(kind), id) : nullptr;
    if (!e || !e->bookmarked || !e->known || !e->seenStart.isValid() || !m_program ||
        !wc::snapshotOf(*m_program, itemKind(kind), id))
        return {};
    const auto &now = *e->known;
    const bool timeMoved = now.start != e->seenStart || now.end != e->seenEnd;
    const bool roomMoved = now.room != e->seenRoom;
    const auto when = [this](const QDateTime &start) {
        return m_timeDisplay->shortDay(start) + QLatin1Char(' ') + m_timeDisplay->time(start);
    };
    const bool sameDay =
        m_timeDisplay->shortDay(now.start) == m_timeDisplay->shortDay(e->seenStart);
    const auto from = sameDay ? m_timeDisplay->time(e->seenStart) : when(e->seenStart);
    const auto to = sameDay ? m_timeDisplay->time(now.start) : when(now.start);
    if (timeMoved && roomMoved)
        return tr("Moved from %1 in %2 to %3 in %4").arg(from, e->seenRoom, to, now.room);
    if (roomMoved)
        return tr("Moved from %1 to %2").arg(e->seenRoom, now.room);
    if (now.start != e->seenStart)
        return tr("Moved from %1 to %2").arg(from, to);
    if (timeMoved)
        return tr("Now ends at %1 instead of %2")
            .arg(m_timeDisplay->time(now.end), m_timeDisplay->time(e->seenEnd));
    return {};
}

void Bookmarks::acknowledge(Kind kind, const QString &id)
{
    const auto *e = m_store ? m_store->entry(itemKind(kind), id) : nullptr;
    if (!e || !e->known)
        return;
    change(kind, id, [](wc::BookmarkEntry &entry) {
        entry.seenStart = entry.known->start;
        entry.seenEnd = entry.known->end;
        entry.seenRoom = entry.known->room;
    });
}

bool Bookmarks::exportBookmarks(const QUrl &file)
{
    if (!m_store)
        return false;
    const auto path = file.toLocalFile();
    if (!m_store->exportTo(path)) {
        setNotice(m_store->error());
        return false;
    }
    setNotice(tr("Bookmarks and notes exported to %1 (bookmarks: %2).")
                  .arg(path, QString::number(count())));
    return true;
}

bool Bookmarks::importBookmarks(const QUrl &file)
{
    if (!m_store || m_previewing)
        return false;
    const int added = m_store->importFrom(file.toLocalFile(), QDateTime::currentDateTimeUtc());
    if (added < 0) {
        setNotice(m_store->error());
        return false;
    }
    setNotice(added == 0
            ? tr("Nothing new to import: you already have everything in that file.")
            : tr("Bookmarks and notes imported (new or changed: %1); nothing was removed.")
                  .arg(added));
    if (m_program)
        setProgram(m_program);
    else
        recompute();
    return true;
}

void Bookmarks::markReminded(const QString &sessionId, const QDateTime &start)
{
    if (!m_store || m_previewing)
        return;
    m_store->edit(wc::ItemKind::Session, sessionId).remindedFor = start;
    saveAndAnnounce();
}

void Bookmarks::saveAndAnnounce()
{
    if (m_store->save()) {
        m_unsaved = false;
        if (!m_store->notice().isEmpty()) {
            setNotice(m_store->notice());
            m_store->clearNotice();
        } else if (!m_saveProblem.isEmpty() && m_notice == m_saveProblem) {
            setNotice({}); // what it told of is over: everything is saved now
        }
        m_saveProblem.clear();
    } else {
        // Kept in memory and saved with the next change or on quit.
        m_unsaved = true;
        qCWarning(lcBookmarksUi) << m_store->error();
        showSaveProblem(m_store->error());
    }
    recompute();
}

void Bookmarks::showSaveProblem(const QString &problem)
{
    m_saveProblem = problem;
    setNotice(problem);
}

void Bookmarks::recompute()
{
    m_clashes = m_program && m_store ? wc::findClashes(*m_program, m_store->entries())
                                     : QHash<QString, QStringList>();
    Q_EMIT scheduleChanged();
}

void Bookmarks::mergeFromDisk()
{
    if (!m_store || !m_store->reloadFromDisk())
        return;
    if (m_program)
        setProgram(m_program);
    else
        recompute();
}
