// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// The iCalendar export, read back with libical's parser: what calendar apps
// import. tests/ics checks the times again with a parser that is not libical.

#include "icsexport.h"
#include "programloader.h"
#include "testsupport.h"

#include <QSet>
#include <QStringDecoder>
#include <QTest>

#include <libical/ical.h>
#include <memory>

using namespace wc;

namespace {

struct ComponentDeleter {
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Calendar = std::unique_ptr<icalcomponent, ComponentDeleter>;

Calendar parse(const QByteArray &ics)
{
    return Calendar(icalparser_parse_string(ics.constData()));
}

QList<icalcomponent *> components(icalcomponent *calendar, icalcomponent_kind kind)
{
    QList<icalcomponent *> found;
    for (auto *c = icalcomponent_get_first_component(calendar, kind); c;
         c = icalcomponent_get_next_component(calendar, kind))
        found << c;
    return found;
}

QString text(const char *value)
{
    return QString::fromUtf8(value);
}

QStringList uids(icalcomponent *calendar)
{
    QStringList found;
    for (auto *event : components(calendar, ICAL_VEVENT_COMPONENT))
        found << text(icalcomponent_get_uid(event));
    return found;
}

icalcomponent *findEvent(icalcomponent *calendar, const QString &uid)
{
    for (auto *event : components(calendar, ICAL_VEVENT_COMPONENT)) {
        if (text(icalcomponent_get_uid(event)) == uid)
            return event;
    }
    return nullptr;
}

icalproperty *firstProperty(icalcomponent *component, icalproperty_kind kind)
{
    return icalcomponent_get_first_property(component, kind);
}

QString tzidOf(icalproperty *time)
{
    auto *tzid = icalproperty_get_first_parameter(time, ICAL_TZID_PARAMETER);
    return tzid ? text(icalparameter_get_tzid(tzid)) : QString();
}

// An event time as the instant libical reads, with the file's VTIMEZONE.
QDateTime instant(icaltimetype t)
{
    return QDateTime::fromSecsSinceEpoch(icaltime_as_timet_with_zone(t, t.zone), QTimeZone::utc());
}

QDateTime utcInstant(icaltimetype t)
{
    return icaltime_is_utc(t) ? instant(t) : QDateTime();
}

Program load(const QString &dir)
{
    auto result = loadProgramFolder(dir);
    return result.program ? *result.program : Program();
}

const QString validUid = QStringLiteral("testshop-2024/%1@workshop-companion");

} // namespace

class IcsExportTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void oneEventPerRequestedSession();
    void uidsStayTheSameAcrossExports();
    void sequenceAndStampsComeFromTheManifest();
    void stampWithoutManifest();
    void cancelledSessionsAreCancelled();
    void textIsEscapedAndRoundTrips();
    void linesAreFoldedWithCrlf();
    void timesCarryTheWorkshopZone();
    void timesAcrossADaylightSavingChange();
    void descriptionLocationUrlAndCategory();
    void papersAsPosters();
    void unknownIdsAreReported();
    void unknownZoneGivesUtcTimes_data();
    void unknownZoneGivesUtcTimes();
    void emptyRequestGivesAnEmptyCalendar();

private:
    Program m_valid;
    const QDateTime m_stamp {QDate(2024, 7, 1), QTime(12, 0), QTimeZone::utc()};
    IcsRequest all() const { return {{}, {}, true, m_stamp}; }
};

void IcsExportTest::init()
{
    m_valid = load(test::dataPath(QStringLiteral("valid")));
    QVERIFY(!m_valid.sessions.isEmpty());
    QVERIFY(!m_valid.manifest);
}

void IcsExportTest::oneEventPerRequestedSession()
{
    const auto whole = parse(programToIcs(m_valid, all()).ics);
    QVERIFY(whole);
    QCOMPARE(icalcomponent_isa(whole.get()), ICAL_VCALENDAR_COMPONENT);
    QCOMPARE(uids(whole.get()).size(), m_valid.sessions.size());

    // Program order, whatever the request's, and each session once.
    const auto some = parse(programToIcs(m_valid,
        {{QStringLiteral("panel"), QStringLiteral("opening"), QStringLiteral("panel")}, {}, false,
            m_stamp})
                                .ics);
    QCOMPARE(uids(some.get()),
        QStringList({validUid.arg(QStringLiteral("session/opening")),
            validUid.arg(QStringLiteral("session/panel"))}));
}

