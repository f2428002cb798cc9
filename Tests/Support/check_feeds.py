#!/usr/bin/env python3
"""Reads every .ics file given with three independent iCalendar implementations -- python
icalendar, vobject and recurring-ical-events -- and prints one JSON line per file: the
events each saw (UID, start in UTC, status, summary, calendar name), so a test can assert
that they agree with each other and with samkal. Exit 1 if a file cannot be read."""
import json
import sys
from datetime import datetime, timezone

import icalendar
import recurring_ical_events
import vobject


def utc(value):
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return value.strftime("%Y%m%d")


def main(paths):
    for path in paths:
        data = open(path, "rb").read()
        calendar = icalendar.Calendar.from_ical(data)
        by_icalendar = sorted(
            (str(e["UID"]), utc(e.decoded("DTSTART")), str(e.get("STATUS", "")), str(e.get("SUMMARY", "")))
            for e in calendar.walk("VEVENT")
        )
        parsed = vobject.readOne(data.decode("utf-8"))
        by_vobject = sorted(
            (e.uid.value, utc(e.dtstart.value), e.status.value if hasattr(e, "status") else "", e.summary.value)
            for e in parsed.vevent_list
        ) if hasattr(parsed, "vevent_list") else []
        occurrences = recurring_ical_events.of(calendar).between(datetime(1900, 1, 1), datetime(2200, 1, 1))
        by_recurring = sorted((str(e["UID"]), utc(e.decoded("DTSTART"))) for e in occurrences)
        print(json.dumps({
            "path": path,
            "name_icalendar": str(calendar.get("X-WR-CALNAME", "")),
            "name_vobject": parsed.contents["x-wr-calname"][0].value if "x-wr-calname" in parsed.contents else "",
            "categories_vobject": sorted({c for e in getattr(parsed, "vevent_list", []) for c in e.categories.value})
                if getattr(parsed, "vevent_list", None) and hasattr(parsed.vevent_list[0], "categories") else [],
            "icalendar": by_icalendar,
            "vobject": by_vobject,
            "recurring": by_recurring,
        }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
