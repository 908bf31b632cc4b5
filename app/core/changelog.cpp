// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "changelog.h"

#include "atomicfile.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <utility>

namespace wc {

namespace {

const auto fileType = QStringLiteral("workshop-companion-changes");
constexpr int fileFormat = 1;

template<typename Enum>
std::optional<Enum> fromName(const QString &name, QString (*toName)(Enum), int count)
{
    for (int i = 0; i < count; ++i) {
        if (toName(Enum(i)) == name)
            return Enum(i);
    }
    return std::nullopt;
}

QString titleOf(Change::Entity entity, const QString &id, const Program &program)
{
    switch (entity) {
    case Change::Entity::Workshop:
        return program.workshop.title;
    case Change::Entity::Session:
        if (const auto *s = program.session(id))
            return s->title;
        break;
    case Change::Entity::Speaker:
        if (const auto *s = program.speaker(id))
            return s->name;
        break;
    case Change::Entity::Paper:
        if (const auto *p = program.paper(id))
            return p->title;
        break;
    }
    return {};
}

} // namespace

ChangeLog::ChangeLog(QString path, QString edition)
    : m_path(std::move(path))
    , m_edition(std::move(edition))
{
}

bool ChangeLog::load(QString *error)
{
    m_notes.clear();
    m_fromVersion = m_toVersion = 0;
    QFile file(m_path);
    if (m_path.isEmpty() || !file.exists())
        return true;
    auto fail = [&](const QString &why) {
        m_notes.clear();
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path), why);
        qCWarning(lcSync) << "ignoring the list of program changes:" << why;
        return false;
    };
    if (!file.open(QIODevice::ReadOnly) || file.size() > 16 * 1024 * 1024)
        return fail(file.errorString());
    const auto doc = QJsonDocument::fromJson(file.readAll());
    const auto root = doc.object();
    if (root.value(QLatin1String("type")).toString() != fileType ||
        root.value(QLatin1String("format")).toInt() != fileFormat)
        return fail(QStringLiteral("not a list of program changes"));
    if (root.value(QLatin1String("edition")).toString() != m_edition)
        return fail(QStringLiteral("the changes of another edition"));
    m_fromVersion = root.value(QLatin1String("fromVersion")).toInt();
    m_toVersion = root.value(QLatin1String("toVersion")).toInt();
    for (const auto &value : root.value(QLatin1String("notes")).toArray()) {
        const auto o = value.toObject();
        const auto entity =
            fromName<Change::Entity>(o.value(QLatin1String("entity")).toString(), entityName, 4);
        const auto kind =
            fromName<Change::Kind>(o.value(QLatin1String("change")).toString(), kindName, 3);
        ChangeNote note;
        note.id = o.value(QLatin1String("id")).toString();
        if (!entity || !kind || note.id.isEmpty())
            return fail(QStringLiteral("a change is damaged"));
        note.entity = *entity;
        note.kind = *kind;
        note.title = o.value(QLatin1String("title")).toString();
        note.summary = o.value(QLatin1String("summary")).toString();
        note.version = o.value(QLatin1String("version")).toInt();
        note.seen = o.value(QLatin1String("seen")).toBool();
        m_notes.append(note);
    }
    return true;
}

bool ChangeLog::save(QString *error) const
{
    if (m_path.isEmpty())
        return true;
    QJsonArray notes;
    for (const auto &n : m_notes) {
        notes.append(QJsonObject {
            {QStringLiteral("entity"), entityName(n.entity)},
            {QStringLiteral("id"), n.id},
            {QStringLiteral("change"), kindName(n.kind)},
            {QStringLiteral("title"), n.title},
            {QStringLiteral("summary"), n.summary},
            {QStringLiteral("version"), n.version},
            {QStringLiteral("seen"), n.seen},
        });
    }
    const QJsonObject root {
        {QStringLiteral("type"), fileType},
        {QStringLiteral("format"), fileFormat},
        {QStringLiteral("edition"), m_edition},
        {QStringLiteral("fromVersion"), m_fromVersion},
        {QStringLiteral("toVersion"), m_toVersion},
        {QStringLiteral("notes"), notes},
    };
    QString why;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()) ||
        !writeFileAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented), &why)) {
        if (error)
            *error = why;
        qCWarning(lcSync) << "could not save the list of program changes:" << why;
        return false;
    }
    return true;
}

void ChangeLog::addUpdate(const QList<Change> &changes, const Program &oldProgram,
    const Program &newProgram, int fromVersion, int version)
{
    QList<ChangeNote> notes;
    QSet<std::pair<int, QString>> updated; // (entity, id) of what this update changed
    for (const auto &change : changes) {
        updated.insert({int(change.entity), change.id});
        ChangeNote note;
        note.entity = change.entity;
        note.id = change.id;
        note.kind = change.kind;
        note.title = titleOf(change.entity, change.id,
            change.kind == Change::Kind::Removed ? oldProgram : newProgram);
        note.summary = describeChange(change, oldProgram, newProgram);
        note.version = version;
        notes.append(note);
    }
    for (const auto &earlier : std::as_const(m_notes)) {
        if (!earlier.seen && !updated.contains({int(earlier.entity), earlier.id}))
            notes.append(earlier);
    }
    m_notes = notes;
    // Unseen news from before stretches the span the list covers.
    const bool keptEarlier = std::any_of(m_notes.cbegin(), m_notes.cend(),
        [version](const ChangeNote &n) { return n.version != version; });
    m_fromVersion = keptEarlier && m_fromVersion > 0 ? m_fromVersion : fromVersion;
    m_toVersion = version;
}

void ChangeLog::clear()
{
    m_notes.clear();
    m_fromVersion = m_toVersion = 0;
}

bool ChangeLog::markSeen(Change::Entity entity, const QString &id)
{
    bool changed = false;
    for (auto &n : m_notes) {
        if (n.entity == entity && n.id == id && !n.seen) {
            n.seen = true;
            changed = true;
        }
    }
    return changed;
}

bool ChangeLog::markAllSeen()
{
    bool changed = false;
    for (auto &n : m_notes) {
        changed = changed || !n.seen;
        n.seen = true;
    }
    return changed;
}

int ChangeLog::unseenCount() const
{
    return int(std::count_if(
        m_notes.cbegin(), m_notes.cend(), [](const ChangeNote &n) { return !n.seen; }));
}

} // namespace wc