void IcsExportTest::uidsStayTheSameAcrossExports()
{
    auto later = all();
    later.stamp = m_stamp.addDays(3);
    const auto first = uids(parse(programToIcs(m_valid, all()).ics).get());
    auto changed = m_valid;
    changed.sessions[0].title = QStringLiteral("Opening Remarks, Revised");
    changed.sessions[0].start = changed.sessions[0].start.addSecs(600);
    const auto second = uids(parse(programToIcs(changed, later).ics).get());
    QCOMPARE(second, first);
    QCOMPARE(QSet<QString>(first.cbegin(), first.cend()).size(), first.size());
    QCOMPARE(first.constFirst(), validUid.arg(QStringLiteral("session/opening")));
}

void IcsExportTest::sequenceAndStampsComeFromTheManifest()
{
    auto program = m_valid;
    Manifest manifest;
    manifest.edition = program.workshop.id;
    manifest.version = 7;
    manifest.published = QDateTime(QDate(2024, 7, 20), QTime(9, 30), program.workshop.timeZone);
    program.manifest = manifest;
    const auto expected = QDateTime(QDate(2024, 7, 20), QTime(7, 30), QTimeZone::utc());

    const auto first = programToIcs(program, all()).ics;
    auto later = all();
    later.stamp = m_stamp.addDays(1);
    QCOMPARE(programToIcs(program, later).ics, first);

    const auto calendar = parse(first);
    const auto events = components(calendar.get(), ICAL_VEVENT_COMPONENT);
    QVERIFY(!events.isEmpty());
    for (auto *event : events) {
        QCOMPARE(icalproperty_get_sequence(firstProperty(event, ICAL_SEQUENCE_PROPERTY)), 7);
        QCOMPARE(utcInstant(icalcomponent_get_dtstamp(event)), expected);
        QCOMPARE(utcInstant(icalproperty_get_lastmodified(
                     firstProperty(event, ICAL_LASTMODIFIED_PROPERTY))),
            expected);
    }
}

void IcsExportTest::stampWithoutManifest()
{
    const auto calendar = parse(programToIcs(m_valid, all()).ics);
    for (auto *event : components(calendar.get(), ICAL_VEVENT_COMPONENT)) {
        QCOMPARE(icalproperty_get_sequence(firstProperty(event, ICAL_SEQUENCE_PROPERTY)), 0);
        QCOMPARE(utcInstant(icalcomponent_get_dtstamp(event)), m_stamp);
        QCOMPARE(utcInstant(icalproperty_get_lastmodified(
                     firstProperty(event, ICAL_LASTMODIFIED_PROPERTY))),
            m_stamp);
    }

    // No stamp: now.
    const auto before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto now = parse(programToIcs(m_valid, {{QStringLiteral("opening")}, {}, false, {}}).ics);
    const auto stamp = utcInstant(icalcomponent_get_dtstamp(
        icalcomponent_get_first_component(now.get(), ICAL_VEVENT_COMPONENT)));
    QVERIFY(stamp >= before);
    QVERIFY(stamp <= QDateTime::currentDateTimeUtc());
}

void IcsExportTest::cancelledSessionsAreCancelled()
{
    const auto calendar = parse(programToIcs(m_valid, all()).ics);
    for (const auto &session : m_valid.sessions) {
        auto *e = findEvent(calendar.get(), validUid.arg(QLatin1String("session/") + session.id));
        QVERIFY(e);
        QCOMPARE(icalcomponent_get_status(e),
            session.cancelled ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED);
    }
    QVERIFY(m_valid.session(QStringLiteral("invited-1"))->cancelled);
}

