// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

// The time the app believes it is. A service of its own so that --now (demos,
// screenshots, tests) can fix it; everything that shows "now" reads this.
class Clock : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app creates the clock")
    Q_PROPERTY(QDateTime now READ now NOTIFY nowChanged)
    Q_PROPERTY(bool fixed READ isFixed CONSTANT)

public:
    // A running clock, or one stopped at `fixedNow` when that is valid.
    explicit Clock(const QDateTime &fixedNow = {}, QObject *parent = nullptr);

    QDateTime now() const;
    bool isFixed() const { return m_fixed.isValid(); }
    // Moves a stopped clock (tests step through the day with it).
    void setFixedNow(const QDateTime &now);

    // Parses --now: "2023-12-16T11:15" is read in `zone`, a value with an
    // offset or Z as written. Returns an invalid QDateTime when unreadable.
    static QDateTime parseNow(const QString &text, const QTimeZone &zone);

Q_SIGNALS:
    void nowChanged();

private:
    void scheduleTick();

    QDateTime m_fixed;
    QTimer m_timer;
};
