// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// The program diff: what changed between two editions, record by record, as
// data (fields, old and new values) and as the lines organizers read.

#include "programdiff.h"
#include "programloader.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace wc;

namespace {

using Entity = Change::Entity;
using Kind = Change::Kind;

Program loadProgram(const QString &relative)
{
    auto result = loadProgramFolder(test::dataPath(relative));
    if (!result.program)
        qFatal("cannot load %s", qPrintable(relative));
    return *result.program;
}

template<typename T> T &byId(QList<T> &items, const QString &id)
{
    for (auto &item : items) {
        if (item.id == id)
            return item;
    }
    qFatal("no record %s", qPrintable(id));
}

template<typename T> void removeById(QList<T> &items, const QString &id)
{
    const auto removed = items.removeIf([&id](const T &item) { return item.id == id; });
    if (removed != 1)
        qFatal("no record %s to remove", qPrintable(id));
}

QDateTime vienna(int day, int hour, int minute)
{
    return QDateTime(QDate(2024, 7, day), QTime(hour, minute), QTimeZone("Europe/Vienna"));
}

// "session/keynote-1/changed", to compare whole lists at a glance.
QStringList summary(const QList<Change> &changes)
{
    QStringList list;
    for (const auto &change : changes)
        list << entityName(change.entity) + QLatin1Char('/') + change.id + QLatin1Char('/') +
                kindName(change.kind);
    return list;
}

// The one change of a diff that should have exactly one.
Change onlyChange(const Program &oldProgram, const Program &newProgram)
{
    const auto changes = diffPrograms(oldProgram, newProgram);
    if (changes.size() != 1)
        qFatal(
            "expected one change, got: %s", qPrintable(summary(changes).join(QLatin1String(", "))));
    return changes.constFirst();
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const auto s : list)
        result << QString::fromUtf8(s);
    return result;
}

} // namespace

class TestProgramDiff : public QObject {
    Q_OBJECT

private:
    Program m_old;
    Program m_new;
    QList<Change> m_changes;

    // The fixture diff's change of this record, or null.
    const Change *fixtureChange(Entity entity, const QString &id)
    {
        for (const auto &change : std::as_const(m_changes)) {
            if (change.entity == entity && change.id == id)
                return &change;
        }
        return nullptr;
    }
    QString describe(const Change &change) { return describeChange(change, m_old, m_new); }

private Q_SLOTS:
    void initTestCase()
    {
        m_old = loadProgram(QStringLiteral("diff/old"));
        m_new = loadProgram(QStringLiteral("diff/new"));
        m_changes = diffPrograms(m_old, m_new);
    }

    void identicalProgramsHaveNoChanges()
    {
        const auto valid = loadProgram(QStringLiteral("valid"));
        QVERIFY(diffPrograms(valid, valid).isEmpty());
        // The old fixture differs from valid in comments only.
        QVERIFY(diffPrograms(valid, m_old).isEmpty());
        auto bundled = loadProgramFolder(test::bundledPath());
        QVERIFY(bundled.program);
        QVERIFY(diffPrograms(*bundled.program, *bundled.program).isEmpty());
        QCOMPARE(changesToJson({}), QJsonArray());
    }

    // Workshop first, then sessions, speakers, papers; each in the new
    // program's order, then the removed ones in the old program's order.
    void fixtureChangesInOrder()
    {
        QCOMPARE(summary(m_changes),
            strings({
                "workshop/testshop-2024/changed",
                "session/coffee-1/changed",
                "session/talks-1/changed",
                "session/panel/changed",
                "session/lightning-1/added",
                "session/closing/changed",
                "session/invited-1/removed",
                "speaker/ana-silva/changed",
                "speaker/mei-tanaka/added",
                "speaker/li-wei/removed",
                "paper/1/changed",
                "paper/3/changed",
                "paper/4/added",
                "paper/2/removed",
            }));
        // Deterministic: the same inputs give the same bytes.
        QCOMPARE(QJsonDocument(changesToJson(diffPrograms(m_old, m_new))).toJson(),
            QJsonDocument(changesToJson(m_changes)).toJson());
    }

