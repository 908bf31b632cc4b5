// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "timedisplay.h"

#include <QLocale>

TimeDisplay::TimeDisplay(QObject *parent)
    : QObject(parent)
{
}

void TimeDisplay::setWorkshopZone(const QTimeZone &zone, const QDateTime &reference)
{
    m_workshopZone = zone;
    m_reference = reference;
    Q_EMIT changed();
}

void TimeDisplay::setLaptopZone(const QTimeZone &zone)
{
    m_laptopZone = zone;
    Q_EMIT changed();
}

void TimeDisplay::setUseLaptopZone(bool use)
{
    if (m_useLaptopZone == use)
        return;
    m_useLaptopZone = use;
    Q_EMIT changed();
}

QTimeZone TimeDisplay::zone() const
{
    return m_useLaptopZone ? m_laptopZone : m_workshopZone;
}

QString TimeDisplay::labelFor(const QTimeZone &zone, const QDateTime &at)
{
    const auto moment = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    auto label = zone.abbreviation(moment);
    // Some zones have only numeric abbreviations ("+03"); write those fully.
    if (label.isEmpty() || label.startsWith(QLatin1Char('+')) ||
        label.startsWith(QLatin1Char('-'))) {
        const auto offset = zone.offsetFromUtc(moment);
        label = QStringLiteral("UTC%1%2:%3")
                    .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                    .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                    .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    }
    return label;
}

QString TimeDisplay::zoneLabel() const
{
    return labelFor(zone(), m_reference);
}

QString TimeDisplay::workshopZoneLabel() const
{
    return labelFor(m_workshopZone, m_reference);
}

bool TimeDisplay::zonesDiffer() const
{
    const auto at = m_reference.isValid() ? m_reference : QDateTime::currentDateTimeUtc();
    return m_workshopZone.offsetFromUtc(at) != m_laptopZone.offsetFromUtc(at);
}

QString TimeDisplay::time(const QDateTime &t) const
{
    return t.isValid() ? t.toTimeZone(zone()).toString(QStringLiteral("HH:mm")) : QString();
}

QString TimeDisplay::timeRange(const QDateTime &start, const QDateTime &end) const
{
    return QStringLiteral("%1–%2").arg(time(start), time(end));
}

QString TimeDisplay::day(const QDateTime &t) const
{
    //: The pattern of a full date (QLocale::toString), e.g. "Saturday 16 December 2023".
    return t.isValid() ? QLocale().toString(t.toTimeZone(zone()).date(), tr("dddd d MMMM yyyy"))
                       : QString();
}

QString TimeDisplay::shortDayPattern()
{
    //: The pattern of a short date (QLocale::toString), e.g. "Sat 16 Dec".
    return tr("ddd d MMM");
}

QString TimeDisplay::shortDay(const QDateTime &t) const
{
    return t.isValid() ? QLocale().toString(t.toTimeZone(zone()).date(), shortDayPattern())
                       : QString();
}
