// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "changelistmodel.h"
#include "program.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

class Bookmarks;
class ProgramRepository;
class SyncService;

// Organizer mode: a draft program folder shown as attendees would see it,
// reloaded whenever one of its files is saved (also by editors that save by
// writing a new file and renaming it over the old one). While the draft has
// errors the last valid state stays on screen and the repository's problems
// say what is wrong, by file:line:column. The draft is compared with the
// published copy of the same edition (the newest synced or bundled one)
// through the core's diff: the timeline marks what differs and the changes
// list shows all of it.
class DraftPreview : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app creates the draft preview")
    Q_PROPERTY(bool active READ isActive NOTIFY stateChanged)
    Q_PROPERTY(QString folder READ folder NOTIFY stateChanged)
    // The draft loaded without errors at least once: there is a state to show.
    Q_PROPERTY(bool hasValidState READ hasValidState NOTIFY stateChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY stateChanged)
    Q_PROPERTY(QString comparison READ comparison NOTIFY stateChanged)
    Q_PROPERTY(ChangeListModel *changes READ changes CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // The draft folder is gone (moved, deleted): waiting for it to come back.
    Q_PROPERTY(bool folderMissing READ isFolderMissing NOTIFY stateChanged)

public:
    // How the system opens a file (QDesktopServices::openUrl in the app).
    using UrlOpener = std::function<bool(const QUrl &)>;
    // Saves that come in a burst (an editor writing several files, or
    // writing one in pieces) make one reload, this long after the last.
    static constexpr int debounceMs = 200;

    DraftPreview(ProgramRepository *repository, SyncService *sync, Bookmarks *bookmarks,
        UrlOpener openUrl, QObject *parent = nullptr);

    // Opens `folder` as a draft. With `now`, loads on this thread (the
    // screenshot mode); otherwise in the background.
    void open(const QString &folder, bool now = false);
    Q_INVOKABLE void openFolder(const QUrl &folder) { open(folder.toLocalFile()); }
    // Back to the published program.
    Q_INVOKABLE void close();

    bool isActive() const { return !m_folder.isEmpty(); }
    QString folder() const { return m_folder; }
    bool hasValidState() const { return m_hasValidState; }
    QString statusText() const;
    QString comparison() const;
    ChangeListModel *changes() { return &m_changes; }
    QString message() const { return m_message; }
    bool isFolderMissing() const { return isActive() && !QFileInfo(m_folder).isDir(); }

    // "DIR/program.yaml:12:5" on the clipboard, for an editor's "go to".
    Q_INVOKABLE void copyLocation(const QString &location);
    // Opens a draft file in the system's editor for its type.
    Q_INVOKABLE void openInEditor(const QString &file);
    Q_INVOKABLE void clearMessage() { setMessage({}); }

Q_SIGNALS:
    void stateChanged();
    void messageChanged();
    // A reload of the draft finished, with or without errors.
    void reloaded();

private:
    void watch();
    void reload();
    void loaded();
    void compare();
    void setMessage(const QString &message);

    ProgramRepository *m_repository;
    SyncService *m_sync;
    Bookmarks *m_bookmarks;
    UrlOpener m_openUrl;
    ChangeListModel m_changes;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QString m_folder;
    QString m_publishedFolder; // and its version: what m_published was read from
    std::shared_ptr<const wc::Program> m_published;
    bool m_hasValidState = false;
    bool m_folderExists = false;
    QDateTime m_lastReload;
    QString m_message;
};
