// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "syncengine.h"

#include <QObject>
#include <QThread>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class AppSettings;
class ChangeListModel;
class ProgramRepository;
class SavedPapers;
class SyncWorker;
class TimeDisplay;

// Keeps the shown program up to date from its site (sync.url) without the
// window ever waiting: the core's sync engine runs on a thread of its own,
// at start, every few minutes (a setting) and on "Sync now". The status line
// says exactly what is shown and why; an update reloads the program and
// records its changes for "What changed".
class SyncService : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app creates the sync service")
    Q_PROPERTY(State state READ state NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY statusChanged)
    Q_PROPERTY(bool available READ isAvailable NOTIFY statusChanged)
    Q_PROPERTY(bool canForce READ canForce NOTIFY statusChanged)
    Q_PROPERTY(QString updateNotice READ updateNotice NOTIFY updateNoticeChanged)

public:
    enum class State {
        Unavailable, // no site to sync from, or a folder of the user's own
        Idle, // not checked yet in this run
        Checking,
        UpToDate,
        Updated,
        Offline, // the site could not be reached
        Failed, // the site answered, but the transfer failed
        Rejected, // the update failed a check; the old copy stays
    };
    Q_ENUM(State)

    struct Folders {
        QString bundled; // the program compiled in: the floor
        QString programs; // synced copies live in <programs>/<edition>
        QString photos; // the photo cache
    };

    SyncService(ProgramRepository *repository, ChangeListModel *changes, AppSettings *settings,
        TimeDisplay *timeDisplay, Folders folders, wc::SyncLimits limits = {},
        QObject *parent = nullptr);
    ~SyncService() override;

    // The folder to open at start: the synced copy when it beats the bundled one.
    QString startFolder() const;
    // Where this edition's synced copy lives.
    QString syncedFolder() const { return m_synced; }
    // The edition of the bundled program, which synced copies must match.
    QString edition() const { return m_edition; }

    // Syncs once the program is shown, then on the settings' schedule.
    void startAutomaticSync();
    // Syncs from `url` instead of the program's sync.url: an organizer's
    // local preview of the site, or a test's server.
    void setSiteUrl(const QUrl &url) { m_siteUrl = url; }
    // Papers kept for offline reading are fetched with every sync.
    void setSavedPapers(SavedPapers *papers) { m_savedPapers = papers; }
    // Syncs now for papers to keep (the setting was turned on, a paper was
    // bookmarked) when syncs may start by themselves (not with --offline,
    // not with automatic updates off).
    void syncForPapers();

    State state() const { return m_state; }
    QString statusText() const;
    bool isBusy() const { return m_state == State::Checking; }
    // There is something to sync: the program shown is the bundled or a
    // synced copy (not a draft, not a folder of the user's own).
    bool isAvailable() const { return m_state != State::Unavailable && showsSyncableCopy(); }
    bool canForce() const { return m_state == State::Rejected && m_rollback; }
    QString updateNotice() const { return m_updateNotice; }

    Q_INVOKABLE void syncNow();
    // Takes an older version the site now offers (a deliberate rollback).
    Q_INVOKABLE void acceptOlderVersion();
    Q_INVOKABLE void dismissUpdateNotice();

Q_SIGNALS:
    void statusChanged();
    void updateNoticeChanged();
    // One sync ended, whatever the outcome (tests wait for it).
    void syncFinished();
    // The photos it found missing were fetched, or failed.
    void photosFetched();

private:
    void start(bool force);
    void handle(const wc::SyncResult &result);
    void programLoaded(bool ok);
    void refreshShownState();
    bool showsSyncableCopy() const;
    int shownVersion() const;
    QString when(const QDateTime &time) const;
    void setState(State state);
    void scheduleTimer();

    ProgramRepository *m_repository;
    ChangeListModel *m_changes;
    AppSettings *m_settings;
    TimeDisplay *m_timeDisplay;
    Folders m_folders;
    QString m_edition;
    int m_floorVersion = 0;
    QString m_synced;
    QUrl m_siteUrl;
    State m_state = State::Idle;
    State m_stateBeforeCheck = State::Idle;
    std::optional<bool> m_pendingStart; // a start asked for while loading: forced or not
    std::optional<wc::SyncState> m_shownState;
    QString m_reason;
    QString m_unavailableReason;
    bool m_rollback = false;
    QDateTime m_lastCheck;
    QString m_updateNotice;
    bool m_automatic = false;
    bool m_firstLoadSeen = false;
    QTimer m_timer;
    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    SavedPapers *m_savedPapers = nullptr;
    bool m_again = false; // asked for while checking
};
