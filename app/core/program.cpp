// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "program.h"

#include <QUrl>

#include <algorithm>
#include <array>
#include <utility>

namespace wc {

namespace {

constexpr std::array<std::pair<SessionKind, QLatin1StringView>, 10> kindNames = {{
    {SessionKind::Opening, QLatin1StringView("opening")},
    {SessionKind::Keynote, QLatin1StringView("keynote")},
    {SessionKind::Invited, QLatin1StringView("invited")},
    {SessionKind::Contributed, QLatin1StringView("contributed")},
    {SessionKind::Panel, QLatin1StringView("panel")},
    {SessionKind::Posters, QLatin1StringView("posters")},
    {SessionKind::Competition, QLatin1StringView("competition")},
    {SessionKind::Break, QLatin1StringView("break")},
    {SessionKind::Meal, QLatin1StringView("meal")},
    {SessionKind::Other, QLatin1StringView("other")},
}};

// By the index when it covers the list, else one by one: a program assembled
// in memory without index(), or grown or shrunk since, still finds its items.
template<typename T>
const T *lookup(const QHash<QString, qsizetype> &index, const QList<T> &list, const QString &id)
{
    if (index.size() == list.size()) {
        const auto it = index.constFind(id);
        if (it == index.cend())
            return nullptr;
        if (list[*it].id == id)
            return &list[*it];
    }
    const auto it =
        std::find_if(list.cbegin(), list.cend(), [&id](const T &item) { return item.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

template<typename T> QHash<QString, qsizetype> buildIndex(const QList<T> &list)
{
    QHash<QString, qsizetype> index;
    index.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        index.insert(list[i].id, i);
    return index;
}

} // namespace

QString sessionKindName(SessionKind kind)
{
    for (const auto &[k, name] : kindNames) {
        if (k == kind)
            return name;
    }
    return QStringLiteral("other");
}

std::optional<SessionKind> sessionKindFromName(QStringView name)
{
    for (const auto &[kind, kindName] : kindNames) {
        if (name == kindName)
            return kind;
    }
    return std::nullopt;
}

const Session *Program::session(const QString &id) const
{
    return lookup(m_sessionIndex, sessions, id);
}

const Speaker *Program::speaker(const QString &id) const
{
    return lookup(m_speakerIndex, speakers, id);
}

QString paperPdfUrl(const Paper &paper)
{
    for (const auto &link : paper.links) {
        if (link.name.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
            return link.url;
    }
    for (const auto &link : paper.links) {
        if (QUrl(link.url).path().endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            return link.url;
    }
    return {};
}

const Paper *Program::paper(const QString &id) const
{
    return lookup(m_paperIndex, papers, id);
}

const Room *Program::room(const QString &id) const
{
    for (const auto &room : workshop.venue.rooms) {
        if (room.id == id)
            return &room;
    }
    return nullptr;
}

void Program::index()
{
    m_sessionIndex = buildIndex(sessions);
    m_speakerIndex = buildIndex(speakers);
    m_paperIndex = buildIndex(papers);
}

} // namespace wc
