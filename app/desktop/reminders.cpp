// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "reminders.h"

#include "appsettings.h"
#include "bookmarks.h"
#include "clock.h"
#include "myschedule.h"
#include "timedisplay.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QGuiApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReminders, "wc.desktop.reminders", QtWarningMsg)

Reminders::Reminders(Bookmarks *bookmarks, Clock *clock, AppSettings *settings,
    TimeDisplay *timeDisplay, Notify notify, QObject *parent)
    : QObject(parent)
    , m_bookmarks(bookmarks)
    , m_clock(clock)
    , m_settings(settings)
    , m_timeDisplay(timeDisplay)
    , m_notify(std::move(notify))
{
    connect(m_clock, &Clock::nowChanged, this, &Reminders::check);
    connect(m_bookmarks, &Bookmarks::scheduleChanged, this, &Reminders::check);
    connect(m_settings, &AppSettings::remindersChanged, this, &Reminders::check);
}

QString Reminders::nextReminder() const
{
    const auto program = m_bookmarks->program();
    if (!m_settings->remindersEnabled() || !program)
        return {};
    const auto entries = m_bookmarks->entries();
    const auto now = m_clock->now();
    const auto at = wc::nextReminderTime(*program, entries, now, m_settings->reminderMinutes());
    if (!at.isValid())
        return {};
    const auto due = wc::dueReminders(*program, entries, at, m_settings->reminderMinutes());
    return due.isEmpty() ? QString()
                         : tr("At %1, for %2").arg(m_timeDisplay->time(at), due.constFirst().title);
}

void Reminders::dismissInAppReminder()
{
    m_inApp.clear();
    Q_EMIT changed();
}

void Reminders::check()
{
    const auto program = m_bookmarks->program();
    // No reminders for a draft's times while an organizer previews it.
    if (program && m_settings->remindersEnabled() && !m_bookmarks->isPreviewing()) {
        const auto due = wc::dueReminders(
            *program, m_bookmarks->entries(), m_clock->now(), m_settings->reminderMinutes());
        for (const auto &reminder : due) {
            const auto minutes = (m_clock->now().secsTo(reminder.start) + 59) / 60;
            const auto summary = tr("In %n min: %1", nullptr, int(minutes)).arg(reminder.title);
            const auto body = reminder.room.isEmpty()
                ? tr("Starts at %1").arg(m_timeDisplay->time(reminder.start))
                : tr("Starts at %1 in %2").arg(m_timeDisplay->time(reminder.start), reminder.room);
            // Recorded before it is shown: should showing it fail halfway,
            // a missed reminder is better than one repeated every minute.
            m_bookmarks->markReminded(reminder.sessionId, reminder.start);
            if (!m_notify(summary, body))
                m_inApp = summary + QStringLiteral(" — ") + body;
        }
    }
    Q_EMIT changed();
}

bool sendDesktopNotification(const QString &summary, const QString &body)
{
    const auto service = QStringLiteral("org.freedesktop.Notifications");
    auto bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface() || !bus.interface()->isServiceRegistered(service)) {
        qCInfo(lcReminders) << "no desktop notification service";
        return false;
    }
    auto message = QDBusMessage::createMethodCall(service,
        QStringLiteral("/org/freedesktop/Notifications"), service, QStringLiteral("Notify"));
    message << QStringLiteral("Workshop Companion") << uint(0)
            << QStringLiteral("x-office-calendar") << summary << body << QStringList()
            << QVariantMap {{QStringLiteral("category"), QStringLiteral("reminder")},
                   {QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName()}}
            << -1;
    // Asynchronous: a hung notification daemon must not freeze the window.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(message));
    QObject::connect(
        watcher, &QDBusPendingCallWatcher::finished, watcher, [](QDBusPendingCallWatcher *call) {
            if (call->isError())
                qCWarning(lcReminders) << "notification failed:" << call->error().message();
            call->deleteLater();
        });
    return true;
}
