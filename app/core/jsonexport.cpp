// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "jsonexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wc {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue timeOrNull(const QTime &t)
{
    return t.isValid() ? QJsonValue(t.toString(QStringLiteral("HH:mm")))
                       : QJsonValue(QJsonValue::Null);
}

QJsonObject linksJson(const QList<Link> &links)
{
    QJsonObject o;
    for (const auto &link : links)
        o.insert(link.name, link.url);
    return o;
}

} // namespace

QJsonObject workshopJson(const Workshop &w)
{
    QJsonArray days;
    for (const auto &d : w.days) {
        days.append(QJsonObject {{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
            {QStringLiteral("start"), timeOrNull(d.start)},
            {QStringLiteral("end"), timeOrNull(d.end)}});
    }
    QJsonArray rooms;
    for (const auto &r : w.venue.rooms)
        rooms.append(QJsonObject {{QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.name}});
    QJsonArray committees;
    for (const auto &c : w.committees) {
        QJsonArray members;
        for (const auto &m : c.members) {
            members.append(QJsonObject {{QStringLiteral("name"), m.name},
                {QStringLiteral("affiliation"), m.affiliation},
                {QStringLiteral("link"), orNull(m.link)}});
        }
        committees.append(
            QJsonObject {{QStringLiteral("name"), c.name}, {QStringLiteral("members"), members}});
    }
    QJsonArray pages;
    for (const auto &p : w.pages) {
        pages.append(QJsonObject {{QStringLiteral("id"), p.id}, {QStringLiteral("title"), p.title},
            {QStringLiteral("body"), p.body}});
    }
    return QJsonObject {
        {QStringLiteral("format"), w.format},
        {QStringLiteral("id"), w.id},
        {QStringLiteral("title"), w.title},
        {QStringLiteral("subtitle"), w.subtitle},
        {QStringLiteral("timezone"), w.timeZoneId},
        {QStringLiteral("days"), days},
        {QStringLiteral("venue"),
            QJsonObject {{QStringLiteral("name"), w.venue.name},
                {QStringLiteral("city"), w.venue.city}, {QStringLiteral("rooms"), rooms}}},
        {QStringLiteral("links"), linksJson(w.links)},
        {QStringLiteral("sync"),
            w.syncUrl.isEmpty() ? QJsonValue(QJsonValue::Null)
                                : QJsonValue(QJsonObject {{QStringLiteral("url"), w.syncUrl}})},
        {QStringLiteral("committees"), committees},
        {QStringLiteral("pages"), pages},
    };
}

QJsonObject sessionJson(const Session &s)
{
    return QJsonObject {
        {QStringLiteral("id"), s.id},
        {QStringLiteral("day"), s.day.toString(Qt::ISODate)},
        {QStringLiteral("start"), s.start.toString(Qt::ISODate)},
        {QStringLiteral("end"), s.end.toString(Qt::ISODate)},
        {QStringLiteral("duration"), s.durationMinutes()},
        {QStringLiteral("kind"), sessionKindName(s.kind)},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("room"), orNull(s.room)},
        {QStringLiteral("speakers"), QJsonArray::fromStringList(s.speakers)},
        {QStringLiteral("papers"), QJsonArray::fromStringList(s.papers)},
        {QStringLiteral("abstract"), s.abstract},
        {QStringLiteral("links"), linksJson(s.links)},
        {QStringLiteral("cancelled"), s.cancelled},
    };
}

QJsonObject speakerJson(const Speaker &s)
{
    return QJsonObject {
        {QStringLiteral("id"), s.id},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("affiliation"), s.affiliation},
        {QStringLiteral("photo"), orNull(s.photo)},
        {QStringLiteral("bio"), s.bio},
        {QStringLiteral("links"), linksJson(s.links)},
    };
}

QJsonObject paperJson(const Paper &p)
{
    return QJsonObject {
        {QStringLiteral("id"), p.id},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("authors"), QJsonArray::fromStringList(p.authors)},
        {QStringLiteral("abstract"), p.abstract},
        {QStringLiteral("poster_session"), orNull(p.posterSession)},
        {QStringLiteral("board"), p.board ? QJsonValue(*p.board) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("links"), linksJson(p.links)},
        {QStringLiteral("retracted"), p.retracted},
    };
}

namespace {

template<typename T, typename F> QJsonArray arrayOf(const QList<T> &items, F toJson)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(toJson(item));
    return array;
}

} // namespace

QByteArray programToJson(const Program &program)
{
    const QJsonObject root {
        {QStringLiteral("format"), 1},
        {QStringLiteral("workshop"), workshopJson(program.workshop)},
        {QStringLiteral("sessions"), arrayOf(program.sessions, sessionJson)},
        {QStringLiteral("speakers"), arrayOf(program.speakers, speakerJson)},
        {QStringLiteral("papers"), arrayOf(program.papers, paperJson)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace wc
