// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>

// How times are written on screen: in the workshop's zone (the default, as
// printed on the venue's signs) or in the laptop's, always with the zone's
// abbreviation so nobody mistakes one for the other. QML's Date knows only
// the laptop's zone, so all formatting happens here.
class TimeDisplay : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app creates the time display")
    Q_PROPERTY(bool useLaptopZone READ useLaptopZone WRITE setUseLaptopZone NOTIFY changed)
    Q_PROPERTY(QString zoneLabel READ zoneLabel NOTIFY changed)
    Q_PROPERTY(QString workshopZoneLabel READ workshopZoneLabel NOTIFY changed)
    Q_PROPERTY(bool zonesDiffer READ zonesDiffer NOTIFY changed)

public:
    explicit TimeDisplay(QObject *parent = nullptr);

    void setWorkshopZone(const QTimeZone &zone, const QDateTime &reference);
    // The laptop's zone; tests set one, the app leaves the system's.
    void setLaptopZone(const QTimeZone &zone);

    bool useLaptopZone() const { return m_useLaptopZone; }
    void setUseLaptopZone(bool use);
    QTimeZone zone() const;
    // "CST", or "UTC+01:00" where a zone has no abbreviation.
    QString zoneLabel() const;
    QString workshopZoneLabel() const;
    bool zonesDiffer() const;

    Q_INVOKABLE QString time(const QDateTime &t) const; // "10:00"
    Q_INVOKABLE QString timeRange(
        const QDateTime &start, const QDateTime &end) const; // "10:00–10:55"
    Q_INVOKABLE QString day(const QDateTime &t) const; // "Saturday 16 December 2023"
    Q_INVOKABLE QString shortDay(const QDateTime &t) const; // "Sat 16 Dec"
    // The day and month names come from the locale, their order from the
    // translation: "Sa. 16. Dez." in German.
    static QString shortDayPattern();

Q_SIGNALS:
    void changed();

private:
    static QString labelFor(const QTimeZone &zone, const QDateTime &at);

    QTimeZone m_workshopZone = QTimeZone::utc();
    QTimeZone m_laptopZone = QTimeZone::systemTimeZone();
    QDateTime m_reference; // a moment of the event, for the right abbreviation (CST, not CDT)
    bool m_useLaptopZone = false;
};
