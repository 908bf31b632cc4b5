// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "program.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

// iCalendar (RFC 5545) export, for attendees' calendar apps: Thunderbird,
// GNOME Calendar, Outlook, Google Calendar.
namespace wc {

struct IcsRequest {
    // Sessions to export; unknown ids are reported in IcsExport.
    QStringList sessionIds;
    // Papers bookmarked as posters to visit: each becomes an event at its
    // poster session's time, with its board.
    QStringList paperIds;
    // Every session of the program, besides sessionIds and paperIds.
    bool allSessions = false;
    // DTSTAMP and LAST-MODIFIED when the program has no manifest (else its
    // publication time is used, so that a published edition always gives
    // the same bytes); invalid means the current time.
    QDateTime stamp;
};

struct IcsExport {
    // The calendar, CRLF line endings, UTF-8. Events follow the program's
    // order: sessions, then posters.
    QByteArray ics;
    // Requested ids the program does not have; they give no event.
    QStringList unknownSessionIds;
    QStringList unknownPaperIds;
    // Requested papers that have no poster session, hence no time: no event.
    QStringList papersWithoutPoster;
};

// One VEVENT per requested session and poster. UIDs are
// "<workshop id>/session/<id>@workshop-companion" and
// "<workshop id>/paper/<id>@workshop-companion", so that importing a newer
// export updates events instead of duplicating them; SEQUENCE is the
// manifest's version (0 without a manifest). Times carry the workshop's IANA
// zone with its VTIMEZONE, or are in UTC when libical does not know the zone.
IcsExport programToIcs(const Program &program, const IcsRequest &request);

} // namespace wc
