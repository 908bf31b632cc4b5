// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "programdiff.h"

#include "jsonexport.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace wc {

namespace {

// The words of describeChange(), translated for the app's What changed view
// (lupdate finds them by this class); workshop-program installs no
// translator and prints them as written.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(wc::ProgramDiff)
};

// The changed keys of two normalized records, in the export's key order
// (QJsonObject keeps its keys sorted, and the export writes them so).
Change compareRecords(Change::Entity entity, const QString &id, const QJsonObject &oldJson,
    const QJsonObject &newJson, bool skipId)
{
    QStringList keys = oldJson.keys() + newJson.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());

    Change change {entity, id, Change::Kind::Changed, {}, {}, {}};
    for (const auto &key : std::as_const(keys)) {
        if (skipId && key == QLatin1String("id"))
            continue;
        const auto oldValue = oldJson.value(key);
        const auto newValue = newJson.value(key);
        if (oldValue == newValue)
            continue;
        change.fields << key;
        change.oldValues.insert(key, oldValue);
        change.newValues.insert(key, newValue);
    }
    return change;
}

template<typename T, typename ToJson>
void diffRecords(QList<Change> &changes, Change::Entity entity, const QList<T> &oldItems,
    const QList<T> &newItems, ToJson toJson)
{
    QHash<QString, const T *> oldById;
    oldById.reserve(oldItems.size());
    for (const auto &item : oldItems)
        oldById.insert(item.id, &item);
    QSet<QString> newIds;
    newIds.reserve(newItems.size());
    for (const auto &item : newItems) {
        newIds.insert(item.id);
        const auto old = oldById.value(item.id);
        if (!old) {
            changes.append({entity, item.id, Change::Kind::Added, {}, {}, toJson(item)});
            continue;
        }
        auto change = compareRecords(entity, item.id, toJson(*old), toJson(item), true);
        if (!change.fields.isEmpty())
            changes.append(std::move(change));
    }
    for (const auto &item : oldItems) {
        if (!newIds.contains(item.id))
            changes.append({entity, item.id, Change::Kind::Removed, {}, toJson(item), {}});
    }
}

QDateTime inZone(const QDateTime &time, const Program &program)
{
    return program.workshop.timeZone.isValid() ? time.toTimeZone(program.workshop.timeZone) : time;
}

// "09:00–09:30", or "Sat 16 Dec 09:00–09:30" with the day. The C locale
// keeps the output the same on every machine (the CLI's golden files).
QString timeSpan(const Session &session, const Program &program, bool withDay)
{
    const auto start = inZone(session.start, program);
    const auto end = inZone(session.end, program);
    const auto hhmm = QStringLiteral("HH:mm");
    auto span = start.toString(hhmm) + QStringLiteral("–") + end.toString(hhmm);
    if (withDay)
        span = QLocale::c().toString(start.date(), QStringLiteral("ddd d MMM")) + QLatin1Char(' ') +
            span;
    return span;
}

QString roomName(const Program &program, const QString &roomId)
{
    if (roomId.isEmpty())
        return Text::tr("the main room");
    const auto room = program.room(roomId);
    return room && !room->name.isEmpty() ? room->name : roomId;
}

QString speakerName(const Program &program, const QString &id)
{
    const auto speaker = program.speaker(id);
    return speaker && !speaker->name.isEmpty() ? speaker->name : id;
}

QString sessionTitle(const Program &program, const QString &id)
{
    const auto session = program.session(id);
    return session ? session->title : id;
}

// The clauses of a changed record: take() claims the fields one clause
// explains and returns whether any of them changed.
class Clauses {
public:
    explicit Clauses(const QStringList &fields)
        : m_remaining(fields)
    {
    }

    bool take(std::initializer_list<const char *> fields)
    {
        bool any = false;
        for (const auto field : fields)
            any = m_remaining.removeAll(QLatin1String(field)) > 0 || any;
        return any;
    }
    void add(const QString &clause) { m_clauses << clause; }

    // Fields no clause explains still show, so nothing changes unseen.
    QString text()
    {
        for (const auto &field : std::as_const(m_remaining))
            m_clauses << Text::tr("%1 changed").arg(field);
        m_remaining.clear();
        return m_clauses.join(QStringLiteral("; "));
    }

private:
    QStringList m_remaining;
    QStringList m_clauses;
};

