// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "bookmarkstore.h"
#include "program.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>
#include <optional>

class TimeDisplay;

// The attendee's bookmarks and notes, kept in the core's BookmarkStore (one
// file per edition) and saved on every change. Works out, for QML and the
// models, what clashes and what changed since the attendee last looked.
class Bookmarks : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app creates the bookmarks")
    Q_PROPERTY(int count READ count NOTIFY scheduleChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(QString storeFile READ storeFile NOTIFY scheduleChanged)

public:
    enum class Kind { Session, Paper };
    Q_ENUM(Kind)

    // storeDir: where the per-edition files live (under the app's data location).
    Bookmarks(QString storeDir, TimeDisplay *timeDisplay, QObject *parent = nullptr);
    ~Bookmarks() override;

    // Opens the store of the program's edition and records the program's
    // current details of every bookmarked item.
    void setProgram(std::shared_ptr<const wc::Program> program);
    // While an organizer previews a draft, bookmarks are shown against it but
    // never changed or saved: the draft's times are not the attendee's.
    void setPreviewing(bool previewing);
    bool isPreviewing() const { return m_previewing; }
    std::shared_ptr<const wc::Program> program() const { return m_program; }
    QList<wc::BookmarkEntry> entries() const;
    QString storeFile() const;

    int count() const;
    // A message for the attendee: a recovered store, a failed save, an
    // import's result. Empty when there is nothing to say.
    QString notice() const { return m_notice; }
    Q_INVOKABLE void dismissNotice();

    Q_INVOKABLE bool contains(Bookmarks::Kind kind, const QString &id) const;
    // False for an item the program does not have, and for a retracted
    // paper (never bookmarkable anew; an existing bookmark stays).
    Q_INVOKABLE bool canBookmark(Bookmarks::Kind kind, const QString &id) const;
    Q_INVOKABLE void setBookmarked(Bookmarks::Kind kind, const QString &id, bool bookmarked);
    Q_INVOKABLE void toggle(Bookmarks::Kind kind, const QString &id);
    Q_INVOKABLE QString note(Bookmarks::Kind kind, const QString &id) const;
    Q_INVOKABLE void setNote(Bookmarks::Kind kind, const QString &id, const QString &note);
    // "Clashes with Keynote (09:15–10:15)"; empty when it does not clash.
    Q_INVOKABLE QString clashText(Bookmarks::Kind kind, const QString &id) const;
    // "Moved from 13:30 to 13:50" until acknowledged; empty when unchanged.
    Q_INVOKABLE QString changeText(Bookmarks::Kind kind, const QString &id) const;
    Q_INVOKABLE void acknowledge(Bookmarks::Kind kind, const QString &id);

    // Moving to another laptop: one file with bookmarks and notes. Import
    // merges and never removes anything. Both report through notice().
    Q_INVOKABLE bool exportBookmarks(const QUrl &file);
    Q_INVOKABLE bool importBookmarks(const QUrl &file);

    // Reminders: records that a session's reminder was shown for `start`.
    void markReminded(const QString &sessionId, const QDateTime &start);

    static wc::ItemKind itemKind(Kind kind)
    {
        return kind == Kind::Session ? wc::ItemKind::Session : wc::ItemKind::Paper;
    }
    static Kind kindOf(wc::ItemKind kind)
    {
        return kind == wc::ItemKind::Session ? Kind::Session : Kind::Paper;
    }

Q_SIGNALS:
    // Anything in the schedule changed: a bookmark, a note, a clash.
    void scheduleChanged();
    void noticeChanged();

private:
    void change(Kind kind, const QString &id, const std::function<void(wc::BookmarkEntry &)> &edit);
    void saveAndAnnounce();
    void recompute();
    void setNotice(const QString &notice);
    // Tells that saving does not work; the notice goes once a save works.
    void showSaveProblem(const QString &problem);
    void mergeFromDisk();
    QString itemTitle(const QString &key) const;

    QString m_storeDir;
    TimeDisplay *m_timeDisplay;
    std::shared_ptr<const wc::Program> m_program;
    std::optional<wc::BookmarkStore> m_store;
    QHash<QString, QStringList> m_clashes;
    QFileSystemWatcher m_watcher;
    QString m_notice;
    QString m_saveProblem; // the notice of a save that failed, until one works
    bool m_unsaved = false;
    bool m_previewing = false;
};