void IcsExportTest::textIsEscapedAndRoundTrips()
{
    const auto tricky = QStringLiteral("Talks, posters; and more\nSecond line \\ backslash");
    auto program = m_valid;
    program.workshop.title = QStringLiteral("Workshop, 2024; Vienna");
    program.sessions[0].title = tricky;
    program.workshop.venue.name = QStringLiteral("Messe; Wien, Halle\nD");
    const auto ics = programToIcs(program, {{QStringLiteral("opening")}, {}, false, m_stamp}).ics;
    QVERIFY2(ics.contains("SUMMARY:Talks\\, posters\\; and more\\nSecond line \\\\ backslash"),
        ics.constData());

    const auto calendar = parse(ics);
    auto *e = findEvent(calendar.get(), validUid.arg(QStringLiteral("session/opening")));
    QVERIFY(e);
    QCOMPARE(text(icalcomponent_get_summary(e)), tricky);
    QCOMPARE(text(icalcomponent_get_location(e)),
        QStringLiteral("Hall A, Messe; Wien, Halle\nD, Vienna"));
    auto *name = firstProperty(calendar.get(), ICAL_X_PROPERTY);
    QCOMPARE(text(icalproperty_get_x_name(name)), QStringLiteral("X-WR-CALNAME"));
    QCOMPARE(text(icalproperty_get_x(name)), program.workshop.title);
}

void IcsExportTest::linesAreFoldedWithCrlf()
{
    auto program = m_valid;
    // Long text of two- and three-byte characters: folding must not exceed
    // 75 octets whatever the characters.
    program.sessions[0].abstract =
        QStringLiteral("Jürgen Müller’s ünïcödé abstract. ").repeated(40);
    const auto ics = programToIcs(program, all()).ics;
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QVERIFY(!ics.contains("\r\r"));
    auto lines = ics.split('\n');
    QVERIFY(lines.takeLast().isEmpty());
    QVERIFY(lines.size() > 50);
    qsizetype continuations = 0;
    for (const auto &line : lines) {
        QVERIFY2(line.endsWith('\r'), line.constData());
        QVERIFY2(line.size() - 1 <= 75, line.constData());
        QVERIFY2(line.indexOf('\r') == line.size() - 1, line.constData());
        // Folding never cuts a character in two.
        QStringDecoder utf8(QStringDecoder::Utf8);
        QVERIFY2(!QString(utf8(line)).isEmpty() && !utf8.hasError(), line.constData());
        if (line.startsWith(' '))
            ++continuations;
    }
    QVERIFY(continuations > 10);

    const auto calendar = parse(ics);
    auto *e = findEvent(calendar.get(), validUid.arg(QStringLiteral("session/opening")));
    QVERIFY(
        text(icalcomponent_get_description(e)).contains(program.sessions[0].abstract.trimmed()));
}

void IcsExportTest::timesCarryTheWorkshopZone()
{
    const auto ics = programToIcs(m_valid, all()).ics;
    QVERIFY(!ics.contains("freeassociation"));
    const auto calendar = parse(ics);
    const auto zones = components(calendar.get(), ICAL_VTIMEZONE_COMPONENT);
    QCOMPARE(zones.size(), 1);
    QCOMPARE(text(icalproperty_get_tzid(firstProperty(zones[0], ICAL_TZID_PROPERTY))),
        QStringLiteral("Europe/Vienna"));

    for (const auto &session : m_valid.sessions) {
        auto *e = findEvent(calendar.get(), validUid.arg(QLatin1String("session/") + session.id));
        QVERIFY(e);
        QCOMPARE(tzidOf(firstProperty(e, ICAL_DTSTART_PROPERTY)), QStringLiteral("Europe/Vienna"));
        QCOMPARE(tzidOf(firstProperty(e, ICAL_DTEND_PROPERTY)), QStringLiteral("Europe/Vienna"));
        QCOMPARE(instant(icalcomponent_get_dtstart(e)), session.start);
        QCOMPARE(instant(icalcomponent_get_dtend(e)), session.end);
    }
    // 09:00 CEST on 26 July 2024.
    auto *opening = findEvent(calendar.get(), validUid.arg(QStringLiteral("session/opening")));
    QCOMPARE(instant(icalcomponent_get_dtstart(opening)),
        QDateTime(QDate(2024, 7, 26), QTime(7, 0), QTimeZone::utc()));
}

