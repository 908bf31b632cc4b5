// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QObject>
#include <QSettings>
#include <QSize>
#include <QtQml/qqmlregistration.h>

// What the app remembers between runs: window size, the last view and the
// time-zone choice. Written when changed, through QSettings.
class AppSettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app creates the settings")
    Q_PROPERTY(QSize windowSize READ windowSize WRITE setWindowSize NOTIFY windowSizeChanged)
    Q_PROPERTY(QString lastRoute READ lastRoute WRITE setLastRoute NOTIFY lastRouteChanged)
    Q_PROPERTY(
        bool useLaptopZone READ useLaptopZone WRITE setUseLaptopZone NOTIFY useLaptopZoneChanged)
    Q_PROPERTY(bool remindersEnabled READ remindersEnabled WRITE setRemindersEnabled NOTIFY remindersChanged)
    Q_PROPERTY(int reminderMinutes READ reminderMinutes WRITE setReminderMinutes NOTIFY remindersChanged)
    Q_PROPERTY(bool syncAutomatically READ syncAutomatically WRITE setSyncAutomatically NOTIFY syncChanged)
    Q_PROPERTY(int syncIntervalMinutes READ syncIntervalMinutes WRITE setSyncIntervalMinutes NOTIFY syncChanged)
    Q_PROPERTY(OfflinePapers offlinePapers READ offlinePapers WRITE setOfflinePapers NOTIFY offlinePapersChanged)

public:
    // Which papers' PDFs are kept for reading offline.
    enum class OfflinePapers { None, Bookmarked, All };
    Q_ENUM(OfflinePapers)

    explicit AppSettings(QObject *parent = nullptr);

    QSize windowSize() const;
    void setWindowSize(const QSize &size);
    QString lastRoute() const;
    void setLastRoute(const QString &route);
    bool useLaptopZone() const;
    void setUseLaptopZone(bool use);
    // Desktop notifications before bookmarked sessions: off by default.
    bool remindersEnabled() const;
    void setRemindersEnabled(bool enabled);
    // How long before a session its reminder comes: 1 to 60, default 5.
    int reminderMinutes() const;
    void setReminderMinutes(int minutes);
    // Checking the site for program updates while the app is open: on by
    // default, every 10 minutes (5 to 120).
    bool syncAutomatically() const;
    void setSyncAutomatically(bool enabled);
    int syncIntervalMinutes() const;
    void setSyncIntervalMinutes(int minutes);
    // Off by default: a program's papers can take hundreds of megabytes.
    OfflinePapers offlinePapers() const;
    void setOfflinePapers(OfflinePapers papers);

Q_SIGNALS:
    void windowSizeChanged();
    void lastRouteChanged();
    void useLaptopZoneChanged();
    void remindersChanged();
    void syncChanged();
    void offlinePapersChanged();

private:
    QSettings m_settings;
};
