#!/usr/bin/env python3
"""Independent double-booking check of iCalendar feeds, read with python icalendar (not
samkal's libical): for every .ics file given, every pair of events that are not cancelled
and overlap in time (entries marked TRANSP:TRANSPARENT, such as deadlines, take no time).
A person's feed spans every agreement they work in, so an overlap in
one file is a person booked twice, whichever agreements the meetings belong to.

Prints one line per overlap (`path<TAB>UID<TAB>UID<TAB>start`) and a summary line
`checked N files, M events, K overlaps`; exit 1 if any overlap was found."""
import sys

import icalendar


def events(path):
    calendar = icalendar.Calendar.from_ical(open(path, "rb").read())
    found = []
    for event in calendar.walk("VEVENT"):
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            continue
        # An entry that takes no time (a deadline, TRANSP:TRANSPARENT) books nobody.
        if str(event.get("TRANSP", "")).upper() == "TRANSPARENT":
            continue
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND") if "DTEND" in event else start + event.decoded("DURATION")
        found.append((start, end, str(event["UID"])))
    return sorted(found)


def main(paths):
    total = 0
    overlaps = 0
    for path in paths:
        found = events(path)
        total += len(found)
        latest_end, latest_uid = None, None
        for start, end, uid in found:
            if latest_end is not None and start < latest_end:
                overlaps += 1
                print(f"{path}\t{latest_uid}\t{uid}\t{start.isoformat()}")
            if latest_end is None or end > latest_end:
                latest_end, latest_uid = end, uid
    print(f"checked {len(paths)} files, {total} events, {overlaps} overlaps")
    return 1 if overlaps else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