    void workshopFieldChanged()
    {
        const auto change = fixtureChange(Entity::Workshop, QStringLiteral("testshop-2024"));
        QVERIFY(change);
        QCOMPARE(change->kind, Kind::Changed);
        QCOMPARE(change->fields, strings({"subtitle"}));
        QCOMPARE(change->oldValues,
            (QJsonObject {{QStringLiteral("subtitle"),
                QStringLiteral("A two-day workshop that exists only in the test suite")}}));
        QCOMPARE(change->newValues,
            (QJsonObject {{QStringLiteral("subtitle"),
                QStringLiteral("A two-day workshop that exists only in the diff tests")}}));
        QCOMPARE(describe(*change), QStringLiteral("subtitle changed"));
        QCOMPARE(changeLine(*change, m_old, m_new),
            QStringLiteral("workshop testshop-2024 changed: subtitle changed"));
    }

    void sessionAdded()
    {
        const auto change = fixtureChange(Entity::Session, QStringLiteral("lightning-1"));
        QVERIFY(change);
        QCOMPARE(change->kind, Kind::Added);
        QVERIFY(change->fields.isEmpty());
        QVERIFY(change->oldValues.isEmpty());
        QCOMPARE(
            change->newValues.value(QLatin1String("id")).toString(), QStringLiteral("lightning-1"));
        QCOMPARE(change->newValues.value(QLatin1String("title")).toString(),
            QStringLiteral("Lightning Talks"));
        QCOMPARE(change->newValues.value(QLatin1String("start")).toString(),
            QStringLiteral("2024-07-27T11:00:00+02:00"));
        QCOMPARE(change->newValues.value(QLatin1String("papers")).toArray(),
            QJsonArray {QStringLiteral("4")});
        QCOMPARE(describe(*change),
            QStringLiteral("Lightning Talks · Sat 27 Jul 11:00–11:30 · Hall A"));
    }

    void sessionRemoved()
    {
        const auto change = fixtureChange(Entity::Session, QStringLiteral("invited-1"));
        QVERIFY(change);
        QCOMPARE(change->kind, Kind::Removed);
        QVERIFY(change->fields.isEmpty());
        QVERIFY(change->newValues.isEmpty());
        QCOMPARE(change->oldValues.value(QLatin1String("title")).toString(),
            QStringLiteral("Invited Talk (cancelled)"));
        QCOMPARE(change->oldValues.value(QLatin1String("speakers")).toArray(),
            QJsonArray {QStringLiteral("li-wei")});
        QCOMPARE(describe(*change), QStringLiteral("Invited Talk (cancelled)"));
    }

    void sessionCancelled()
    {
        const auto change = fixtureChange(Entity::Session, QStringLiteral("closing"));
        QVERIFY(change);
        QCOMPARE(change->kind, Kind::Changed);
        QCOMPARE(change->fields, strings({"cancelled"}));
        QCOMPARE(change->oldValues, (QJsonObject {{QStringLiteral("cancelled"), false}}));
        QCOMPARE(change->newValues, (QJsonObject {{QStringLiteral("cancelled"), true}}));
        QCOMPARE(describe(*change), QStringLiteral("cancelled"));
    }

    void sessionRetimedSameDay()
    {
        const auto change = fixtureChange(Entity::Session, QStringLiteral("coffee-1"));
        QVERIFY(change);
        // The derived "duration" changes with "end": both are named.
        QCOMPARE(change->fields, strings({"duration", "end", "start"}));
        QCOMPARE(change->oldValues.value(QLatin1String("start")).toString(),
            QStringLiteral("2024-07-26T10:15:00+02:00"));
        QCOMPARE(change->newValues.value(QLatin1String("start")).toString(),
            QStringLiteral("2024-07-26T10:20:00+02:00"));
        QCOMPARE(change->oldValues.value(QLatin1String("duration")).toInt(), 30);
        QCOMPARE(change->newValues.value(QLatin1String("duration")).toInt(), 20);
        QCOMPARE(describe(*change), QStringLiteral("retimed 10:15–10:45 → 10:20–10:40"));
    }

