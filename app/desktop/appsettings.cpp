// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "appsettings.h"

#include <algorithm>

namespace {
const auto windowSizeKey = QStringLiteral("window/size");
const auto lastRouteKey = QStringLiteral("window/lastRoute");
const auto laptopZoneKey = QStringLiteral("time/useLaptopZone");
const auto remindersKey = QStringLiteral("reminders/enabled");
const auto reminderMinutesKey = QStringLiteral("reminders/minutesBefore");
constexpr int defaultReminderMinutes = 5;
const auto syncKey = QStringLiteral("sync/automatic");
const auto syncIntervalKey = QStringLiteral("sync/intervalMinutes");
constexpr int defaultSyncMinutes = 10;
const auto offlinePapersKey = QStringLiteral("papers/offline");
} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
}

QSize AppSettings::windowSize() const
{
    // Fits a 1366x768 laptop with its panel and title bar.
    const auto size = m_settings.value(windowSizeKey, QSize(1280, 720)).toSize();
    return size.isValid() && size.width() >= 480 && size.height() >= 360 ? size : QSize(1280, 720);
}

void AppSettings::setWindowSize(const QSize &size)
{
    if (size == windowSize())
        return;
    m_settings.setValue(windowSizeKey, size);
    Q_EMIT windowSizeChanged();
}

QString AppSettings::lastRoute() const
{
    return m_settings.value(lastRouteKey, QStringLiteral("timeline")).toString();
}

void AppSettings::setLastRoute(const QString &route)
{
    if (route == lastRoute())
        return;
    m_settings.setValue(lastRouteKey, route);
    Q_EMIT lastRouteChanged();
}

bool AppSettings::useLaptopZone() const
{
    return m_settings.value(laptopZoneKey, false).toBool();
}

void AppSettings::setUseLaptopZone(bool use)
{
    if (use == useLaptopZone())
        return;
    m_settings.setValue(laptopZoneKey, use);
    Q_EMIT useLaptopZoneChanged();
}

bool AppSettings::remindersEnabled() const
{
    return m_settings.value(remindersKey, false).toBool();
}

void AppSettings::setRemindersEnabled(bool enabled)
{
    if (enabled == remindersEnabled())
        return;
    m_settings.setValue(remindersKey, enabled);
    Q_EMIT remindersChanged();
}

int AppSettings::reminderMinutes() const
{
    const int minutes = m_settings.value(reminderMinutesKey, defaultReminderMinutes).toInt();
    return minutes >= 1 && minutes <= 60 ? minutes : defaultReminderMinutes;
}

void AppSettings::setReminderMinutes(int minutes)
{
    minutes = std::clamp(minutes, 1, 60);
    if (minutes == reminderMinutes())
        return;
    m_settings.setValue(reminderMinutesKey, minutes);
    Q_EMIT remindersChanged();
}

bool AppSettings::syncAutomatically() const
{
    return m_settings.value(syncKey, true).toBool();
}

void AppSettings::setSyncAutomatically(bool enabled)
{
    if (enabled == syncAutomatically())
        return;
    m_settings.setValue(syncKey, enabled);
    Q_EMIT syncChanged();
}

int AppSettings::syncIntervalMinutes() const
{
    const int minutes = m_settings.value(syncIntervalKey, defaultSyncMinutes).toInt();
    return minutes >= 5 && minutes <= 120 ? minutes : defaultSyncMinutes;
}

void AppSettings::setSyncIntervalMinutes(int minutes)
{
    minutes = std::clamp(minutes, 5, 120);
    if (minutes == syncIntervalMinutes())
        return;
    m_settings.setValue(syncIntervalKey, minutes);
    Q_EMIT syncChanged();
}

AppSettings::OfflinePapers AppSettings::offlinePapers() const
{
    const auto value = m_settings.value(offlinePapersKey).toString();
    if (value == QLatin1String("all"))
        return OfflinePapers::All;
    if (value == QLatin1String("bookmarked"))
        return OfflinePapers::Bookmarked;
    return OfflinePapers::None;
}

void AppSettings::setOfflinePapers(OfflinePapers papers)
{
    if (papers == offlinePapers())
        return;
    m_settings.setValue(offlinePapersKey,
        papers == OfflinePapers::All              ? QStringLiteral("all")
            : papers == OfflinePapers::Bookmarked ? QStringLiteral("bookmarked")
                                                  : QStringLiteral("none"));
    Q_EMIT offlinePapersChanged();
}