QString speakersClause(const Session &oldSession, const Session &newSession,
    const Program &oldProgram, const Program &newProgram)
{
    QStringList added, removed;
    for (const auto &id : newSession.speakers) {
        if (!oldSession.speakers.contains(id))
            added << speakerName(newProgram, id);
    }
    for (const auto &id : oldSession.speakers) {
        if (!newSession.speakers.contains(id))
            removed << speakerName(oldProgram, id);
    }
    QStringList parts;
    const auto separator = QStringLiteral(", ");
    if (!added.isEmpty())
        parts << Text::tr("added %1").arg(added.join(separator));
    if (!removed.isEmpty())
        parts << Text::tr("removed %1").arg(removed.join(separator));
    if (parts.isEmpty())
        parts << Text::tr("reordered");
    return Text::tr("speakers changed (%1)").arg(parts.join(QStringLiteral("; ")));
}

QString describeSession(const Change &change, const Program &oldProgram, const Program &newProgram)
{
    const auto oldSession = oldProgram.session(change.id);
    const auto newSession = newProgram.session(change.id);
    const auto separator = QStringLiteral(" · ");
    if (change.kind == Change::Kind::Added && newSession) {
        auto text = newSession->title + separator + timeSpan(*newSession, newProgram, true) +
            separator + roomName(newProgram, newSession->room);
        if (newSession->cancelled)
            text += separator + Text::tr("cancelled");
        return text;
    }
    if (change.kind == Change::Kind::Removed && oldSession)
        return oldSession->title;
    if (change.kind != Change::Kind::Changed || !oldSession || !newSession)
        return {};

    Clauses clauses(change.fields);
    if (clauses.take({"cancelled"}))
        clauses.add(newSession->cancelled ? Text::tr("cancelled") : Text::tr("reinstated"));
    // "day" and "duration" follow from start and end: one clause for all four.
    if (clauses.take({"day", "start", "end", "duration"})) {
        const bool dayChanged = inZone(oldSession->start, oldProgram).date() !=
            inZone(newSession->start, newProgram).date();
        clauses.add(Text::tr("retimed %1 → %2")
                        .arg(timeSpan(*oldSession, oldProgram, dayChanged),
                            timeSpan(*newSession, newProgram, dayChanged)));
    }
    if (clauses.take({"room"})) {
        clauses.add(Text::tr("moved from %1 to %2")
                        .arg(roomName(oldProgram, oldSession->room),
                            roomName(newProgram, newSession->room)));
    }
    if (clauses.take({"title"}))
        clauses.add(Text::tr("retitled “%1” → “%2”").arg(oldSession->title, newSession->title));
    if (clauses.take({"speakers"}))
        clauses.add(speakersClause(*oldSession, *newSession, oldProgram, newProgram));
    if (clauses.take({"papers"}))
        clauses.add(Text::tr("papers changed"));
    if (clauses.take({"abstract"}))
        clauses.add(Text::tr("abstract changed"));
    if (clauses.take({"links"}))
        clauses.add(Text::tr("links changed"));
    if (clauses.take({"kind"})) {
        clauses.add(Text::tr("kind changed %1 → %2")
                        .arg(sessionKindName(oldSession->kind), sessionKindName(newSession->kind)));
    }
    return clauses.text();
}

QString describePaper(const Change &change, const Program &oldProgram, const Program &newProgram)
{
    const auto oldPaper = oldProgram.paper(change.id);
    const auto newPaper = newProgram.paper(change.id);
    if (change.kind == Change::Kind::Added && newPaper)
        return newPaper->title;
    if (change.kind == Change::Kind::Removed && oldPaper)
        return oldPaper->title;
    if (change.kind != Change::Kind::Changed || !oldPaper || !newPaper)
        return {};

    Clauses clauses(change.fields);
    if (clauses.take({"retracted"}))
        clauses.add(newPaper->retracted ? Text::tr("retracted") : Text::tr("no longer retracted"));
    if (clauses.take({"poster_session", "board"})) {
        if (newPaper->posterSession.isEmpty()) {
            clauses.add(Text::tr("no longer in a poster session"));
        } else {
            const auto title = sessionTitle(newProgram, newPaper->posterSession);
            clauses.add(newPaper->board
                    ? Text::tr("moved to poster session %1 board %2")
                          .arg(title)
                          .arg(*newPaper->board)
                    : Text::tr("moved to poster session %1").arg(title));
        }
    }
    if (clauses.take({"title"}))
        clauses.add(Text::tr("title changed"));
    if (clauses.take({"authors"}))
        clauses.add(Text::tr("authors changed"));
    if (clauses.take({"abstract"}))
        clauses.add(Text::tr("abstract changed"));
    if (clauses.take({"links"}))
        clauses.add(Text::tr("links changed"));
    return clauses.text();
}