    void sessionMovedAndRetitled()
    {
        const auto change = fixtureChange(Entity::Session, QStringLiteral("panel"));
        QVERIFY(change);
        QCOMPARE(change->fields, strings({"room", "title"}));
        QCOMPARE(change->oldValues,
            (QJsonObject {{QStringLiteral("room"), QStringLiteral("hall-a")},
                {QStringLiteral("title"), QStringLiteral("Panel Discussion")}}));
        QCOMPARE(change->newValues,
            (QJsonObject {{QStringLiteral("room"), QStringLiteral("hall-b")},
                {QStringLiteral("title"), QStringLiteral("Panel: Where Loaders Go Next")}}));
        QCOMPARE(describe(*change),
            QStringLiteral("moved from Hall A to Hall B; "
                           "retitled “Panel Discussion” → “Panel: Where Loaders Go Next”"));
        QCOMPARE(changeLine(*change, m_old, m_new),
            QStringLiteral("session panel changed: moved from Hall A to Hall B; "
                           "retitled “Panel Discussion” → “Panel: Where Loaders Go Next”"));
    }

    void sessionSpeakersChanged()
    {
        const auto change = fixtureChange(Entity::Session, QStringLiteral("talks-1"));
        QVERIFY(change);
        // Paper 2 left the program, so the session's papers changed too.
        QCOMPARE(change->fields, strings({"papers", "speakers"}));
        QCOMPARE(change->oldValues.value(QLatin1String("speakers")).toArray(),
            (QJsonArray {QStringLiteral("ana-silva"), QStringLiteral("li-wei")}));
        QCOMPARE(change->newValues.value(QLatin1String("speakers")).toArray(),
            (QJsonArray {QStringLiteral("ana-silva"), QStringLiteral("mei-tanaka")}));
        // Names from each side: Li Wei is only in the old program, Mei Tanaka only in the new.
        QCOMPARE(describe(*change),
            QStringLiteral(
                "speakers changed (added Mei Tanaka; removed Li Wei); papers changed"));
    }

    void speakerAddedRemovedChanged()
    {
        const auto added = fixtureChange(Entity::Speaker, QStringLiteral("mei-tanaka"));
        QVERIFY(added);
        QCOMPARE(added->kind, Kind::Added);
        QCOMPARE(added->newValues.value(QLatin1String("affiliation")).toString(),
            QStringLiteral("Fixture Lab"));
        QCOMPARE(describe(*added), QStringLiteral("Mei Tanaka"));

        const auto removed = fixtureChange(Entity::Speaker, QStringLiteral("li-wei"));
        QVERIFY(removed);
        QCOMPARE(removed->kind, Kind::Removed);
        QCOMPARE(removed->oldValues.value(QLatin1String("links")).toObject(),
            (QJsonObject {
                {QStringLiteral("homepage"), QStringLiteral("https://example.org/li-wei")}}));
        QCOMPARE(describe(*removed), QStringLiteral("Li Wei"));

        const auto changed = fixtureChange(Entity::Speaker, QStringLiteral("ana-silva"));
        QVERIFY(changed);
        QCOMPARE(changed->kind, Kind::Changed);
        QCOMPARE(changed->fields, strings({"affiliation"}));
        QCOMPARE(changed->oldValues,
            (QJsonObject {{QStringLiteral("affiliation"), QStringLiteral("Example University")}}));
        QCOMPARE(changed->newValues,
            (QJsonObject {
                {QStringLiteral("affiliation"), QStringLiteral("Example University, Lisbon")}}));
        QCOMPARE(describe(*changed), QStringLiteral("affiliation changed"));
    }

    void paperAddedRemovedRetractedChanged()
    {
        const auto added = fixtureChange(Entity::Paper, QStringLiteral("4"));
        QVERIFY(added);
        QCOMPARE(added->kind, Kind::Added);
        QCOMPARE(added->newValues.value(QLatin1String("id")).toString(), QStringLiteral("4"));
        QCOMPARE(describe(*added), QStringLiteral("Diffing Program Folders by Id"));

        const auto removed = fixtureChange(Entity::Paper, QStringLiteral("2"));
        QVERIFY(removed);
        QCOMPARE(removed->kind, Kind::Removed);
        QCOMPARE(removed->oldValues.value(QLatin1String("authors")).toArray(),
            QJsonArray {QStringLiteral("Li Wei")});
        QCOMPARE(describe(*removed), QStringLiteral("Time Zones Considered Harmful"));

        const auto retracted = fixtureChange(Entity::Paper, QStringLiteral("1"));
        QVERIFY(retracted);
        QCOMPARE(retracted->fields, strings({"retracted"}));
        QCOMPARE(retracted->newValues, (QJsonObject {{QStringLiteral("retracted"), true}}));
        QCOMPARE(describe(*retracted), QStringLiteral("retracted"));

        const auto changed = fixtureChange(Entity::Paper, QStringLiteral("3"));
        QVERIFY(changed);
        QCOMPARE(changed->fields, strings({"board", "title"}));
        QCOMPARE(changed->oldValues,
            (QJsonObject {{QStringLiteral("board"), 12},
                {QStringLiteral("title"),
                    QStringLiteral("Poster: Overlap Detection in $O(n \\log n)$")}}));
        QCOMPARE(changed->newValues,
            (QJsonObject {{QStringLiteral("board"), 14},
                {QStringLiteral("title"), QStringLiteral("Poster: Overlap Detection in $O(n)$")}}));
        QCOMPARE(describe(*changed),
            QStringLiteral(
                "moved to poster session Poster Session board 14; title changed"));
    }