void IcsExportTest::timesAcrossADaylightSavingChange()
{
    const auto program = load(test::dataPath(QStringLiteral("dst")));
    QCOMPARE(program.workshop.timeZoneId, QStringLiteral("Europe/Berlin"));
    const auto calendar = parse(programToIcs(program, {{}, {}, true, m_stamp}).ics);
    const auto uid = [](const char *id) {
        return QStringLiteral("dst-berlin-2024/session/%1@workshop-companion")
            .arg(QLatin1String(id));
    };
    const auto utc = [](int day, int hour, int minute) {
        return QDateTime(QDate(2024, 10, day), QTime(hour, minute), QTimeZone::utc());
    };
    // Saturday on CEST (UTC+2), Sunday on CET (UTC+1).
    auto *opening = findEvent(calendar.get(), uid("opening"));
    QCOMPARE(instant(icalcomponent_get_dtstart(opening)), utc(26, 7, 0));
    auto *talks = findEvent(calendar.get(), uid("talks"));
    QCOMPARE(instant(icalcomponent_get_dtstart(talks)), utc(27, 8, 0));

    // 22:00 CEST plus 330 minutes ends at the second 02:30 of the night, which
    // a wall-clock time with TZID would name the first: written in UTC.
    auto *night = findEvent(calendar.get(), uid("night-walk"));
    QCOMPARE(tzidOf(firstProperty(night, ICAL_DTSTART_PROPERTY)), QStringLiteral("Europe/Berlin"));
    QCOMPARE(instant(icalcomponent_get_dtstart(night)), utc(26, 20, 0));
    const auto end = icalcomponent_get_dtend(night);
    QCOMPARE(instant(end), utc(27, 1, 30));
    QCOMPARE(instant(end), program.session(QStringLiteral("night-walk"))->end);
    QVERIFY(icaltime_is_utc(end));
}

void IcsExportTest::descriptionLocationUrlAndCategory()
{
    const auto calendar = parse(programToIcs(m_valid, all()).ics);
    auto *keynote = findEvent(calendar.get(), validUid.arg(QStringLiteral("session/keynote-1")));
    QCOMPARE(text(icalcomponent_get_description(keynote)),
        QStringLiteral("Speakers:\n- Jürgen Müller (Technische Universität Wien)\n\n"
                       "Links:\n- slides: https://example.org/slides/keynote-1.pdf\n"
                       "- video: https://example.org/video/keynote-1\n\n"
                       "Why every problem needs a *line* and a *column*."));
    QCOMPARE(text(icalproperty_get_url(firstProperty(keynote, ICAL_URL_PROPERTY))),
        QStringLiteral("https://example.org/slides/keynote-1.pdf"));
    QCOMPARE(
        text(icalcomponent_get_location(keynote)), QStringLiteral("Hall A, Messe Wien, Vienna"));
    QCOMPARE(text(icalproperty_get_categories(firstProperty(keynote, ICAL_CATEGORIES_PROPERTY))),
        QStringLiteral("keynote"));

    auto *talks = findEvent(calendar.get(), validUid.arg(QStringLiteral("session/talks-1")));
    QCOMPARE(text(icalcomponent_get_description(talks)),
        QStringLiteral(
            "Speakers:\n- Ana Silva (Example University)\n- Li Wei (Sample Institute)\n\n"
            "Papers:\n- Parsing YAML Without Losing Line Numbers (Ana Silva, Li Wei)\n"
            "- Time Zones Considered Harmful (Li Wei)"));
    // No link of its own: the workshop's site.
    QCOMPARE(text(icalproperty_get_url(firstProperty(talks, ICAL_URL_PROPERTY))),
        QStringLiteral("https://example.org/testshop-2024/"));

    // Without a site link there is no URL at all.
    auto program = m_valid;
    program.workshop.links.removeIf(
        [](const Link &link) { return link.name == QLatin1String("site"); });
    const auto noSite = parse(programToIcs(program, all()).ics);
    QVERIFY(!firstProperty(findEvent(noSite.get(), validUid.arg(QStringLiteral("session/talks-1"))),
        ICAL_URL_PROPERTY));
}

