// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "clock.h"

#include <QTimeZone>

Clock::Clock(const QDateTime &fixedNow, QObject *parent)
    : QObject(parent)
    , m_fixed(fixedNow)
{
    if (isFixed())
        return;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        Q_EMIT nowChanged();
        scheduleTick();
    });
    scheduleTick();
}

QDateTime Clock::now() const
{
    return isFixed() ? m_fixed : QDateTime::currentDateTimeUtc();
}

void Clock::setFixedNow(const QDateTime &now)
{
    if (!isFixed() || !now.isValid() || now == m_fixed)
        return;
    m_fixed = now;
    Q_EMIT nowChanged();
}

void Clock::scheduleTick()
{
    // Tick on the minute: "12 min left" changes then, and only then.
    const auto msIntoMinute = QDateTime::currentMSecsSinceEpoch() % 60000;
    m_timer.start(int(60000 - msIntoMinute) + 50);
}

QDateTime Clock::parseNow(const QString &text, const QTimeZone &zone)
{
    auto parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return {};
    if (parsed.timeSpec() == Qt::LocalTime) // no offset written: the workshop's wall clock
        parsed = QDateTime(parsed.date(), parsed.time(), zone);
    return parsed.toUTC();
}