    void changesAsJson()
    {
        const auto json = changesToJson(m_changes);
        QCOMPARE(json.size(), m_changes.size());
        const auto workshop = json.at(0).toObject();
        QCOMPARE(workshop.keys(), strings({"change", "entity", "fields", "id", "new", "old"}));
        QCOMPARE(workshop.value(QLatin1String("entity")).toString(), QStringLiteral("workshop"));
        QCOMPARE(workshop.value(QLatin1String("change")).toString(), QStringLiteral("changed"));
        QCOMPARE(workshop.value(QLatin1String("fields")).toArray(),
            QJsonArray {QStringLiteral("subtitle")});
        QCOMPARE(workshop.value(QLatin1String("old")).toObject().value(QLatin1String("subtitle")),
            QJsonValue(QStringLiteral("A two-day workshop that exists only in the test suite")));

        const auto added = json.at(4).toObject();
        QCOMPARE(added.value(QLatin1String("id")).toString(), QStringLiteral("lightning-1"));
        QCOMPARE(added.value(QLatin1String("change")).toString(), QStringLiteral("added"));
        QVERIFY(added.value(QLatin1String("old")).isNull());
        QCOMPARE(added.value(QLatin1String("new")).toObject().value(QLatin1String("title")),
            QJsonValue(QStringLiteral("Lightning Talks")));
        QCOMPARE(added.value(QLatin1String("fields")).toArray(), QJsonArray());

        const auto removed = json.last().toObject();
        QCOMPARE(removed.value(QLatin1String("entity")).toString(), QStringLiteral("paper"));
        QCOMPARE(removed.value(QLatin1String("change")).toString(), QStringLiteral("removed"));
        QVERIFY(removed.value(QLatin1String("new")).isNull());
        QCOMPARE(removed.value(QLatin1String("old")).toObject().value(QLatin1String("id")),
            QJsonValue(QStringLiteral("2")));
    }

    void names()
    {
        QCOMPARE(entityName(Entity::Workshop), QStringLiteral("workshop"));
        QCOMPARE(entityName(Entity::Session), QStringLiteral("session"));
        QCOMPARE(entityName(Entity::Speaker), QStringLiteral("speaker"));
        QCOMPARE(entityName(Entity::Paper), QStringLiteral("paper"));
        QCOMPARE(kindName(Kind::Added), QStringLiteral("added"));
        QCOMPARE(kindName(Kind::Removed), QStringLiteral("removed"));
        QCOMPARE(kindName(Kind::Changed), QStringLiteral("changed"));
    }

    // Programs changed in memory, for what the fixture does not show.

    void sessionReinstated()
    {
        const auto oldProgram = loadProgram(QStringLiteral("valid"));
        auto newProgram = oldProgram;
        byId(newProgram.sessions, QStringLiteral("invited-1")).cancelled = false;
        const auto change = onlyChange(oldProgram, newProgram);
        QCOMPARE(change.fields, strings({"cancelled"}));
        QCOMPARE(
            describeChange(change, oldProgram, newProgram), QStringLiteral("reinstated"));
    }

    void sessionRetimedToAnotherDay()
    {
        const auto oldProgram = loadProgram(QStringLiteral("valid"));
        auto newProgram = oldProgram;
        auto &keynote = byId(newProgram.sessions, QStringLiteral("keynote-1"));
        keynote.day = QDate(2024, 7, 27);
        // In UTC: the text must still be in the workshop's zone.
        keynote.start = vienna(27, 11, 0).toUTC();
        keynote.end = vienna(27, 12, 0).toUTC();
        const auto change = onlyChange(oldProgram, newProgram);
        QCOMPARE(change.fields, strings({"day", "end", "start"}));
        QCOMPARE(describeChange(change, oldProgram, newProgram),
            QStringLiteral("retimed Fri 26 Jul 09:15–10:15 → Sat 27 Jul 11:00–12:00"));
    }

