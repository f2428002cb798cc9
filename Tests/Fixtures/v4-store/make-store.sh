#!/usr/bin/env bash
# Writes a data directory with the samkal release before opaque UIDs and row storage
# (schema v4): two plan versions (one meeting moved), minutes with two revisions,
# attendance and action items, invitations in the outbox, a reply, a subscription link.
#
# Usage: make-store.sh OLD_SAMKAL REPO_AT_THAT_RELEASE OUT_DIR
# samkal.sqlite beside this script was made from commit a533785 (the release before opaque
# UIDs) with `git worktree add /tmp/old a533785 && swift build --product samkal` there, then
# `VACUUM INTO` a single file.
set -euo pipefail
old=$1; repo=$2; out=$3
rm -rf "$out"; export SAMKAL_DATA=$out HOME=$(mktemp -d)
cd "$repo"
$old participants import calendars/afjord-deltakere.csv --agreement calendars/afjord-nav-nord-fosen.yaml
$old plan calendars/afjord-nav-nord-fosen.yaml --from 2027-01-01 --to 2027-12-31 >/dev/null
uid=$($old plan calendars/afjord-nav-nord-fosen.yaml --from 2027-01-01 --to 2027-12-31 --dry-run --json | python3 -c 'import json,sys; print(next(m["uid"] for m in json.load(sys.stdin)["meetings"] if m["kind"]=="leaderMeeting" and m["period"]=="2027-spring"))')
info=$($old plan calendars/afjord-nav-nord-fosen.yaml --from 2027-01-01 --to 2027-12-31 --dry-run --json | python3 -c 'import json,sys; print(next(m["uid"] for m in json.load(sys.stdin)["meetings"] if m["kind"]=="infoMeeting"))')
echo "Første versjon." | $old minutes log "$info" --as kari-vagen --present kari-vagen --present D-0042 --excused 'D-0043|foreldrepermisjon' --action 'marit-fjaerli|Sende oversikt|2027-02-15'
echo "Andre versjon." | $old minutes log "$info" --as kari-vagen --present kari-vagen --present D-0042 --absent D-0044
$old invite --as kari-vagen --outbox-dir "$(mktemp -d)" >/dev/null
cat > /tmp/v4/reply.ics <<ICS
BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Per Håkon Lian:mailto:per.hakon.lian@nav.example.no
UID:$uid
SEQUENCE:0
DTSTAMP:20261123T090000Z
DTSTART;TZID=Europe/Oslo:20270301T090000
SUMMARY:Godtatt: Ledermøte
END:VEVENT
END:VCALENDAR
ICS
$old rsvp import /tmp/v4/reply.ics --as kari-vagen
$old feeds add --person ola-brattoy >/dev/null
# Make Ingrid Støen busy at a cooperation meeting so version 2 moves something.
coop=$($old plan calendars/afjord-nav-nord-fosen.yaml --from 2027-01-01 --to 2027-12-31 --dry-run --json | python3 -c '
import json,sys
m=next(m for m in json.load(sys.stdin)["meetings"] if m["kind"]=="leaderMeeting" and m["period"]=="2027-autumn")
print(m["start"][:10].replace("-",""), m["start"][11:16].replace(":",""), m["end"][11:16].replace(":",""))')
set -- $coop
printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:b@t\r\nDTSTAMP:20261101T000000Z\r\nDTSTART;TZID=Europe/Oslo:%sT%s00\r\nDTEND;TZID=Europe/Oslo:%sT%s00\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' $1 $2 $1 $3 > /tmp/v4/ingrid.ics
$old busy import ingrid-stoen /tmp/v4/ingrid.ics
$old plan calendars/afjord-nav-nord-fosen.yaml --from 2027-01-01 --to 2027-12-31 | head -1
python3 -c "import sqlite3,sys; c=sqlite3.connect('$out/samkal.sqlite'); c.execute('PRAGMA wal_checkpoint(TRUNCATE)'); c.close()"