QString describeSpeaker(const Change &change, const Program &oldProgram, const Program &newProgram)
{
    const auto oldSpeaker = oldProgram.speaker(change.id);
    const auto newSpeaker = newProgram.speaker(change.id);
    if (change.kind == Change::Kind::Added && newSpeaker)
        return newSpeaker->name;
    if (change.kind == Change::Kind::Removed && oldSpeaker)
        return oldSpeaker->name;
    if (change.kind != Change::Kind::Changed || !oldSpeaker || !newSpeaker)
        return {};

    Clauses clauses(change.fields);
    if (clauses.take({"name"}))
        clauses.add(Text::tr("renamed %1 → %2").arg(oldSpeaker->name, newSpeaker->name));
    if (clauses.take({"affiliation"}))
        clauses.add(Text::tr("affiliation changed"));
    if (clauses.take({"photo"}))
        clauses.add(Text::tr("photo changed"));
    if (clauses.take({"bio"}))
        clauses.add(Text::tr("bio changed"));
    if (clauses.take({"links"}))
        clauses.add(Text::tr("links changed"));
    return clauses.text();
}

// For a change that does not match the programs given (a record missing
// from them): say what the change itself knows.
QString describeGenerically(const Change &change)
{
    return change.kind == Change::Kind::Changed ? Clauses(change.fields).text() : QString();
}

} // namespace

QList<Change> diffPrograms(const Program &oldProgram, const Program &newProgram)
{
    QList<Change> changes;
    // The workshop is the one record not matched by id, so its id is a field.
    auto workshop = compareRecords(Change::Entity::Workshop, newProgram.workshop.id,
        workshopJson(oldProgram.workshop), workshopJson(newProgram.workshop), false);
    if (!workshop.fields.isEmpty())
        changes.append(std::move(workshop));
    diffRecords(
        changes, Change::Entity::Session, oldProgram.sessions, newProgram.sessions, sessionJson);
    diffRecords(
        changes, Change::Entity::Speaker, oldProgram.speakers, newProgram.speakers, speakerJson);
    diffRecords(changes, Change::Entity::Paper, oldProgram.papers, newProgram.papers, paperJson);
    return changes;
}

QString entityName(Change::Entity entity)
{
    switch (entity) {
    case Change::Entity::Workshop:
        return QStringLiteral("workshop");
    case Change::Entity::Session:
        return QStringLiteral("session");
    case Change::Entity::Speaker:
        return QStringLiteral("speaker");
    case Change::Entity::Paper:
        return QStringLiteral("paper");
    }
    return {};
}

QString kindName(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::Added:
        return QStringLiteral("added");
    case Change::Kind::Removed:
        return QStringLiteral("removed");
    case Change::Kind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

QJsonArray changesToJson(const QList<Change> &changes)
{
    QJsonArray array;
    for (const auto &change : changes) {
        const auto null = QJsonValue(QJsonValue::Null);
        array.append(QJsonObject {
            {QStringLiteral("entity"), entityName(change.entity)},
            {QStringLiteral("id"), change.id},
            {QStringLiteral("change"), kindName(change.kind)},
            {QStringLiteral("fields"), QJsonArray::fromStringList(change.fields)},
            {QStringLiteral("old"),
                change.kind == Change::Kind::Added ? null : QJsonValue(change.oldValues)},
            {QStringLiteral("new"),
                change.kind == Change::Kind::Removed ? null : QJsonValue(change.newValues)},
        });
    }
    return array;
}

QString describeChange(const Change &change, const Program &oldProgram, const Program &newProgram)
{
    QString text;
    switch (change.entity) {
    case Change::Entity::Workshop:
        break; // every field is "<field> changed"
    case Change::Entity::Session:
        text = describeSession(change, oldProgram, newProgram);
        break;
    case Change::Entity::Speaker:
        text = describeSpeaker(change, oldProgram, newProgram);
        break;
    case Change::Entity::Paper:
        text = describePaper(change, oldProgram, newProgram);
        break;
    }
    return text.isEmpty() ? describeGenerically(change) : text;
}

QString changeLine(const Change &change, const Program &oldProgram, const Program &newProgram)
{
    const auto body = describeChange(change, oldProgram, newProgram);
    return entityName(change.entity) + QLatin1Char(' ') + change.id + QLatin1Char(' ') +
        kindName(change.kind) + (body.isEmpty() ? QString() : QStringLiteral(": ") + body);
}

} // namespace wc