    void sessionMovedFromTheMainRoom()
    {
        auto oldProgram = loadProgram(QStringLiteral("valid"));
        byId(oldProgram.sessions, QStringLiteral("closing")).room.clear();
        auto newProgram = oldProgram;
        byId(newProgram.sessions, QStringLiteral("closing")).room = QStringLiteral("hall-b");
        const auto change = onlyChange(oldProgram, newProgram);
        QCOMPARE(change.oldValues, (QJsonObject {{QStringLiteral("room"), QJsonValue::Null}}));
        QCOMPARE(describeChange(change, oldProgram, newProgram),
            QStringLiteral("moved from the main room to Hall B"));
        QCOMPARE(describeChange(onlyChange(newProgram, oldProgram), newProgram, oldProgram),
            QStringLiteral("moved from Hall B to the main room"));
    }

    void roomNamesComeFromEachProgram()
    {
        const auto oldProgram = loadProgram(QStringLiteral("valid"));
        auto newProgram = oldProgram;
        newProgram.workshop.venue.rooms[0].name = QStringLiteral("Main Hall");
        byId(newProgram.sessions, QStringLiteral("posters-1")).room = QStringLiteral("hall-a");
        const auto changes = diffPrograms(oldProgram, newProgram);
        QCOMPARE(summary(changes),
            strings({"workshop/testshop-2024/changed", "session/posters-1/changed"}));
        QCOMPARE(changes[0].fields, strings({"venue"}));
        QCOMPARE(describeChange(changes[0], oldProgram, newProgram),
            QStringLiteral("venue changed"));
        QCOMPARE(describeChange(changes[1], oldProgram, newProgram),
            QStringLiteral("moved from Hall B to Main Hall"));
    }

    void sessionOtherAspects()
    {
        const auto oldProgram = loadProgram(QStringLiteral("valid"));
        auto newProgram = oldProgram;
        auto &keynote = byId(newProgram.sessions, QStringLiteral("keynote-1"));
        keynote.kind = SessionKind::Invited;
        keynote.abstract = QStringLiteral("Shorter.");
        keynote.links.removeLast();
        keynote.papers << QStringLiteral("2");
        const auto change = onlyChange(oldProgram, newProgram);
        QCOMPARE(change.fields, strings({"abstract", "kind", "links", "papers"}));
        QCOMPARE(
            change.newValues.value(QLatin1String("kind")).toString(), QStringLiteral("invited"));
        QCOMPARE(describeChange(change, oldProgram, newProgram),
            QStringLiteral("papers changed; abstract changed; links changed; "
                           "kind changed keynote → invited"));
    }

    void sessionSpeakersReordered()
    {
        const auto oldProgram = loadProgram(QStringLiteral("valid"));
        auto newProgram = oldProgram;
        auto &panel = byId(newProgram.sessions, QStringLiteral("panel"));
        std::reverse(panel.speakers.begin(), panel.speakers.end());
        const auto change = onlyChange(oldProgram, newProgram);
        QCOMPARE(change.fields, strings({"speakers"}));
        QCOMPARE(describeChange(change, oldProgram, newProgram),
            QStringLiteral("speakers changed (reordered)"));
    }

    void paperOtherAspects()
    {
        const auto oldProgram = loadProgram(QStringLiteral("valid"));
        auto newProgram = oldProgram;
        auto &late = byId(newProgram.papers, QStringLiteral("late-breaking-1"));
        late.retracted = false;
        late.board.reset();
        auto &first = byId(newProgram.papers, QStringLiteral("1"));
        first.authors.removeLast();
        first.abstract.clear();
        first.links.clear();
        auto &poster = byId(newProgram.papers, QStringLiteral("3"));
        poster.posterSession.clear();
        poster.board.reset();

        const auto changes = diffPrograms(oldProgram, newProgram);
        QCOMPARE(summary(changes),
            strings({"paper/1/changed", "paper/3/changed", "paper/late-breaking-1/changed"}));
        QCOMPARE(changes[0].fields, strings({"abstract", "authors", "links"}));
        QCOMPARE(describeChange(changes[0], oldProgram, newProgram),
            QStringLiteral("authors changed; abstract changed; links changed"));
        QCOMPARE(changes[1].fields, strings({"board", "poster_session"}));
        QCOMPARE(changes[1].newValues,
            (QJsonObject {{QStringLiteral("board"), QJsonValue::Null},
                {QStringLiteral("poster_session"), QJsonValue::Null}}));
        QCOMPARE(describeChange(changes[1], oldProgram, newProgram),
            QStringLiteral("no longer in a poster session"));
        QCOMPARE(changes[2].fields, strings({"board", "retracted"}));
        QCOMPARE(describeChange(changes[2], oldProgram, newProgram),
            QStringLiteral("no longer retracted; moved to poster session Poster Session"));
    }

