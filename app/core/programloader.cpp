// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "programloader.h"

#include "logging.h"
#include "manifest.h"
#include "yamldocument.h"
#include "yamlfields.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <map>
#include <memory>

namespace wc {

namespace {

// Where the parts of a session were written, for problems found after
// reading (times, references, overlaps).
struct SessionSource {
    const YamlNode *map = nullptr;
    const YamlNode *day = nullptr;
    const YamlNode *start = nullptr;
    const YamlNode *end = nullptr;
    const YamlNode *duration = nullptr;
    const YamlNode *room = nullptr;
    std::optional<QTime> startTime;
    std::optional<QTime> endTime;
    std::optional<qint64> durationMinutes;
    std::vector<std::pair<const YamlNode *, QString>> speakers;
    std::vector<std::pair<const YamlNode *, QString>> papers;
    bool usable = true; // false when a time is missing or broken
};

struct PaperSource {
    const YamlNode *id = nullptr;
    const YamlNode *posterSession = nullptr;
    const YamlNode *board = nullptr;
};

QString hhmm(const QDateTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

// "UTC+02:00" for an offset in seconds.
QString offsetLabel(int offset)
{
    return QStringLiteral("UTC%1%2:%3")
        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
        .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
}

// The zone's abbreviation at a moment ("CEST"), or its offset ("UTC+02:00")
// where the zone has none or only a numeric one ("+03").
QString zoneLabel(const QTimeZone &zone, const QDateTime &at)
{
    const auto label = zone.abbreviation(at);
    if (label.isEmpty() || label.startsWith(QLatin1Char('+')) || label.startsWith(QLatin1Char('-')))
        return offsetLabel(zone.offsetFromUtc(at));
    return label;
}

// Where the loader finds the files of a program folder: on disk, or in
// memory. Paths are relative to the folder.
class FolderFiles {
public:
    virtual ~FolderFiles() = default;
    virtual bool exists(const QString &path) const = 0;
    // The file, not yet open (opening it fails when it cannot be read), or
    // nullptr when it is known not to be there.
    virtual std::unique_ptr<QIODevice> file(const QString &path) const = 0;
};

class FilesOnDisk : public FolderFiles {
public:
    explicit FilesOnDisk(const QString &dir)
        : m_dir(dir)
    {
    }
    bool exists(const QString &path) const override
    {
        return QFileInfo::exists(m_dir.filePath(path));
    }
    std::unique_ptr<QIODevice> file(const QString &path) const override
    {
        return std::make_unique<QFile>(m_dir.filePath(path));
    }

private:
    QDir m_dir;
};

class FilesInMemory : public FolderFiles {
public:
    explicit FilesInMemory(const ProgramFiles &files)
        : m_files(files)
    {
    }
    bool exists(const QString &path) const override { return m_files.contains(path); }
    std::unique_ptr<QIODevice> file(const QString &path) const override
    {
        const auto it = m_files.constFind(path);
        if (it == m_files.cend())
            return nullptr;
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(*it);
        return buffer;
    }

private:
    const ProgramFiles &m_files;
};

class Loader {
public:
    explicit Loader(const FolderFiles &files)
        : m_files(files)
    {
    }

    LoadResult run();
    // Only manifest.yaml, without checking the files it lists: what a sync
    // reads before it has fetched them.
    std::optional<Manifest> runManifestOnly(QList<Problem> *problems);

private:
    const YamlNode *readFile(const QString &name, bool required);
    bool topLevel(ProblemSink &sink, const YamlNode *root);
    // The items of the list under the file's one top-level key.
    // nullopt when the file's top level is broken (so its ids are unknown).
    std::optional<std::vector<const YamlNode *>> topLevelList(
        ProblemSink &sink, const YamlNode *root, std::string_view key);
    // The required `id` of a mapping, reported when invalid or used twice in the file.
    QString uniqueId(
        ProblemSink &sink, const MapFields &fields, QHash<QString, int> &seen, const QString &what);
    // Reports a second use of an id within one file.
    void checkUnique(ProblemSink &sink, QHash<QString, int> &seen, const YamlNode *node,
        const QString &id, const QString &what);

    void readWorkshop(const YamlNode *root);
    void readDays(ProblemSink &sink, const YamlNode *node);
    void readVenue(ProblemSink &sink, const YamlNode *node);
    void readCommittees(ProblemSink &sink, const YamlNode *node);
    void readPages(ProblemSink &sink, const YamlNode *node);
    void readSessions(const YamlNode *root);
    void readSpeakers(const YamlNode *root);
    void readPapers(const YamlNode *root);
    void readManifest(const YamlNode *root);

    void resolveSessionTimes();
    void checkSessionReferences();
    void checkOverlaps();
    void checkSpeakerOverlaps();
    void checkPosterSessions();
    void checkUnpresentedPapers();
    void checkPosterBoards();
    void checkManifestFile(ProblemSink &sink, const YamlNode *pathNode, const ManifestFile &entry);

    const FolderFiles &m_files;
    QList<Problem> m_problems;
    Program m_program;
    std::map<QString, YamlDocument> m_documents;

    bool m_workshopRead = false; // rooms are known
    bool m_daysRead = false;
    bool m_zoneRead = false;
    bool m_sessionsRead = false;
    bool m_speakersRead = false;
    bool m_papersRead = false;
    std::vector<SessionSource> m_sessionSources;
    std::vector<PaperSource> m_paperSources;
    bool m_checkListedFiles = true;
};

const YamlNode *Loader::readFile(const QString &name, bool required)
{
    if (!m_files.exists(name)) {
        if (required)
            m_problems.append(
                {name, 1, 1, Problem::Severity::Error, QStringLiteral("file is missing")});
        return nullptr;
    }
    auto &doc = m_documents[name] = YamlDocument::read(*m_files.file(name), name);
    m_problems.append(doc.problems());
    return doc.root();
}

bool Loader::topLevel(ProblemSink &sink, const YamlNode *root)
{
    if (root->isMap())
        return true;
    sink.error(Position {},
        QStringLiteral("the top level must be a mapping of keys to values, found %1")
            .arg(describe(root)));
    return false;
}

std::optional<std::vector<const YamlNode *>> Loader::topLevelList(
    ProblemSink &sink, const YamlNode *root, std::string_view key)
{
    if (!topLevel(sink, root))
        return std::nullopt;
    const MapFields top(sink, root, {key}, Position {});
    const auto *list = top.require(key);
    if (!list || !list->isSequence()) {
        if (list)
            sink.items(list); // reports the wrong type
        return std::nullopt;
    }
    return list->children;
}

QString Loader::uniqueId(
    ProblemSink &sink, const MapFields &fields, QHash<QString, int> &seen, const QString &what)
{
    const auto *node = fields.require("id");
    if (!node)
        return {};
    const auto id = sink.id(node);
    if (!id)
        return {};
    checkUnique(sink, seen, node, *id, what);
    return *id;
}

void Loader::checkUnique(ProblemSink &sink, QHash<QString, int> &seen, const YamlNode *node,
    const QString &id, const QString &what)
{
    const auto it = seen.constFind(id);
    if (it != seen.cend()) {
        sink.error(node,
            QStringLiteral("duplicate %1 '%2' (first at line %3)")
                .arg(what, id, QString::number(*it)));
        return;
    }
    seen.insert(id, node->position.line);
}

LoadResult Loader::run()
{
    if (const auto *root = readFile(QStringLiteral("workshop.yaml"), true))
        readWorkshop(root);
    if (const auto *root = readFile(QStringLiteral("program.yaml"), true))
        readSessions(root);
    if (const auto *root = readFile(QStringLiteral("speakers.yaml"), false))
        readSpeakers(root);
    else if (!m_documents.count(QStringLiteral("speakers.yaml")))
        m_speakersRead = true; // no file: a workshop without named speakers
    if (const auto *root = readFile(QStringLiteral("papers.yaml"), false))
        readPapers(root);
    else if (!m_documents.count(QStringLiteral("papers.yaml")))
        m_papersRead = true;
    if (const auto *root = readFile(manifestFile, false))
        readManifest(root);

    if (m_workshopRead && m_sessionsRead) {
        resolveSessionTimes();
        checkOverlaps();
        checkSpeakerOverlaps();
    }
    if (m_sessionsRead)
        checkSessionReferences();
    if (m_sessionsRead && m_papersRead) {
        checkPosterSessions();
        checkUnpresentedPapers();
    }
    if (m_papersRead)
        checkPosterBoards();

    sortProblems(m_problems);
    LoadResult result;
    result.counts = {m_program.sessions.size(), m_program.speakers.size(), m_program.papers.size()};
    if (errorCount(m_problems) == 0) {
        m_program.index();
        result.program = std::move(m_program);
    }
    result.problems = std::move(m_problems);
    return result;
}

void Loader::readWorkshop(const YamlNode *root)
{
    ProblemSink sink(QStringLiteral("workshop.yaml"), m_problems);
    if (!topLevel(sink, root))
        return;
    const MapFields fields(sink, root,
        {"format", "id", "title", "subtitle", "timezone", "days", "venue", "links", "sync",
            "committees", "pages"},
        Position {});
    auto &w = m_program.workshop;
    if (const auto *node = fields.require("format")) {
        if (const auto format = sink.integer(node)) {
            if (*format > 1)
                sink.error(node,
                    QStringLiteral("format %1 is newer than this version of Workshop "
                                   "Companion understands (1); please update the app")
                        .arg(*format));
            else if (*format < 1)
                sink.error(node, QStringLiteral("format must be 1"));
        }
    }
    if (const auto *node = fields.require("id"))
        w.id = sink.id(node).value_or(QString());
    if (const auto *node = fields.require("title"))
        w.title = sink.nonEmptyText(node).value_or(QString());
    if (const auto *node = fields.get("subtitle"))
        w.subtitle = sink.text(node).value_or(QString());
    bool zoneOk = false;
    if (const auto *node = fields.require("timezone")) {
        if (const auto name = sink.text(node)) {
            // Qt also accepts its own offset names ("UTC+02:00"), which are
            // not IANA zones and know nothing of daylight saving.
            static const QRegularExpression offsetName(QStringLiteral("^UTC[+-]"));
            const QTimeZone zone(name->toUtf8());
            if (zone.isValid() && !offsetName.match(*name).hasMatch()) {
                w.timeZoneId = *name;
                w.timeZone = zone;
                zoneOk = true;
            } else {
                sink.error(node,
                    QStringLiteral("unknown time zone '%1': use an IANA name such as "
                                   "America/Chicago")
                        .arg(name->left(64)));
            }
        }
    }
    bool daysOk = false;
    if (const auto *node = fields.require("days")) {
        const auto before = errorCount(m_problems);
        readDays(sink, node);
        daysOk = errorCount(m_problems) == before && !w.days.isEmpty();
    }
    if (const auto *node = fields.get("venue"))
        readVenue(sink, node);
    if (const auto *node = fields.get("links"))
        w.links = sink.links(node);
    if (const auto *node = fields.get("sync");
        node && isMapping(sink, node, QStringLiteral("sync"))) {
        const MapFields sync(sink, node, {"url"});
        if (const auto *url = sync.require("url"))
            w.syncUrl = sink.url(url).value_or(QString());
    }
    if (const auto *node = fields.get("committees"))
        readCommittees(sink, node);
    if (const auto *node = fields.get("pages"))
        readPages(sink, node);
    m_workshopRead = true;
    m_daysRead = daysOk;
    m_zoneRead = zoneOk;
}

void Loader::readDays(ProblemSink &sink, const YamlNode *node)
{
    auto &days = m_program.workshop.days;
    QHash<QString, int> seen;
    const auto items = sink.items(node);
    if (node->isSequence() && items.empty())
        sink.error(node, QStringLiteral("at least one day is required"));
    for (const auto *item : items) {
        if (!isMapping(sink, item, QStringLiteral("a day")))
            continue;
        const MapFields fields(sink, item, {"date", "start", "end"});
        Day day;
        if (const auto *date = fields.require("date")) {
            if (const auto value = sink.date(date)) {
                day.date = *value;
                checkUnique(sink, seen, date, value->toString(Qt::ISODate), QStringLiteral("day"));
            }
        }
        if (const auto *start = fields.get("start"))
            day.start = sink.time(start).value_or(QTime());
        const auto *end = fields.get("end");
        if (end)
            day.end = sink.time(end).value_or(QTime());
        if (day.start.isValid() && day.end.isValid() && day.end <= day.start)
            sink.error(end,
                QStringLiteral("the day ends at %1, not after it starts at %2")
                    .arg(day.end.toString(QStringLiteral("HH:mm")),
                        day.start.toString(QStringLiteral("HH:mm"))));
        days.append(day);
    }
}

void Loader::readVenue(ProblemSink &sink, const YamlNode *node)
{
    if (!isMapping(sink, node, QStringLiteral("venue")))
        return;
    auto &venue = m_program.workshop.venue;
    const MapFields fields(sink, node, {"name", "city", "rooms"});
    if (const auto *name = fields.get("name"))
        venue.name = sink.text(name).value_or(QString());
    if (const auto *city = fields.get("city"))
        venue.city = sink.text(city).value_or(QString());
    if (const auto *rooms = fields.get("rooms")) {
        QHash<QString, int> seen;
        for (const auto *item : sink.items(rooms)) {
            if (!isMapping(sink, item, QStringLiteral("a room")))
                continue;
            const MapFields room(sink, item, {"id", "name"});
            Room r;
            r.id = uniqueId(sink, room, seen, QStringLiteral("room id"));
            if (const auto *name = room.require("name"))
                r.name = sink.nonEmptyText(name).value_or(QString());
            venue.rooms.append(r);
        }
    }
}

void Loader::readCommittees(ProblemSink &sink, const YamlNode *node)
{
    for (const auto *item : sink.items(node)) {
        if (!isMapping(sink, item, QStringLiteral("a committee")))
            continue;
        const MapFields fields(sink, item, {"name", "members"});
        Committee committee;
        if (const auto *name = fields.require("name"))
            committee.name = sink.nonEmptyText(name).value_or(QString());
        if (const auto *members = fields.get("members")) {
            for (const auto *memberNode : sink.items(members)) {
                if (!isMapping(sink, memberNode, QStringLiteral("a committee member")))
                    continue;
                const MapFields member(sink, memberNode, {"name", "affiliation", "link"});
                Member m;
                if (const auto *name = member.require("name"))
                    m.name = sink.nonEmptyText(name).value_or(QString());
                if (const auto *affiliation = member.get("affiliation"))
                    m.affiliation = sink.text(affiliation).value_or(QString());
                if (const auto *link = member.get("link"))
                    m.link = sink.url(link).value_or(QString());
                committee.members.append(m);
            }
        }
        m_program.workshop.committees.append(committee);
    }
}

void Loader::readPages(ProblemSink &sink, const YamlNode *node)
{
    QHash<QString, int> seen;
    for (const auto *item : sink.items(node)) {
        if (!isMapping(sink, item, QStringLiteral("a page")))
            continue;
        const MapFields fields(sink, item, {"id", "title", "body"});
        Page page;
        page.id = uniqueId(sink, fields, seen, QStringLiteral("page id"));
        if (const auto *title = fields.require("title"))
            page.title = sink.nonEmptyText(title).value_or(QString());
        if (const auto *body = fields.get("body"))
            page.body = sink.text(body).value_or(QString());
        m_program.workshop.pages.append(page);
    }
}

void Loader::readSessions(const YamlNode *root)
{
    ProblemSink sink(QStringLiteral("program.yaml"), m_problems);
    const auto items = topLevelList(sink, root, "sessions");
    if (!items)
        return;
    QHash<QString, int> seen;
    for (const auto *item : *items) {
        if (!isMapping(sink, item, QStringLiteral("a session")))
            continue;
        const MapFields fields(sink, item,
            {"id", "day", "start", "end", "duration", "kind", "title", "room", "speakers", "papers",
                "abstract", "links", "cancelled"});
        Session s;
        SessionSource src;
        src.map = item;
        s.id = uniqueId(sink, fields, seen, QStringLiteral("session id"));
        if (const auto *title = fields.require("title"))
            s.title = sink.nonEmptyText(title).value_or(QString());
        if (const auto *kind = fields.get("kind")) {
            if (const auto name = sink.text(kind)) {
                if (const auto k = sessionKindFromName(*name)) {
                    s.kind = *k;
                } else {
                    sink.warning(kind,
                        QStringLiteral("unknown kind '%1', shown as 'other' (kinds: opening, "
                                       "keynote, invited, contributed, panel, posters, "
                                       "competition, break, meal, other)")
                            .arg(name->left(40)));
                }
            }
        }
        src.day = fields.get("day");
        if (src.day)
            s.day = sink.date(src.day).value_or(QDate());
        if ((src.start = fields.require("start")))
            src.startTime = sink.time(src.start);
        src.end = fields.get("end");
        src.duration = fields.get("duration");
        if (src.end)
            src.endTime = sink.time(src.end);
        if (src.duration) {
            src.durationMinutes = sink.integer(src.duration);
            if (src.durationMinutes && *src.durationMinutes <= 0) {
                sink.error(
                    src.duration, QStringLiteral("duration must be a positive number of minutes"));
                src.durationMinutes.reset();
            }
        }
        if (!src.end && !src.duration)
            sink.error(
                fields.position(), QStringLiteral("missing key 'end' (or 'duration' in minutes)"));
        src.usable = src.startTime && (src.endTime || src.durationMinutes) &&
            (!src.end || src.endTime) && (!src.duration || src.durationMinutes);
        // Wall-clock checks need no time zone, so they run even when
        // workshop.yaml is broken.
        if (src.usable && src.endTime) {
            const auto minutes = src.startTime->secsTo(*src.endTime) / 60;
            if (*src.endTime <= *src.startTime) {
                sink.error(src.end,
                    QStringLiteral("the session ends at %1, not after it starts at %2")
                        .arg(src.endTime->toString(QStringLiteral("HH:mm")),
                            src.startTime->toString(QStringLiteral("HH:mm"))));
                src.usable = false;
            } else if (src.durationMinutes && minutes != *src.durationMinutes) {
                sink.error(src.duration,
                    QStringLiteral("duration %1 disagrees with %2–%3 (%4 minutes)")
                        .arg(*src.durationMinutes)
                        .arg(src.startTime->toString(QStringLiteral("HH:mm")),
                            src.endTime->toString(QStringLiteral("HH:mm")))
                        .arg(minutes));
                src.usable = false;
            }
        }
        if ((src.room = fields.get("room")))
            s.room = sink.id(src.room).value_or(QString());
        if (const auto *speakers = fields.get("speakers")) {
            for (const auto *speaker : sink.items(speakers)) {
                if (auto id = sink.id(speaker)) {
                    s.speakers.append(*id);
                    src.speakers.emplace_back(speaker, *id);
                }
            }
        }
        if (const auto *papers = fields.get("papers")) {
            for (const auto *paper : sink.items(papers)) {
                if (auto id = sink.id(paper)) {
                    s.papers.append(*id);
                    src.papers.emplace_back(paper, *id);
                }
            }
        }
        if (const auto *abstract = fields.get("abstract"))
            s.abstract = sink.text(abstract).value_or(QString());
        if (const auto *links = fields.get("links"))
            s.links = sink.links(links);
        if (const auto *cancelled = fields.get("cancelled"))
            s.cancelled = sink.boolean(cancelled).value_or(false);
        m_program.sessions.append(s);
        m_sessionSources.push_back(std::move(src));
    }
    m_sessionsRead = true;
}

void Loader::resolveSessionTimes()
{
    ProblemSink sink(QStringLiteral("program.yaml"), m_problems);
    const auto &w = m_program.workshop;
    const auto &rooms = w.venue.rooms;
    for (qsizetype i = 0; i < m_program.sessions.size(); ++i) {
        auto &s = m_program.sessions[i];
        auto &src = m_sessionSources[size_t(i)];

        // Which room: named rooms must exist; with several rooms one must be named.
        if (src.room) {
            if (!s.room.isEmpty() && !m_program.room(s.room)) {
                QStringList ids;
                for (const auto &room : rooms)
                    ids.append(room.id);
                sink.error(src.room,
                    rooms.isEmpty()
                        ? QStringLiteral("unknown room '%1': workshop.yaml names no rooms")
                              .arg(s.room)
                        : QStringLiteral("unknown room '%1' (rooms: %2)")
                              .arg(s.room, ids.join(QStringLiteral(", "))));
            }
        } else if (rooms.size() > 1) {
            sink.error(mappingPosition(src.map),
                QStringLiteral("missing key 'room' (the venue has several rooms)"));
        } else if (rooms.size() == 1) {
            s.room = rooms.front().id;
        }

        if (!m_daysRead)
            continue;
        // Which day: named days must exist; with several days one must be named.
        const Day *day = nullptr;
        if (src.day) {
            if (!s.day.isValid())
                continue;
            for (const auto &d : w.days) {
                if (d.date == s.day)
                    day = &d;
            }
            if (!day) {
                sink.error(src.day,
                    QStringLiteral("%1 is not one of the workshop's days in workshop.yaml")
                        .arg(s.day.toString(Qt::ISODate)));
                continue;
            }
        } else if (w.days.size() > 1) {
            sink.error(mappingPosition(src.map),
                QStringLiteral("missing key 'day' (the workshop has several days)"));
            continue;
        } else {
            day = &w.days.front();
            s.day = day->date;
        }
        if (!src.usable || !m_zoneRead)
            continue;

        s.start = QDateTime(s.day, *src.startTime, w.timeZone);
        if (!s.start.isValid() || s.start.time() != *src.startTime) {
            sink.error(src.start,
                QStringLiteral("%1 does not exist on %2 in %3 (a daylight-saving change)")
                    .arg(src.startTime->toString(QStringLiteral("HH:mm")),
                        s.day.toString(Qt::ISODate), w.timeZoneId));
            continue;
        }
        if (src.endTime) {
            s.end = QDateTime(s.day, *src.endTime, w.timeZone);
            if (!s.end.isValid() || s.end.time() != *src.endTime) {
                sink.error(src.end,
                    QStringLiteral("%1 does not exist on %2 in %3 (a daylight-saving change)")
                        .arg(src.endTime->toString(QStringLiteral("HH:mm")),
                            s.day.toString(Qt::ISODate), w.timeZoneId));
                continue;
            }
        } else {
            s.end = s.start.addSecs(*src.durationMinutes * 60);
        }

        // The clock jumps between start and end: the session is an hour
        // longer or shorter than its times say.
        const auto startOffset = w.timeZone.offsetFromUtc(s.start);
        const auto endOffset = w.timeZone.offsetFromUtc(s.end);
        if (s.end.isValid() && startOffset != endOffset) {
            auto before = zoneLabel(w.timeZone, s.start);
            auto after = zoneLabel(w.timeZone, s.end);
            if (before == after) {
                before = offsetLabel(startOffset);
                after = offsetLabel(endOffset);
            }
            sink.warning(src.start,
                QStringLiteral("the session crosses a daylight-saving change (%1 → %2); its "
                               "length on the clock differs from its real length")
                    .arg(before, after));
        }

        if (day->start.isValid() && *src.startTime < day->start)
            sink.warning(src.start,
                QStringLiteral("the session starts at %1, before the day opens at %2")
                    .arg(hhmm(s.start), day->start.toString(QStringLiteral("HH:mm"))));
        if (day->end.isValid() && (s.end.date() > s.day || s.end.time() > day->end))
            sink.warning(src.end ? src.end : src.duration,
                QStringLiteral("the session ends at %1, after the day closes at %2")
                    .arg(hhmm(s.end), day->end.toString(QStringLiteral("HH:mm"))));
    }
}

void Loader::checkOverlaps()
{
    ProblemSink sink(QStringLiteral("program.yaml"), m_problems);
    // Sessions of each room and day in time order; each is compared with the
    // one that ends last among those before it.
    std::map<std::pair<QString, QDate>, std::vector<qsizetype>> byRoom;
    for (qsizetype i = 0; i < m_program.sessions.size(); ++i) {
        const auto &s = m_program.sessions[i];
        if (!s.cancelled && s.start.isValid() && s.end.isValid())
            byRoom[{s.room, s.day}].push_back(i);
    }
    for (auto &[key, indexes] : byRoom) {
        std::stable_sort(indexes.begin(), indexes.end(), [&](qsizetype a, qsizetype b) {
            return m_program.sessions[a].start < m_program.sessions[b].start;
        });
        qsizetype latest = -1;
        for (const auto i : indexes) {
            const auto &s = m_program.sessions[i];
            if (latest >= 0 && s.start < m_program.sessions[latest].end) {
                const auto &other = m_program.sessions[latest];
                sink.warning(m_sessionSources[size_t(i)].start,
                    QStringLiteral("overlaps session '%1' (%2–%3) in the same room")
                        .arg(other.id, hhmm(other.start), hhmm(other.end)));
            }
            if (latest < 0 || s.end > m_program.sessions[latest].end)
                latest = i;
        }
    }
}

void Loader::checkSpeakerOverlaps()
{
    ProblemSink sink(QStringLiteral("program.yaml"), m_problems);
    // The sessions of each speaker (each once, with the first place the id is
    // listed) in time order; as in checkOverlaps, each is compared with the
    // one that ends last among those before it, so every warning is at a
    // later session and names an earlier one.
    std::map<QString, std::vector<std::pair<qsizetype, const YamlNode *>>> bySpeaker;
    for (qsizetype i = 0; i < m_program.sessions.size(); ++i) {
        const auto &s = m_program.sessions[i];
        if (s.cancelled || !s.start.isValid() || !s.end.isValid())
            continue;
        QSet<QString> listed;
        for (const auto &[node, id] : m_sessionSources[size_t(i)].speakers) {
            if (!listed.contains(id)) {
                listed.insert(id);
                bySpeaker[id].emplace_back(i, node);
            }
        }
    }
    for (auto &[speaker, entries] : bySpeaker) {
        std::stable_sort(entries.begin(), entries.end(), [&](const auto &a, const auto &b) {
            return m_program.sessions[a.first].start < m_program.sessions[b.first].start;
        });
        qsizetype latest = -1;
        for (const auto &[i, node] : entries) {
            const auto &s = m_program.sessions[i];
            if (latest >= 0 && s.start < m_program.sessions[latest].end) {
                const auto &other = m_program.sessions[latest];
                sink.warning(node,
                    QStringLiteral("speaker '%1' is also in '%2' at the same time (%3–%4)")
                        .arg(speaker, other.id, hhmm(other.start), hhmm(other.end)));
            }
            if (latest < 0 || s.end > m_program.sessions[latest].end)
                latest = i;
        }
    }
}

void Loader::checkSessionReferences()
{
    ProblemSink sink(QStringLiteral("program.yaml"), m_problems);
    QSet<QString> speakerIds, paperIds;
    for (const auto &s : std::as_const(m_program.speakers))
        speakerIds.insert(s.id);
    for (const auto &p : std::as_const(m_program.papers))
        paperIds.insert(p.id);
    for (const auto &src : m_sessionSources) {
        if (m_speakersRead) {
            for (const auto &[node, id] : src.speakers) {
                if (!speakerIds.contains(id))
                    sink.error(node,
                        QStringLiteral("unknown speaker '%1' (not in speakers.yaml)").arg(id));
            }
        }
        if (m_papersRead) {
            for (const auto &[node, id] : src.papers) {
                if (!paperIds.contains(id))
                    sink.error(
                        node, QStringLiteral("unknown paper '%1' (not in papers.yaml)").arg(id));
            }
        }
    }
}

void Loader::checkPosterSessions()
{
    ProblemSink sink(QStringLiteral("papers.yaml"), m_problems);
    QHash<QString, const Session *> sessions;
    for (const auto &s : std::as_const(m_program.sessions))
        sessions.insert(s.id, &s);
    for (qsizetype i = 0; i < m_program.papers.size(); ++i) {
        const auto &paper = m_program.papers[i];
        const auto *node = m_paperSources[size_t(i)].posterSession;
        if (!node || paper.posterSession.isEmpty())
            continue;
        const auto *session = sessions.value(paper.posterSession);
        if (!session) {
            sink.error(node,
                QStringLiteral("unknown session '%1' (not in program.yaml)")
                    .arg(paper.posterSession));
        } else if (session->kind != SessionKind::Posters) {
            sink.error(node,
                QStringLiteral("session '%1' is not a poster session (its kind is %2)")
                    .arg(paper.posterSession, sessionKindName(session->kind)));
        }
    }
}

void Loader::checkUnpresentedPapers()
{
    ProblemSink sink(QStringLiteral("papers.yaml"), m_problems);
    // A program that has poster sessions but assigns no paper to any of them
    // (the 2023 site never published who was at which board) shows its
    // papers at the posters as a whole: only a program that assigns some
    // can have forgotten one.
    const bool hasPosterSessions = std::any_of(m_program.sessions.cbegin(),
        m_program.sessions.cend(), [](const Session &s) { return s.kind == SessionKind::Posters; });
    const bool assignsPosters = std::any_of(m_program.papers.cbegin(), m_program.papers.cend(),
        [](const Paper &p) { return !p.posterSession.isEmpty(); });
    if (hasPosterSessions && !assignsPosters)
        return;
    QSet<QString> listed;
    for (const auto &s : std::as_const(m_program.sessions)) {
        for (const auto &id : s.papers)
            listed.insert(id);
    }
    for (qsizetype i = 0; i < m_program.papers.size(); ++i) {
        const auto &paper = m_program.papers[i];
        const auto *node = m_paperSources[size_t(i)].id;
        if (!node || paper.id.isEmpty() || paper.retracted || !paper.posterSession.isEmpty() ||
            listed.contains(paper.id))
            continue;
        sink.warning(node,
            QStringLiteral("paper %1 is presented in no session and in no poster session")
                .arg(paper.id));
    }
}

void Loader::checkPosterBoards()
{
    ProblemSink sink(QStringLiteral("papers.yaml"), m_problems);
    // Where each paper is a poster: its poster_session, and any posters
    // session that lists it in `papers`.
    QHash<QString, QStringList> listedAt;
    for (const auto &session : std::as_const(m_program.sessions)) {
        if (session.kind != SessionKind::Posters)
            continue;
        for (const auto &id : session.papers)
            listedAt[id].append(session.id);
    }
    // The first paper given each board of each poster session.
    std::map<std::pair<QString, int>, QString> boards;
    for (qsizetype i = 0; i < m_program.papers.size(); ++i) {
        const auto &paper = m_program.papers[i];
        const auto *node = m_paperSources[size_t(i)].board;
        if (!node || paper.retracted || !paper.board || paper.id.isEmpty())
            continue;
        auto sessions = listedAt.value(paper.id);
        if (!paper.posterSession.isEmpty() && !sessions.contains(paper.posterSession))
            sessions.prepend(paper.posterSession);
        for (const auto &session : std::as_const(sessions)) {
            const auto [it, first] = boards.try_emplace({session, *paper.board}, paper.id);
            if (!first)
                sink.warning(node,
                    QStringLiteral("board %1 of '%2' is also given to paper %3")
                        .arg(*paper.board)
                        .arg(session, it->second));
        }
    }
}

void Loader::readSpeakers(const YamlNode *root)
{
    ProblemSink sink(QStringLiteral("speakers.yaml"), m_problems);
    const auto items = topLevelList(sink, root, "speakers");
    if (!items)
        return;
    QHash<QString, int> seen;
    for (const auto *item : *items) {
        if (!isMapping(sink, item, QStringLiteral("a speaker")))
            continue;
        const MapFields fields(sink, item, {"id", "name", "affiliation", "photo", "bio", "links"});
        Speaker s;
        s.id = uniqueId(sink, fields, seen, QStringLiteral("speaker id"));
        if (const auto *name = fields.require("name"))
            s.name = sink.nonEmptyText(name).value_or(QString());
        if (const auto *affiliation = fields.get("affiliation"))
            s.affiliation = sink.text(affiliation).value_or(QString());
        if (const auto *photo = fields.get("photo")) {
            if (const auto value = sink.text(photo)) {
                if (value->contains(QLatin1Char(':'))) {
                    s.photo = sink.url(photo, ProblemSink::UrlUse::Image).value_or(QString());
                } else if (!isSafeRelativePath(QDir::cleanPath(*value))) {
                    sink.error(
                        photo, QStringLiteral("a photo path must stay inside the program folder"));
                } else {
                    s.photo = QDir::cleanPath(*value);
                    if (!m_files.exists(s.photo))
                        sink.warning(photo,
                            QStringLiteral("photo file '%1' not found in the folder").arg(s.photo));
                }
            }
        }
        if (const auto *bio = fields.get("bio"))
            s.bio = sink.text(bio).value_or(QString());
        if (const auto *links = fields.get("links"))
            s.links = sink.links(links);
        m_program.speakers.append(s);
    }
    m_speakersRead = true;
}

void Loader::readPapers(const YamlNode *root)
{
    ProblemSink sink(QStringLiteral("papers.yaml"), m_problems);
    const auto items = topLevelList(sink, root, "papers");
    if (!items)
        return;
    QHash<QString, int> seen;
    for (const auto *item : *items) {
        if (!isMapping(sink, item, QStringLiteral("a paper")))
            continue;
        const MapFields fields(sink, item,
            {"id", "title", "authors", "abstract", "poster_session", "board", "links",
                "retracted"});
        Paper p;
        PaperSource src;
        p.id = uniqueId(sink, fields, seen, QStringLiteral("paper id"));
        src.id = fields.get("id");
        if (const auto *title = fields.require("title"))
            p.title = sink.nonEmptyText(title).value_or(QString());
        if (const auto *authors = fields.get("authors"))
            p.authors = sink.textList(authors);
        if (const auto *abstract = fields.get("abstract"))
            p.abstract = sink.text(abstract).value_or(QString());
        if ((src.posterSession = fields.get("poster_session")))
            p.posterSession = sink.id(src.posterSession).value_or(QString());
        if ((src.board = fields.get("board"))) {
            if (const auto value = sink.integer(src.board)) {
                if (*value < 1 || *value > 100000)
                    sink.error(
                        src.board, QStringLiteral("board must be a number from 1 to 100000"));
                else
                    p.board = int(*value);
            }
        }
        if (const auto *links = fields.get("links"))
            p.links = sink.links(links);
        if (const auto *retracted = fields.get("retracted"))
            p.retracted = sink.boolean(retracted).value_or(false);
        m_program.papers.append(p);
        m_paperSources.push_back(src);
    }
    m_papersRead = true;
}

void Loader::readManifest(const YamlNode *root)
{
    ProblemSink sink(manifestFile, m_problems);
    if (!topLevel(sink, root))
        return;
    const MapFields fields(
        sink, root, {"format", "edition", "version", "published", "files"}, Position {});
    Manifest manifest;
    bool ok = true;
    if (const auto *node = fields.require("format")) {
        const auto format = sink.integer(node);
        if (format && *format != 1) {
            sink.error(
                node, QStringLiteral("manifest format %1 is not supported (1)").arg(*format));
            ok = false;
        }
    }
    if (const auto *node = fields.require("edition")) {
        manifest.edition = sink.id(node).value_or(QString());
        const auto &workshopId = m_program.workshop.id;
        if (!manifest.edition.isEmpty() && !workshopId.isEmpty() && manifest.edition != workshopId)
            sink.error(node,
                QStringLiteral("edition '%1' is not the workshop's id '%2'")
                    .arg(manifest.edition, workshopId));
    }
    if (const auto *node = fields.require("version")) {
        const auto version = sink.integer(node);
        if (version && *version < 1)
            sink.error(node, QStringLiteral("version must be 1 or more"));
        manifest.version =
            int(std::clamp<qint64>(version.value_or(0), 0, std::numeric_limits<int>::max()));
    }
    if (const auto *node = fields.require("published")) {
        if (const auto text = sink.text(node)) {
            manifest.published = QDateTime::fromString(*text, Qt::ISODate);
            if (!manifest.published.isValid() || manifest.published.timeSpec() == Qt::LocalTime)
                sink.error(node,
                    QStringLiteral("expected a date and time with its offset, e.g. "
                                   "2023-12-16T09:16:00-06:00"));
        }
    }
    if (const auto *filesNode = fields.require("files")) {
        for (const auto *item : sink.items(filesNode)) {
            if (!isMapping(sink, item, QStringLiteral("a file entry")))
                continue;
            const MapFields file(sink, item, {"path", "bytes", "sha256"});
            ManifestFile f;
            const auto *path = file.require("path");
            if (path)
                f.path = sink.text(path).value_or(QString());
            if (const auto *bytes = file.require("bytes"))
                f.bytes = sink.integer(bytes).value_or(-1);
            const auto *sha = file.require("sha256");
            if (sha) {
                f.sha256 = sink.text(sha).value_or(QString()).toLatin1();
                if (!isSha256Hex(f.sha256))
                    sink.error(sha, QStringLiteral("expected 64 lower-case hexadecimal digits"));
            }
            if (path && !f.path.isEmpty() && !isSafeRelativePath(f.path))
                sink.error(
                    path, QStringLiteral("'%1' must be a path inside the folder").arg(f.path));
            else if (path && !f.path.isEmpty() && m_checkListedFiles)
                checkManifestFile(sink, path, f);
            manifest.files.append(f);
        }
    }
    if (ok)
        m_program.manifest = manifest;
}

std::optional<Manifest> Loader::runManifestOnly(QList<Problem> *problems)
{
    m_checkListedFiles = false;
    if (const auto *root = readFile(manifestFile, true))
        readManifest(root);
    sortProblems(m_problems);
    *problems = m_problems;
    const bool hasError = std::any_of(m_problems.cbegin(), m_problems.cend(),
        [](const Problem &p) { return p.severity == Problem::Severity::Error; });
    if (hasError)
        return std::nullopt;
    return m_program.manifest;
}

void Loader::checkManifestFile(
    ProblemSink &sink, const YamlNode *pathNode, const ManifestFile &entry)
{
    const auto file = m_files.file(entry.path);
    if (!file || !file->open(QIODevice::ReadOnly)) {
        sink.error(pathNode,
            QStringLiteral("'%1' is listed but cannot be read: %2")
                .arg(entry.path,
                    file ? file->errorString() : QStringLiteral("No such file or directory")));
        return;
    }
    // A stale manifest is a warning: the folder is still a valid program,
    // it only needs publishing again before the site serves it.
    if (file->size() != entry.bytes || sha256Hex(*file) != entry.sha256)
        sink.warning(pathNode,
            QStringLiteral("'%1' changed since the manifest was written; run "
                           "'workshop-program publish' again")
                .arg(entry.path));
}

} // namespace

LoadResult loadProgramFolder(const QString &dir)
{
    if (!QFileInfo(dir).isDir())
        return {std::nullopt,
            {{dir, 1, 1, Problem::Severity::Error, QStringLiteral("not a folder")}}, {}};
    const FilesOnDisk files(dir);
    auto result = Loader(files).run();
    qCDebug(lcLoader) << "loaded" << dir << "with" << result.problems.size() << "problems";
    return result;
}

LoadResult loadProgramFiles(const ProgramFiles &files)
{
    const FilesInMemory inMemory(files);
    return Loader(inMemory).run();
}

std::optional<Manifest> loadManifest(const QString &dir, QList<Problem> *problems)
{
    QList<Problem> ignored;
    const FilesOnDisk files(dir);
    return Loader(files).runManifestOnly(problems ? problems : &ignored);
}

std::optional<Manifest> loadManifest(const ProgramFiles &files, QList<Problem> *problems)
{
    QList<Problem> ignored;
    const FilesInMemory inMemory(files);
    return Loader(inMemory).runManifestOnly(problems ? problems : &ignored);
}

} // namespace wc
