// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

class AppSettings;
class Bookmarks;
class Clock;
class TimeDisplay;

// Reminds the attendee of bookmarked sessions a few minutes before they
// start, when they have turned reminders on. Checks on every tick of the
// clock (each minute) and whenever the schedule or settings change; the
// core decides what is due, and the store remembers what was shown, so a
// reminder never comes twice and follows a session that was retimed.
class Reminders : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app creates the reminders")
    Q_PROPERTY(QString nextReminder READ nextReminder NOTIFY changed)
    Q_PROPERTY(QString inAppReminder READ inAppReminder NOTIFY changed)

public:
    // Shows one reminder; returns false when it could not be delivered (no
    // notification service), and the reminder is then shown in the window.
    using Notify = std::function<bool(const QString &summary, const QString &body)>;

    Reminders(Bookmarks *bookmarks, Clock *clock, AppSettings *settings, TimeDisplay *timeDisplay,
        Notify notify, QObject *parent = nullptr);

    // "At 13:25, for Contributed Talks"; empty when none is coming.
    QString nextReminder() const;
    // The latest reminder that could not go to the desktop, for a banner.
    QString inAppReminder() const { return m_inApp; }
    Q_INVOKABLE void dismissInAppReminder();

    // Sends what is due now; the clock and schedule call it, and tests do.
    void check();

Q_SIGNALS:
    void changed();

private:
    Bookmarks *m_bookmarks;
    Clock *m_clock;
    AppSettings *m_settings;
    TimeDisplay *m_timeDisplay;
    Notify m_notify;
    QString m_inApp;
};

// Sends a notification through the desktop's notification service
// (org.freedesktop.Notifications on the session bus).
bool sendDesktopNotification(const QString &summary, const QString &body);
