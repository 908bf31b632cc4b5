// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "appsettings.h"
#include "bookmarks.h"
#include "changelistmodel.h"
#include "clock.h"
#include "draftpreview.h"
#include "myschedulemodel.h"
#include "navigator.h"
#include "nownext.h"
#include "programrepository.h"
#include "savedpapers.h"
#include "scheduleexporter.h"
#include "syncservice.h"
#include "timedisplay.h"
#include "webbrowsing.h"

#include <QObject>
#include <QTemporaryDir>
#include <QtQml/qqmlregistration.h>

// The app's services for Qt Quick tests, wired as main() wires them, with a
// stopped clock and the laptop's zone fixed to Europe/Berlin so that time
// zone toggling shows a difference on any machine.
class TestServices : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(ProgramRepository *repository READ repository CONSTANT)
    Q_PROPERTY(Navigator *navigator READ navigator CONSTANT)
    Q_PROPERTY(Clock *clock READ clock CONSTANT)
    Q_PROPERTY(TimeDisplay *timeDisplay READ timeDisplay CONSTANT)
    Q_PROPERTY(Bookmarks *bookmarks READ bookmarks CONSTANT)
    Q_PROPERTY(NowNext *nowNext READ nowNext CONSTANT)
    Q_PROPERTY(MyScheduleModel *schedule READ schedule CONSTANT)
    Q_PROPERTY(ScheduleExporter *exporter READ exporter CONSTANT)
    Q_PROPERTY(ChangeListModel *changes READ changes CONSTANT)
    Q_PROPERTY(WebBrowsing *web READ web CONSTANT)
    // Never started: nothing here syncs by itself or opens a draft.
    Q_PROPERTY(SyncService *sync READ sync CONSTANT)
    Q_PROPERTY(DraftPreview *preview READ preview CONSTANT)
    // What links went to the system browser instead of the web pane.
    Q_PROPERTY(QStringList openedExternally READ openedExternally NOTIFY openedExternallyChanged)

public:
    explicit TestServices(QObject *parent = nullptr);

    ProgramRepository *repository() { return &m_repository; }
    Navigator *navigator() { return &m_navigator; }
    Clock *clock() { return &m_clock; }
    TimeDisplay *timeDisplay() { return &m_timeDisplay; }
    Bookmarks *bookmarks() { return &m_bookmarks; }
    NowNext *nowNext() { return &m_nowNext; }
    MyScheduleModel *schedule() { return &m_schedule; }
    ScheduleExporter *exporter() { return &m_exporter; }
    ChangeListModel *changes() { return &m_changes; }
    WebBrowsing *web() { return &m_web; }
    SyncService *sync() { return &m_sync; }
    DraftPreview *preview() { return &m_preview; }
    QStringList openedExternally() const { return m_openedExternally; }

    // "bundled", or a fixture folder under tests/data ("valid", "broken").
    Q_INVOKABLE bool load(const QString &which);
    // Sets the clock; ISO 8601, in the workshop's zone without an offset.
    Q_INVOKABLE void setNow(const QString &iso);
    // Records what a sync would: an update of the shown program in which
    // the keynote starts five minutes later and paper 9 is retracted.
    Q_INVOKABLE void recordUpdate();

Q_SIGNALS:
    void openedExternallyChanged();

private:
    // Where links go instead of the system browser: recorded.
    bool openExternally(const QUrl &url);

    QTemporaryDir m_storeDir; // bookmarks never touch the real data folder
    TimeDisplay m_timeDisplay;
    Bookmarks m_bookmarks;
    MyScheduleModel m_schedule;
    ScheduleExporter m_exporter;
    ProgramRepository m_repository;
    Clock m_clock;
    NowNext m_nowNext;
    Navigator m_navigator;
    ChangeListModel m_changes;
    AppSettings m_settings;
    SavedPapers m_savedPapers;
    QStringList m_openedExternally;
    WebBrowsing m_web;
    SyncService m_sync;
    DraftPreview m_preview;
};