    void speakerOtherAspects()
    {
        const auto oldProgram = loadProgram(QStringLiteral("valid"));
        auto newProgram = oldProgram;
        auto &jurgen = byId(newProgram.speakers, QStringLiteral("jurgen-muller"));
        jurgen.name = QStringLiteral("Jürgen K. Müller");
        jurgen.photo.clear();
        jurgen.bio = QStringLiteral("New bio.");
        jurgen.links.append({QStringLiteral("twitter"), QStringLiteral("https://example.org/jk")});
        const auto change = onlyChange(oldProgram, newProgram);
        QCOMPARE(change.fields, strings({"bio", "links", "name", "photo"}));
        QCOMPARE(change.oldValues.value(QLatin1String("photo")).toString(),
            QStringLiteral("https://example.org/photos/jurgen-muller.jpg"));
        QVERIFY(change.newValues.value(QLatin1String("photo")).isNull());
        QCOMPARE(describeChange(change, oldProgram, newProgram),
            QStringLiteral("renamed Jürgen Müller → Jürgen K. Müller; photo changed; "
                           "bio changed; links changed"));
    }

    void workshopSeveralFieldsAndItsId()
    {
        const auto oldProgram = loadProgram(QStringLiteral("valid"));
        auto newProgram = oldProgram;
        newProgram.workshop.id = QStringLiteral("testshop-2025");
        newProgram.workshop.title = QStringLiteral("Another Title");
        newProgram.workshop.pages.clear();
        const auto change = onlyChange(oldProgram, newProgram);
        // The workshop is not matched by id, so a new id is a change like any other.
        QCOMPARE(change.id, QStringLiteral("testshop-2025"));
        QCOMPARE(change.fields, strings({"id", "pages", "title"}));
        QCOMPARE(change.oldValues.value(QLatin1String("id")).toString(),
            QStringLiteral("testshop-2024"));
        QCOMPARE(changeLine(change, oldProgram, newProgram),
            QStringLiteral(
                "workshop testshop-2025 changed: id changed; pages changed; title changed"));
    }

    void orderFollowsNewThenOldProgram()
    {
        const auto oldProgram = loadProgram(QStringLiteral("valid"));
        auto newProgram = oldProgram;
        // Removed in reverse file order: still reported in the old program's order.
        removeById(newProgram.sessions, QStringLiteral("closing"));
        removeById(newProgram.sessions, QStringLiteral("opening"));
        // Added ones where the new program has them, among changed ones.
        auto extra = byId(newProgram.sessions, QStringLiteral("panel"));
        extra.id = QStringLiteral("extra");
        extra.room = QStringLiteral("hall-b");
        extra.start = vienna(27, 11, 0);
        extra.end = vienna(27, 12, 0);
        newProgram.sessions.prepend(extra);
        std::reverse(newProgram.sessions.begin(), newProgram.sessions.end());
        byId(newProgram.sessions, QStringLiteral("keynote-1")).title = QStringLiteral("K");
        byId(newProgram.sessions, QStringLiteral("panel")).title = QStringLiteral("P");
        newProgram.index();

        const auto changes = diffPrograms(oldProgram, newProgram);
        QCOMPARE(summary(changes),
            strings({"session/panel/changed", "session/keynote-1/changed", "session/extra/added",
                "session/opening/removed", "session/closing/removed"}));
        QCOMPARE(describeChange(changes[2], oldProgram, newProgram),
            QStringLiteral("Panel Discussion · Sat 27 Jul 11:00–12:00 · Hall B"));
    }
};

QTEST_GUILESS_MAIN(TestProgramDiff)
#include "tst_programdiff.moc"
