#!/usr/bin/env bash
# Times samkal on the largest and most hostile single input files, whole command from
# start to exit (store included), with its peak memory: each must be processed or refused
# in at most 10 s and 500 MB.
#
# Usage: Benchmarks/large-inputs.sh     (after swift build -c release --product samkal)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$root/.build/release/samkal
work=${TMPDIR:-/tmp}/samkal-large-inputs
rm -rf "$work"; mkdir -p "$work"
export SAMKAL_USER=kari-vagen SAMKAL_DATA=$work/data HOME=$work/home
agreement=$root/calendars/afjord-nav-nord-fosen.yaml
"$bin" plan "$agreement" --from 2027-01-01 --to 2027-12-31 >/dev/null

python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//NB\r\n"
def event(i, extra=""):
    d, m = 1 + i % 28, 1 + (i // 28) % 12
    return (f"BEGIN:VEVENT\r\nUID:e{i}@bench\r\nDTSTAMP:20270101T000000Z\r\n"
            f"DTSTART;TZID=Europe/Oslo:2027{m:02d}{d:02d}T083000\r\nDTEND;TZID=Europe/Oslo:2027{m:02d}{d:02d}T093000\r\n"
            f"SUMMARY:Avtale {i}\r\nDESCRIPTION:{'y' * 60}\r\n{extra}END:VEVENT\r\n")
with open(f"{work}/events-50mb.ics", "w") as f:
    f.write(head); size, i = 0, 0
    while size < 49_900_000:
        e = event(i); f.write(e); size += len(e); i += 1
    f.write("END:VCALENDAR\r\n")
with open(f"{work}/over-cap.ics", "w") as f:
    f.write(head + "COMMENT:" + "x" * 60 + "\r\n" + ("X-PAD:" + "p" * 70 + "\r\n") * 780_000 + "END:VCALENDAR\r\n")
with open(f"{work}/line-20mb.ics", "w") as f:
    f.write(head + event(0, "COMMENT:" + "x" * 20_000_000 + "\r\n") + "END:VCALENDAR\r\n")
with open(f"{work}/exdates-100k.ics", "w") as f:
    ex = "".join(f"EXDATE;TZID=Europe/Oslo:2027{1 + (i // 28) % 12:02d}{1 + i % 28:02d}T083000\r\n" for i in range(100_000))
    f.write(head + event(0, "RRULE:FREQ=DAILY\r\n" + ex) + "END:VCALENDAR\r\n")
with open(f"{work}/secondly.ics", "w") as f:
    f.write(head + event(0, "RRULE:FREQ=SECONDLY\r\n") + "END:VCALENDAR\r\n")
with open(f"{work}/rrules-50mb.ics", "w") as f:
    f.write(head); size, i = 0, 0
    while size < 49_900_000:
        e = event(i, "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR\r\n"); f.write(e); size += len(e); i += 1
    f.write("END:VCALENDAR\r\n")
row = "D-{i},Navn Navnesen,ti,ja,2026-09-01,2028-08-31,work,ola-brattoy,jonas-odegard,adultEducation;nav,lars-ornes,,\n"
header = "id,name,language,interpreter,start,planned_end,final_goal,program_advisor,nav_advisor,team_needs,team_members,parental_leave,holidays\n"
with open(f"{work}/participants-50mb.csv", "w") as f:
    f.write(header); size, i = 0, 0
    while size < 50_000_000:
        r = row.format(i=i); f.write(r); size += len(r); i += 1
with open(f"{work}/participants-9mb.csv", "w") as f:
    f.write(header); size, i = 0, 0
    while size < 9_500_000:
        r = row.format(i=i); f.write(r); size += len(r); i += 1
with open(f"{work}/agreement-50mb.yaml", "w") as f:
    f.write("name: " + "n" * 50_000_000 + "\n")
with open(f"{work}/reply-50mb.eml", "w") as f:
    f.write("From: a@b.no\r\nContent-Type: text/plain\r\n\r\n" + "x" * 50_000_000)
PY

run() {
    local label=$1; shift
    /usr/bin/time -o "$work/time" -f "%e s, %M KB" "$@" >/dev/null 2>"$work/stderr" || true
    printf '%-40s %-18s %s\n' "$label" "$(cat "$work/time" | tail -1)" "$(grep -v '^Command' "$work/stderr" | head -1 | cut -c1-100)"
}
echo "file                                     time, peak RSS     first line of stderr"
run "busy: 188k events, 50 MB"            "$bin" busy import ola-brattoy "$work/events-50mb.ics"
run "busy: 160k weekly rules, 50 MB"      "$bin" busy import ola-brattoy "$work/rrules-50mb.ics"
run "busy: 60 MB (over the cap)"         "$bin" busy import ola-brattoy "$work/over-cap.ics"
run "busy: one 20 MB line"                "$bin" busy import ola-brattoy "$work/line-20mb.ics"
run "busy: 100,000 EXDATE lines"          "$bin" busy import ola-brattoy "$work/exdates-100k.ics"
run "busy: FREQ=SECONDLY"                 "$bin" busy import ola-brattoy "$work/secondly.ics"
run "participants: 9.5 MB"                "$bin" participants import "$work/participants-9mb.csv" --agreement "$agreement"
run "participants: 50 MB"                 "$bin" participants import "$work/participants-50mb.csv" --agreement "$agreement"
mkdir -p "$work/holidays" && cp "$agreement" "$work/holidays/" && cp "$work/events-50mb.ics" "$work/holidays/skolerute-trondelag-2026-2028.ics"
run "agreement naming a 49.9 MB calendar"  "$bin" check "$work/holidays/$(basename "$agreement")"
run "agreement: 50 MB name"               "$bin" check "$work/agreement-50mb.yaml"
run "reply: 50 MB e-mail"                 "$bin" rsvp import "$work/reply-50mb.eml"
