// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "icsexport.h"

#include "logging.h"
#include "texmath.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <libical/ical.h>
#include <memory>

namespace wc {

namespace {

// libical hands out components and strings that the caller must free. A
// property or child component belongs to the component it is added to, so
// only the calendar and a VTIMEZONE not yet added need an owner.
struct ComponentDeleter {
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

struct BufferDeleter {
    void operator()(char *buffer) const { icalmemory_free_buffer(buffer); }
};
using Buffer = std::unique_ptr<char, BufferDeleter>;

// Fixed, without the version: a release must not change every export's bytes.
const char productId[] = "-//Workshop Companion//Program Export//EN";

// One event, whatever it comes from: its times and status are those of a
// session (for a poster, its poster session).
struct Event {
    QString uid;
    QString summary;
    QDateTime start;
    QDateTime end;
    bool cancelled = false;
    QString location;
    QString description;
    QString url;
    QString category;
};

QString uid(const Program &program, QLatin1String kind, const QString &id)
{
    return QStringLiteral("%1/%2/%3@workshop-companion").arg(program.workshop.id, kind, id);
}

// Room, venue and city, the most precise first, as a map search expects them.
QString location(const Program &program, const Session &session, std::optional<int> board)
{
    QStringList parts;
    if (board)
        parts << QStringLiteral("Board %1").arg(*board);
    if (const auto *room = program.room(session.room))
        parts << room->name;
    parts << program.workshop.venue.name << program.workshop.venue.city;
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

// The item's own first link, else the workshop's site; never a made-up URL.
QString url(const Program &program, const QList<Link> &links)
{
    if (!links.isEmpty())
        return links.constFirst().url;
    const auto &workshopLinks = program.workshop.links;
    const auto site = std::find_if(workshopLinks.cbegin(), workshopLinks.cend(),
        [](const Link &link) { return link.name == QLatin1String("site"); });
    return site == workshopLinks.cend() ? QString() : site->url;
}

QString linksSection(const QList<Link> &links)
{
    if (links.isEmpty())
        return {};
    QStringList lines {QStringLiteral("Links:")};
    for (const auto &link : links)
        lines << QStringLiteral("- %1: %2").arg(link.name, link.url);
    return lines.join(QLatin1Char('\n'));
}

// Calendar apps show plain text: TeX math is made readable, Markdown is left
// as it is (it reads well as text).
QString paperLine(const Paper &paper)
{
    auto line = QStringLiteral("- %1").arg(readableMath(paper.title));
    if (!paper.authors.isEmpty())
        line += QStringLiteral(" (%1)").arg(paper.authors.join(QStringLiteral(", ")));
    if (paper.retracted)
        line += QStringLiteral(" [retracted]");
    return line;
}

QString joinSections(QStringList sections)
{
    sections.removeAll(QString());
    return sections.join(QStringLiteral("\n\n"));
}

Event sessionEvent(const Program &program, const Session &session)
{
    QStringList speakers;
    for (const auto &id : session.speakers) {
        const auto *speaker = program.speaker(id);
        speakers << (speaker->affiliation.isEmpty()
                ? QStringLiteral("- %1").arg(speaker->name)
                : QStringLiteral("- %1 (%2)").arg(speaker->name, speaker->affiliation));
    }
    QStringList papers;
    for (const auto &id : session.papers)
        papers << paperLine(*program.paper(id));
    const auto titled = [](const QString &title, const QStringList &lines) {
        return lines.isEmpty() ? QString() : (QStringList {title} + lines).join(QLatin1Char('\n'));
    };
    return Event {
        uid(program, QLatin1String("session"), session.id),
        readableMath(session.title),
        session.start,
        session.end,
        session.cancelled,
        location(program, session, std::nullopt),
        joinSections({
            session.cancelled ? QStringLiteral("This session is cancelled.") : QString(),
            titled(QStringLiteral("Speakers:"), speakers),
            titled(QStringLiteral("Papers:"), papers),
            linksSection(session.links),
            readableMath(session.abstract).trimmed(),
        }),
        url(program, session.links),
        sessionKindName(session.kind),
    };
}

Event posterEvent(const Program &program, const Paper &paper, const Session &session)
{
    auto where = readableMath(session.title);
    if (paper.board)
        where += QStringLiteral(", board %1").arg(*paper.board);
    return Event {
        uid(program, QLatin1String("paper"), paper.id),
        QStringLiteral("Poster: %1").arg(readableMath(paper.title)),
        session.start,
        session.end,
        session.cancelled || paper.retracted,
        location(program, session, paper.board),
        joinSections({
            paper.retracted ? QStringLiteral("This paper has been retracted.") : QString(),
            session.cancelled ? QStringLiteral("This poster session is cancelled.") : QString(),
            where,
            paper.authors.isEmpty()
                ? QString()
                : QStringLiteral("Authors: %1").arg(paper.authors.join(QStringLiteral(", "))),
            linksSection(paper.links),
            readableMath(paper.abstract).trimmed(),
        }),
        url(program, paper.links),
        sessionKindName(session.kind),
    };
}

icaltimetype utcTime(const QDateTime &t)
{
    return icaltime_from_timet_with_zone(t.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());
}

// The workshop's zone from libical's built-in zones (the system's tzdata),
// with the plain IANA name as TZID and its history cut to what events from
// `from` on need; null when libical does not know the zone, or has no
// VTIMEZONE for it (its "UTC").
//
// The TZID: libical names its zones "/freeassociation.sourceforge.net/
// Europe/Berlin". Google Calendar is reported to take the zone from the
// TZID, looked up by IANA name, rather than from the VTIMEZONE, so only a
// plain name gives it the right times; Thunderbird and GNOME Calendar also
// match a plain name to their own copy of the zone. Outlook, which knows
// Windows zone names, uses the VTIMEZONE's rules, which the file keeps. The
// name is set on a copy rather than with icaltimezone_set_tzid_prefix(),
// which changes libical for the whole process and which libical 3.0 ignores
// when the prefix is empty.
//
// The cut: libical's definition goes back to the 19th century (about 30
// observances for Europe/Berlin, with local mean time offsets in seconds).
// Observances before the first event only make the file longer and give
// importers more to get wrong. Microsoft-compatible truncation keeps the
// current rules with their original DTSTART, which Outlook expects.
Component vtimezone(const QString &ianaId, const QDateTime &from)
{
    const auto id = ianaId.toUtf8();
    auto *zone = icaltimezone_get_builtin_timezone(id.constData());
    auto *source = zone ? icaltimezone_get_component(zone) : nullptr;
    if (!source)
        return {};
    Component copy(icalcomponent_new_clone(source));
    auto *tzid = icalcomponent_get_first_property(copy.get(), ICAL_TZID_PROPERTY);
    if (!tzid)
        return {};
    icalproperty_set_tzid(tzid, id.constData());
    icaltimezone_truncate_vtimezone(copy.get(), utcTime(from), icaltime_null_time(), 1);
    return copy;
}

// Whether `t` falls in the hour repeated when clocks go back, when its
// wall-clock time also names an earlier instant. RFC 5545 (3.3.5) reads such
// a local time as its first occurrence, libical as its second: only UTC
// names `t` for every importer.
bool isRepeatedWallClockTime(const QDateTime &t, const QTimeZone &zone)
{
    if (!zone.hasTransitions())
        return false;
    // The last transition at or before `t`.
    const auto last = zone.previousTransition(t.addSecs(1));
    if (!last.atUtc.isValid())
        return false;
    const auto setBack = zone.offsetFromUtc(last.atUtc.addSecs(-1)) - last.offsetFromUtc;
    return setBack > 0 && t < last.atUtc.addSecs(setBack);
}

// A DATE-TIME property for `t`: its wall-clock time in the workshop's zone
// with the TZID, or UTC when there is no VTIMEZONE (`tzid` empty).
icalproperty *timeProperty(icalproperty *(*create)(icaltimetype), const QDateTime &t,
    const QTimeZone &zone, const QByteArray &tzid)
{
    if (tzid.isEmpty() || isRepeatedWallClockTime(t, zone))
        return create(utcTime(t));
    const auto local = t.toTimeZone(zone);
    auto value = icaltime_null_time();
    value.year = local.date().year();
    value.month = local.date().month();
    value.day = local.date().day();
    value.hour = local.time().hour();
    value.minute = local.time().minute();
    value.second = local.time().second();
    auto *property = create(value);
    icalproperty_add_parameter(property, icalparameter_new_tzid(tzid.constData()));
    return property;
}

void addText(icalcomponent *component, icalproperty *(*create)(const char *), const QString &text)
{
    if (!text.isEmpty())
        icalcomponent_add_property(component, create(text.toUtf8().constData()));
}

} // namespace

IcsExport programToIcs(const Program &program, const IcsRequest &request)
{
    IcsExport result;
    QList<Event> events;

    for (const auto &id : request.sessionIds) {
        if (!program.session(id))
            result.unknownSessionIds << id;
    }
    for (const auto &id : request.paperIds) {
        if (!program.paper(id))
            result.unknownPaperIds << id;
    }
    result.unknownSessionIds.removeDuplicates();
    result.unknownPaperIds.removeDuplicates();

    const QSet<QString> sessionIds(request.sessionIds.cbegin(), request.sessionIds.cend());
    for (const auto &session : program.sessions) {
        if (request.allSessions || sessionIds.contains(session.id))
            events << sessionEvent(program, session);
    }
    const QSet<QString> paperIds(request.paperIds.cbegin(), request.paperIds.cend());
    for (const auto &paper : program.papers) {
        if (!paperIds.contains(paper.id))
            continue;
        if (const auto *session = program.session(paper.posterSession))
            events << posterEvent(program, paper, *session);
        else
            result.papersWithoutPoster << paper.id;
    }

    const auto stamp = utcTime([&] {
        if (program.manifest)
            return program.manifest->published;
        return request.stamp.isValid() ? request.stamp : QDateTime::currentDateTimeUtc();
    }());
    const auto sequence = program.manifest ? program.manifest->version : 0;

    Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    auto *cal = calendar.get();
    icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal, icalproperty_new_prodid(productId));
    icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(cal, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    auto *name = icalproperty_new_x(program.workshop.title.toUtf8().constData());
    icalproperty_set_x_name(name, "X-WR-CALNAME");
    icalcomponent_add_property(cal, name);

    QByteArray tzid;
    if (!events.isEmpty()) {
        const auto first = std::min_element(events.cbegin(), events.cend(),
            [](const Event &a, const Event &b) { return a.start < b.start; });
        if (auto zone = vtimezone(program.workshop.timeZoneId, first->start)) {
            tzid = program.workshop.timeZoneId.toUtf8();
            icalcomponent_add_component(cal, zone.release());
        } else {
            qCInfo(lcExport) << "libical has no VTIMEZONE for" << program.workshop.timeZoneId
                             << "- writing times in UTC";
        }
    }

    const auto &zone = program.workshop.timeZone;
    for (const auto &event : events) {
        auto *vevent = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_add_component(cal, vevent);
        addText(vevent, icalproperty_new_uid, event.uid);
        icalcomponent_add_property(vevent, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(vevent, icalproperty_new_lastmodified(stamp));
        icalcomponent_add_property(vevent, icalproperty_new_sequence(sequence));
        icalcomponent_add_property(
            vevent, timeProperty(icalproperty_new_dtstart, event.start, zone, tzid));
        icalcomponent_add_property(
            vevent, timeProperty(icalproperty_new_dtend, event.end, zone, tzid));
        icalcomponent_add_property(vevent,
            icalproperty_new_status(
                event.cancelled ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
        addText(vevent, icalproperty_new_summary, event.summary);
        addText(vevent, icalproperty_new_location, event.location);
        addText(vevent, icalproperty_new_description, event.description);
        addText(vevent, icalproperty_new_url, event.url);
        addText(vevent, icalproperty_new_categories, event.category);
    }

    const Buffer text(icalcomponent_as_ical_string_r(cal));
    result.ics = QByteArray(text.get());
    return result;
}

} // namespace wc