void IcsExportTest::papersAsPosters()
{
    const auto exported = programToIcs(m_valid,
        {{}, {QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("late-breaking-1")}, false,
            m_stamp});
    QCOMPARE(exported.papersWithoutPoster, QStringList {QStringLiteral("1")});
    const auto calendar = parse(exported.ics);
    QCOMPARE(uids(calendar.get()),
        QStringList({validUid.arg(QStringLiteral("paper/3")),
            validUid.arg(QStringLiteral("paper/late-breaking-1"))}));

    const auto *posters = m_valid.session(QStringLiteral("posters-1"));
    auto *poster = findEvent(calendar.get(), validUid.arg(QStringLiteral("paper/3")));
    QCOMPARE(text(icalcomponent_get_summary(poster)),
        QStringLiteral("Poster: Poster: Overlap Detection in O(n log n)"));
    QCOMPARE(instant(icalcomponent_get_dtstart(poster)), posters->start);
    QCOMPARE(instant(icalcomponent_get_dtend(poster)), posters->end);
    QCOMPARE(text(icalcomponent_get_location(poster)),
        QStringLiteral("Board 12, Hall B, Messe Wien, Vienna"));
    QCOMPARE(text(icalcomponent_get_description(poster)),
        QStringLiteral("Poster Session, board 12\n\nAuthors: Grace Sample"));
    QCOMPARE(icalcomponent_get_status(poster), ICAL_STATUS_CONFIRMED);

    // A retracted paper's poster will not be there.
    auto *retracted =
        findEvent(calendar.get(), validUid.arg(QStringLiteral("paper/late-breaking-1")));
    QCOMPARE(icalcomponent_get_status(retracted), ICAL_STATUS_CANCELLED);

    // Sessions and posters together: sessions first.
    const auto both = parse(programToIcs(
        m_valid, {{QStringLiteral("posters-1")}, {QStringLiteral("3")}, false, m_stamp})
                                .ics);
    QCOMPARE(uids(both.get()),
        QStringList({validUid.arg(QStringLiteral("session/posters-1")),
            validUid.arg(QStringLiteral("paper/3"))}));
}

void IcsExportTest::unknownIdsAreReported()
{
    const auto exported = programToIcs(m_valid,
        {{QStringLiteral("opening"), QStringLiteral("nope"), QStringLiteral("nope")},
            {QStringLiteral("99"), QStringLiteral("3")}, false, m_stamp});
    QCOMPARE(exported.unknownSessionIds, QStringList {QStringLiteral("nope")});
    QCOMPARE(exported.unknownPaperIds, QStringList {QStringLiteral("99")});
    QVERIFY(exported.papersWithoutPoster.isEmpty());
    QCOMPARE(uids(parse(exported.ics).get()).size(), 2);
}

void IcsExportTest::unknownZoneGivesUtcTimes_data()
{
    QTest::addColumn<QString>("zone");
    // Qt's own offset zone, which a hand-built program could hold.
    QTest::newRow("unknown to libical") << QStringLiteral("UTC+02:00");
    // libical knows it but has no VTIMEZONE for it.
    QTest::newRow("UTC") << QStringLiteral("UTC");
}

void IcsExportTest::unknownZoneGivesUtcTimes()
{
    QFETCH(QString, zone);
    auto program = m_valid;
    program.workshop.timeZoneId = zone;
    program.workshop.timeZone = QTimeZone(zone.toUtf8());
    QVERIFY(program.workshop.timeZone.isValid());
    for (auto &session : program.sessions) {
        session.start = session.start.toTimeZone(program.workshop.timeZone);
        session.end = session.end.toTimeZone(program.workshop.timeZone);
    }
    const auto calendar = parse(programToIcs(program, all()).ics);
    QVERIFY(components(calendar.get(), ICAL_VTIMEZONE_COMPONENT).isEmpty());
    for (const auto &session : program.sessions) {
        auto *e = findEvent(calendar.get(), validUid.arg(QLatin1String("session/") + session.id));
        QVERIFY(tzidOf(firstProperty(e, ICAL_DTSTART_PROPERTY)).isEmpty());
        QCOMPARE(utcInstant(icalcomponent_get_dtstart(e)), session.start);
        QCOMPARE(utcInstant(icalcomponent_get_dtend(e)), session.end);
    }
}

void IcsExportTest::emptyRequestGivesAnEmptyCalendar()
{
    const auto calendar = parse(programToIcs(m_valid, {{}, {}, false, m_stamp}).ics);
    QVERIFY(calendar);
    QVERIFY(components(calendar.get(), ICAL_VEVENT_COMPONENT).isEmpty());
    QVERIFY(components(calendar.get(), ICAL_VTIMEZONE_COMPONENT).isEmpty());
    QCOMPARE(text(icalproperty_get_version(firstProperty(calendar.get(), ICAL_VERSION_PROPERTY))),
        QStringLiteral("2.0"));
    QCOMPARE(icalproperty_get_method(firstProperty(calendar.get(), ICAL_METHOD_PROPERTY)),
        ICAL_METHOD_PUBLISH);
}

QTEST_GUILESS_MAIN(IcsExportTest)
#include "tst_icsexport.moc"
