#!/usr/bin/env python3
"""Independent check of a samkal store for double bookings across agreements: reads the
SQLite file directly (not through samkal), takes every meeting that is not cancelled with
its attendees, and reports every person booked into two meetings at once, whichever
agreements they belong to, and every room (a location that is a room of its agreement)
used twice at once.

Usage: check_region.py DATA_DIR/samkal.sqlite
Prints a summary (agreements, meetings, people booked in more than one agreement) and
each double booking; exit 1 if there is any."""
import json
import sqlite3
import sys
from collections import defaultdict


def main(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rooms = {}
    for agreement_id, text in db.execute("SELECT id, json FROM agreement"):
        rooms[agreement_id] = {room["name"] for room in json.loads(text).get("rooms", [])}
    meetings = {}
    for row in db.execute("SELECT id, uid, agreementId, day, startMinute, endMinute, location FROM meeting WHERE status != 'cancelled'"):
        meetings[row[0]] = row[1:]
    booked = defaultdict(list)
    agreements_of = defaultdict(set)
    for meeting_id, person in db.execute("SELECT meetingId, personId FROM meetingAttendee"):
        if meeting_id not in meetings:
            continue
        uid, agreement, day, start, end, _ = meetings[meeting_id]
        booked[("person", person)].append((day, start, end, uid, agreement))
        agreements_of[person].add(agreement)
    for uid, agreement, day, start, end, location in meetings.values():
        if location in rooms.get(agreement, ()):
            booked[("room", location)].append((day, start, end, uid, agreement))
    problems = []
    for owner, bookings in booked.items():
        bookings.sort()
        for earlier, later in zip(bookings, bookings[1:]):
            if earlier[0] == later[0] and later[1] < earlier[2]:
                problems.append(f"{owner[0]} {owner[1]}: {earlier[3]} ({earlier[4]}) and {later[3]} ({later[4]}) on day {later[0]}")
    shared = sum(1 for person, agreements in agreements_of.items() if len(agreements) > 1)
    print(f"agreements: {len(rooms)}, meetings: {len(meetings)}, people booked in more than one agreement: {shared}, double bookings: {len(problems)}")
    for problem in problems[:20]:
        print("  " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
