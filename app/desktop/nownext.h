// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "program.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

class Clock;
class TimeDisplay;

// What is on now and what comes next, by the clock, in words an attendee
// reads at a glance: "Starts in 3 days", "12 min left", "This edition has ended".
class NowNext : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app creates now-and-next")
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString headline READ headline NOTIFY changed)
    Q_PROPERTY(QStringList nowSessionIds READ nowSessionIds NOTIFY changed)
    Q_PROPERTY(QString nowTitle READ nowTitle NOTIFY changed)
    Q_PROPERTY(QString nowDetail READ nowDetail NOTIFY changed)
    Q_PROPERTY(QString nextSessionId READ nextSessionId NOTIFY changed)
    Q_PROPERTY(QString nextTitle READ nextTitle NOTIFY changed)
    Q_PROPERTY(QString nextDetail READ nextDetail NOTIFY changed)

public:
    enum class State {
        NoProgram,
        Before, // before the first session
        During, // from the first session's start to the last one's end
        After,
    };
    Q_ENUM(State)

    NowNext(Clock *clock, TimeDisplay *timeDisplay, QObject *parent = nullptr);

    void setProgram(std::shared_ptr<const wc::Program> program);

    State state() const { return m_state; }
    QString headline() const { return m_headline; }
    QStringList nowSessionIds() const { return m_nowIds; }
    QString nowTitle() const { return m_nowTitle; }
    QString nowDetail() const { return m_nowDetail; }
    QString nextSessionId() const { return m_nextId; }
    QString nextTitle() const { return m_nextTitle; }
    QString nextDetail() const { return m_nextDetail; }

Q_SIGNALS:
    void changed();

private:
    void update();

    Clock *m_clock;
    TimeDisplay *m_timeDisplay;
    std::shared_ptr<const wc::Program> m_program;
    State m_state = State::NoProgram;
    QString m_headline;
    QStringList m_nowIds;
    QString m_nowTitle;
    QString m_nowDetail;
    QString m_nextId;
    QString m_nextTitle;
    QString m_nextDetail;
};
