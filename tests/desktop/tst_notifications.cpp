// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// Reminders reach the desktop's notification service over D-Bus. The test
// runs on a private session bus (dbus-run-session) with a stand-in service.

#include "reminders.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

// What org.freedesktop.Notifications receives.
class FakeNotificationService : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList received;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &icon,
        const QString &summary, const QString &body, const QStringList &actions,
        const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(icon)
        Q_UNUSED(actions)
        Q_UNUSED(timeout)
        received.append(
            QStringList {appName, summary, body, hints.value(QStringLiteral("category")).toString()}
                .join(QLatin1Char('|')));
        Q_EMIT notified();
        return uint(received.size());
    }

Q_SIGNALS:
    void notified();
};

class NotificationsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void withoutAServiceNothingIsSent()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run under dbus-run-session");
        QVERIFY(!sendDesktopNotification(
            QStringLiteral("In 5 min: Keynote"), QStringLiteral("Starts at 10:00")));
    }

    void reminderReachesTheService()
    {
        // The service on a connection of its own, as a desktop's would be.
        auto daemon = QDBusConnection::connectToBus(
            QDBusConnection::SessionBus, QStringLiteral("fake-desktop"));
        FakeNotificationService service;
        QVERIFY(daemon.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &service,
            QDBusConnection::ExportAllSlots));
        QVERIFY(daemon.registerService(QStringLiteral("org.freedesktop.Notifications")));
        QSignalSpy notified(&service, &FakeNotificationService::notified);

        QVERIFY(sendDesktopNotification(
            QStringLiteral("In 5 min: Keynote"), QStringLiteral("Starts at 10:00")));
        QVERIFY(notified.wait(5000));
        QCOMPARE(service.received,
            QStringList {
                QStringLiteral("Workshop Companion|In 5 min: Keynote|Starts at 10:00|reminder")});
        daemon.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-desktop"));
    }
};

QTEST_MAIN(NotificationsTest)
#include "tst_notifications.moc"
