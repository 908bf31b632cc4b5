#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Workshop Companion developers
"""Checks an iCalendar export with code that shares nothing with libical.

    check_ics.py EXPECTED FILE.ics
    check_ics.py EXPECTED -- COMMAND [ARG...]   checks what COMMAND prints

The file is parsed with python3-icalendar. Every event's DTSTART and DTEND
are converted to UTC twice, with the file's own VTIMEZONE (its rules
evaluated here, following RFC 5545) and with the IANA zone its TZID names
(Python's zoneinfo), and both must give the times in EXPECTED: a wrong
VTIMEZONE, a TZID that is not the zone's IANA name or a wrong offset fails.

EXPECTED is text: '#' starts a comment, 'timezone NAME' gives the VTIMEZONE's
TZID, and every other line is 'UID START END STATUS SUMMARY' with START and
END in UTC (2024-10-26T07:00Z), worked out by hand. The file must hold
exactly these events.
"""

import subprocess
import sys
from datetime import datetime, timezone

try:
    import icalendar
    from dateutil import rrule
except ImportError as error:
    sys.exit(f"{error}: install python3-icalendar (scripts/install-deps.sh)")
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Far enough for any workshop: yearly rules are expanded up to here.
HORIZON = datetime(2100, 1, 1)


class CheckError(Exception):
    pass


def read_expected(path):
    zone = None
    events = {}
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            fields = line.split(None, 4)
            if fields[0] == "timezone" and len(fields) == 2:
                zone = fields[1]
            elif len(fields) == 5:
                uid, start, end, status, summary = fields
                events[uid] = (utc(start), utc(end), status, summary)
            else:
                raise CheckError(f"{path}:{number}: cannot read this line")
    if zone is None:
        raise CheckError(f"{path}: no 'timezone NAME' line")
    return zone, events


def utc(text):
    return datetime.strptime(text, "%Y-%m-%dT%H:%MZ").replace(tzinfo=timezone.utc)


def onsets(component):
    """Wall-clock onsets of a STANDARD or DAYLIGHT observance."""
    start = component["DTSTART"].dt
    found = [start]
    if "RRULE" in component:
        recur = component["RRULE"]
        until = recur.get("UNTIL")
        rule = rrule.rrulestr(
            icalendar.vRecur({k: v for k, v in recur.items() if k != "UNTIL"})
            .to_ical()
            .decode(),
            dtstart=start,
        )
        if until:
            # UNTIL is in UTC (RFC 5545 3.8.5.3); onsets are wall-clock
            # times before the change, so in TZOFFSETFROM.
            until = until[0].astimezone(timezone.utc).replace(tzinfo=None)
            until += component["TZOFFSETFROM"].td
        found += list(rule.replace(until=min(until or HORIZON, HORIZON)))
    rdates = component.get("RDATE", [])
    for rdate in rdates if isinstance(rdates, list) else [rdates]:
        found += [leaf.dt for leaf in rdate.dts]
    return found


class VTimezone:
    """A VTIMEZONE's rules: the UTC offset in force at any instant."""

    def __init__(self, component):
        self.tzid = str(component["TZID"])
        changes = []
        for observance in component.subcomponents:
            if observance.name not in ("STANDARD", "DAYLIGHT"):
                raise CheckError(f"{self.tzid}: unexpected {observance.name}")
            before = observance["TZOFFSETFROM"].td
            after = observance["TZOFFSETTO"].td
            for onset in onsets(observance):
                changes.append((onset - before, before, after))
        if not changes:
            raise CheckError(f"{self.tzid}: no STANDARD or DAYLIGHT")
        self.changes = sorted(changes)

    def offset_at(self, instant):
        offset = self.changes[0][1]
        for at, _, after in self.changes:
            if at > instant:
                break
            offset = after
        return offset

    def to_utc(self, wall_clock):
        """RFC 5545 3.3.5: a repeated wall-clock time is its first occurrence."""
        offsets = {self.changes[0][1]} | {after for _, _, after in self.changes}
        instants = [
            wall_clock - offset
            for offset in offsets
            if self.offset_at(wall_clock - offset) == offset
        ]
        if not instants:
            raise CheckError(f"{wall_clock} does not exist in {self.tzid}")
        return min(instants).replace(tzinfo=timezone.utc)


def event_time(event, name, vtimezones):
    prop = event[name]
    tzid = prop.params.get("TZID")
    value = prop.dt
    if not isinstance(value, datetime):
        raise CheckError(f"{name} is a date, not a date-time")
    if tzid is None:
        if value.tzinfo is None:
            raise CheckError(f"{name} {value} is floating: neither UTC nor a TZID")
        return value.astimezone(timezone.utc)
    if tzid not in vtimezones:
        raise CheckError(f"{name} names TZID {tzid}, which has no VTIMEZONE")
    try:
        zone = ZoneInfo(tzid)
    except (ZoneInfoNotFoundError, ValueError):
        raise CheckError(f"{name} names TZID {tzid}, which is not an IANA zone") from None
    wall_clock = value.replace(tzinfo=None)
    by_rules = vtimezones[tzid].to_utc(wall_clock)
    by_name = wall_clock.replace(tzinfo=zone, fold=0).astimezone(timezone.utc)
    if by_rules != by_name:
        raise CheckError(
            f"{name} {wall_clock} is {by_rules} by the VTIMEZONE but {by_name} in IANA {tzid}"
        )
    return by_rules


def check(ics, expected_zone, expected):
    try:
        calendar = icalendar.Calendar.from_ical(ics)
    except ValueError as error:
        # python3-icalendar 4 also fails here on a TZID it does not know.
        raise CheckError(f"python3-icalendar cannot read the file: {error}") from None
    vtimezones = {}
    for component in calendar.walk("VTIMEZONE"):
        zone = VTimezone(component)
        vtimezones[zone.tzid] = zone
    if list(vtimezones) != [expected_zone]:
        raise CheckError(f"VTIMEZONEs {list(vtimezones)}, expected [{expected_zone}]")

    seen = set()
    for event in calendar.walk("VEVENT"):
        uid = str(event["UID"])
        if uid in seen:
            raise CheckError(f"{uid}: twice")
        seen.add(uid)
        if uid not in expected:
            raise CheckError(f"{uid}: not expected")
        start, end, status, summary = expected[uid]
        actual = (
            event_time(event, "DTSTART", vtimezones),
            event_time(event, "DTEND", vtimezones),
            str(event["STATUS"]),
            str(event["SUMMARY"]),
        )
        if actual != expected[uid]:
            raise CheckError(f"{uid}:\n  expected {expected[uid]}\n  actual   {actual}")
    missing = sorted(set(expected) - seen)
    if missing:
        raise CheckError(f"missing events: {', '.join(missing)}")
    return len(seen)


def main(args):
    if len(args) >= 3 and args[1] == "--":
        run = subprocess.run(args[2:], stdout=subprocess.PIPE, check=False)
        if run.returncode != 0:
            raise CheckError(f"{' '.join(args[2:])} exited with {run.returncode}")
        ics = run.stdout
    elif len(args) == 2:
        with open(args[1], "rb") as file:
            ics = file.read()
    else:
        sys.exit(__doc__)
    zone, expected = read_expected(args[0])
    count = check(ics, zone, expected)
    print(f"{count} events at the expected times in {zone}")


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except CheckError as error:
        sys.exit(f"check_ics.py: {error}")
