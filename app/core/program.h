// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

#include <optional>

// Plain records of one edition of a workshop, as the loader builds them from
// a program folder (see docs/data-format.md). They hold checked data only:
// every reference resolves and every time is in the workshop's zone.
namespace wc {

// A named URL; a list keeps the order the organizers wrote.
struct Link {
    QString name;
    QString url;
    friend bool operator==(const Link &, const Link &) = default;
};

struct Room {
    QString id;
    QString name;
};

struct Day {
    QDate date;
    // Opening hours of the day; invalid when not given.
    QTime start;
    QTime end;
};

struct Member {
    QString name;
    QString affiliation;
    QString link;
};

struct Committee {
    QString name;
    QList<Member> members;
};

struct Page {
    QString id;
    QString title;
    QString body; // Markdown
};

struct Venue {
    QString name;
    QString city;
    QList<Room> rooms;
};

struct Workshop {
    int format = 1;
    QString id;
    QString title;
    QString subtitle;
    QString timeZoneId;
    QTimeZone timeZone;
    QList<Day> days;
    Venue venue;
    QList<Link> links;
    QString syncUrl;
    QList<Committee> committees;
    QList<Page> pages;
};

enum class SessionKind {
    Opening,
    Keynote,
    Invited,
    Contributed,
    Panel,
    Posters,
    Competition,
    Break,
    Meal,
    Other,
};
// The name used in the YAML files, and back; unknown names give nullopt.
QString sessionKindName(SessionKind kind);
std::optional<SessionKind> sessionKindFromName(QStringView name);

struct Session {
    QString id;
    QDate day;
    // Absolute times, resolved in the workshop's zone.
    QDateTime start;
    QDateTime end;
    SessionKind kind = SessionKind::Other;
    QString title;
    QString room; // a room id, or empty for the single unnamed room
    QStringList speakers; // speaker ids
    QStringList papers; // paper ids
    QString abstract; // Markdown
    QList<Link> links;
    bool cancelled = false;

    int durationMinutes() const { return int(start.secsTo(end) / 60); }
};

struct Speaker {
    QString id;
    QString name;
    QString affiliation;
    QString photo; // URL, or a path relative to the program folder
    QString bio; // Markdown
    QList<Link> links;
};

struct Paper {
    QString id; // integer ids are kept as their decimal text
    QString title;
    QStringList authors;
    QString abstract; // Markdown with $math$
    QString posterSession; // session id, or empty
    std::optional<int> board;
    QList<Link> links;
    bool retracted = false;
    friend bool operator==(const Paper &, const Paper &) = default;
};
// The paper's PDF: its link named "pdf", else the first link whose path ends
// in .pdf; empty when it has none.
QString paperPdfUrl(const Paper &paper);

struct ManifestFile {
    QString path;
    qint64 bytes = 0;
    QByteArray sha256; // lower-case hex
};

struct Manifest {
    int format = 1;
    QString edition;
    int version = 0;
    QDateTime published;
    QList<ManifestFile> files;
};

// One loaded, cross-checked edition.
struct Program {
    Workshop workshop;
    QList<Session> sessions;
    QList<Speaker> speakers;
    QList<Paper> papers;
    std::optional<Manifest> manifest;

    // By id, in constant time once index() has run; before that, or when a
    // list has grown or shrunk since, by going through the list.
    const Session *session(const QString &id) const;
    const Speaker *speaker(const QString &id) const;
    const Paper *paper(const QString &id) const;
    const Room *room(const QString &id) const;

    // Rebuilds the id lookups; the loader calls it once the lists are final,
    // and whoever changes an id in place must call it again.
    void index();

private:
    QHash<QString, qsizetype> m_sessionIndex;
    QHash<QString, qsizetype> m_speakerIndex;
    QHash<QString, qsizetype> m_paperIndex;
};

} // namespace wc
