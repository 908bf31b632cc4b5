// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "nownext.h"

#include "clock.h"
#include "timedisplay.h"

#include <cmath>

namespace {

// Whole minutes from `from` to `to`, rounded up: "1 min left" until the end.
qint64 minutesUntil(const QDateTime &from, const QDateTime &to)
{
    return qint64(std::ceil(double(from.msecsTo(to)) / 60000.0));
}

QString inDuration(qint64 minutes)
{
    if (minutes < 60)
        return NowNext::tr("in %n min", nullptr, int(minutes));
    const auto hours = minutes / 60, rest = minutes % 60;
    return rest == 0 ? NowNext::tr("in %n h", nullptr, int(hours))
                     : NowNext::tr("in %1 h %2 min").arg(hours).arg(rest);
}

} // namespace

NowNext::NowNext(Clock *clock, TimeDisplay *timeDisplay, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timeDisplay(timeDisplay)
{
    connect(m_clock, &Clock::nowChanged, this, &NowNext::update);
    connect(m_timeDisplay, &TimeDisplay::changed, this, &NowNext::update);
}

void NowNext::setProgram(std::shared_ptr<const wc::Program> program)
{
    m_program = std::move(program);
    update();
}

void NowNext::update()
{
    m_nowIds.clear();
    m_nowTitle.clear();
    m_nowDetail.clear();
    m_nextId.clear();
    m_nextTitle.clear();
    m_nextDetail.clear();

    QList<const wc::Session *> sessions;
    if (m_program) {
        for (const auto &s : m_program->sessions) {
            if (!s.cancelled)
                sessions.append(&s);
        }
    }
    if (sessions.isEmpty()) {
        m_state = State::NoProgram;
        m_headline.clear();
        Q_EMIT changed();
        return;
    }
    std::stable_sort(sessions.begin(), sessions.end(),
        [](const wc::Session *a, const wc::Session *b) { return a->start < b->start; });
    const auto now = m_clock->now();
    const auto zone = m_program->workshop.timeZone;
    const auto first = sessions.constFirst()->start;
    QDateTime last;
    for (const auto *s : std::as_const(sessions))
        last = std::max(last, s->end);

    const wc::Session *next = nullptr;
    const wc::Session *current = nullptr;
    for (const auto *s : std::as_const(sessions)) {
        if (s->start <= now && now < s->end) {
            m_nowIds.append(s->id);
            if (!current)
                current = s;
        } else if (s->start > now && !next) {
            next = s;
        }
    }
    if (current) {
        const auto left = minutesUntil(now, current->end);
        m_nowTitle = current->title;
        m_nowDetail = m_nowIds.size() > 1
            ? tr("%n min left · %1 sessions at once", nullptr, int(left)).arg(m_nowIds.size())
            : tr("%n min left", nullptr, int(left));
    }
    if (next) {
        m_nextId = next->id;
        m_nextTitle = next->title;
        const auto today = now.toTimeZone(zone).date();
        const auto nextDay = next->start.toTimeZone(zone).date();
        const auto at = m_timeDisplay->time(next->start);
        if (nextDay == today)
            m_nextDetail = tr("%1 · at %2").arg(inDuration(minutesUntil(now, next->start)), at);
        else if (nextDay == today.addDays(1))
            m_nextDetail = tr("tomorrow at %1").arg(at);
        else
            m_nextDetail = tr("%1 at %2").arg(m_timeDisplay->shortDay(next->start), at);
    }

    if (now < first) {
        m_state = State::Before;
        const auto days = now.toTimeZone(zone).date().daysTo(first.toTimeZone(zone).date());
        if (days > 1)
            m_headline = tr("Starts in %n days", nullptr, int(days));
        else if (days == 1)
            m_headline = tr("Starts tomorrow at %1").arg(m_timeDisplay->time(first));
        else
            m_headline = tr("Starts %1").arg(inDuration(minutesUntil(now, first)));
    } else if (now >= last) {
        m_state = State::After;
        m_headline = tr("This edition has ended");
    } else {
        m_state = State::During;
        if (current)
            m_headline = tr("On now: %1").arg(m_nowTitle);
        else if (next)
            m_headline = tr("Next: %1").arg(m_nextTitle);
        else
            m_headline.clear();
    }
    Q_EMIT changed();
}
