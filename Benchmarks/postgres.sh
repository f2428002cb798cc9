#!/usr/bin/env bash
# PostgreSQL against SQLite, as users and subscribers feel them:
#
# 1. whole commands (process start to exit, store included, hyperfine) on a generated
#    instance of N participants: `samkal plan` into a store with participants and busy
#    time but no plan, `samkal plan` again with nothing changed, `samkal busy import --dir`;
#    on SQLite in a data directory and on PostgreSQL (each run's store made by
#    `samkal migrate` from the same SQLite base);
# 2. a feed served over HTTP by one SQLite instance, one PostgreSQL instance and two
#    PostgreSQL instances on one database (wrk on loopback: requests/s and p99).
#
# Usage: bash Tests/Support/with-postgres bash Benchmarks/postgres.sh [PARTICIPANTS] [RUNS]
#        (after swift build -c release; needs hyperfine, wrk and psql; FEEDS=no: commands only)
set -euo pipefail
n=${1:-3000}; runs=${2:-5}
: "${SAMKAL_TEST_POSTGRES_URL:?run through Tests/Support/with-postgres}"
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$root/.build/release
work=${TMPDIR:-/tmp}/samkal-bench-pg-$n
rm -rf "$work"; mkdir -p "$work"
export SAMKAL_USER=kontakt-ft HOME="$work/home" SAMKAL_LOG_LEVEL=warning
unset SAMKAL_DATABASE_URL
database() { echo "$SAMKAL_TEST_POSTGRES_URL&schema=$1"; }
password=$(sed 's|^postgres://[^:]*:\([^@]*\)@.*|\1|' <<<"$SAMKAL_TEST_POSTGRES_URL")
psql_url=$(sed 's|?.*||' <<<"$SAMKAL_TEST_POSTGRES_URL")
reset() { PGPASSWORD=$password psql -q "$psql_url" -c "DROP SCHEMA IF EXISTS $1 CASCADE" >/dev/null 2>&1; }

"$bin/samkal-bench" generate --participants "$n" --out "$work/instance" >/dev/null
base="$work/base"
SAMKAL_DATA=$base "$bin/samkal" participants import "$work/instance/participants.csv" --agreement "$work/instance/agreement.yaml" >/dev/null
SAMKAL_DATA=$base "$bin/samkal" busy import --dir "$work/instance/busy" >/dev/null
plan=("$bin/samkal" plan "$work/instance/agreement.yaml" --from 2027-01-01 --to 2027-12-31)

echo "== $n participants: samkal plan into a store with no plan yet"
hyperfine --runs "$runs" \
  -n sqlite --prepare "rm -rf $work/run && cp -r $base $work/run" "SAMKAL_DATA=$work/run ${plan[*]}" \
  -n postgres --prepare "PGPASSWORD=$password psql -q '$psql_url' -c 'DROP SCHEMA IF EXISTS run CASCADE' >/dev/null 2>&1; $bin/samkal migrate --from $base --to '$(database run)' >/dev/null" \
  "SAMKAL_DATABASE_URL='$(database run)' SAMKAL_DATA=$work/drafts ${plan[*]}"

echo "== samkal plan again, nothing changed"
rm -rf "$work/again" && cp -r "$base" "$work/again" && SAMKAL_DATA=$work/again "${plan[@]}" >/dev/null
reset again; "$bin/samkal" migrate --from "$work/again" --to "$(database again)" >/dev/null
hyperfine --runs "$runs" \
  -n sqlite "SAMKAL_DATA=$work/again ${plan[*]}" \
  -n postgres "SAMKAL_DATABASE_URL='$(database again)' SAMKAL_DATA=$work/drafts ${plan[*]}"

echo "== samkal busy import --dir (class timetables)"
hyperfine --runs "$runs" \
  -n sqlite "SAMKAL_DATA=$work/again $bin/samkal busy import --dir $work/instance/busy" \
  -n postgres "SAMKAL_DATABASE_URL='$(database again)' SAMKAL_DATA=$work/drafts $bin/samkal busy import --dir $work/instance/busy"

echo "== store size after one year (SQLite's data directory; PostgreSQL's schema, tables and indexes)"
du -sh "$work/again" | cut -f1 | sed 's/^/sqlite: /'
PGPASSWORD=$password psql -qAt "$psql_url" -c "SELECT 'postgres: ' || pg_size_pretty(sum(pg_total_relation_size(c.oid))) FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'again' AND c.relkind = 'r'"

echo "== peak memory (maximum resident set size)"
reset peak; "$bin/samkal" migrate --from "$base" --to "$(database peak)" >/dev/null
for label in "plan into an empty store" "plan again"; do
  /usr/bin/time -f "postgres, $label: %M KB, %e s" env SAMKAL_DATABASE_URL="$(database peak)" SAMKAL_DATA="$work/drafts" "${plan[@]}" >/dev/null
done

[ "${FEEDS:-yes}" = yes ] || exit 0
echo "== a feed over HTTP: one SQLite instance, one and two PostgreSQL instances (wrk, 10 s, 200 connections)"
# The example agreement's whole feed (every meeting of the year), as a subscriber gets it.
feeds="$work/feeds"
SAMKAL_DATA=$feeds SAMKAL_USER=kari-vagen "$bin/samkal" participants import "$root/calendars/afjord-deltakere.csv" --agreement "$root/calendars/afjord-nav-nord-fosen.yaml" >/dev/null
SAMKAL_DATA=$feeds SAMKAL_USER=kari-vagen "$bin/samkal" plan "$root/calendars/afjord-nav-nord-fosen.yaml" --from 2027-01-01 --to 2027-12-31 >/dev/null
token=$(SAMKAL_DATA=$feeds SAMKAL_USER=kari-vagen SAMKAL_BASE_URL=http://127.0.0.1:18090 "$bin/samkal" feeds add --agreement afjord-nav-nord-fosen 2>/dev/null \
  | grep -o 'feeds/[A-Za-z0-9_-]*\.ics' | head -1)
reset feeds; "$bin/samkal" migrate --from "$feeds" --to "$(database feeds)" >/dev/null
serve() { # PORT [DATABASE]
  if [ -n "${2:-}" ]; then SAMKAL_DATABASE_URL=$2 SAMKAL_DATA=$work/serve-$1 "$bin/samkal" serve --port "$1" --max-connections 1100 >/dev/null 2>&1 &
  else SAMKAL_DATA=$feeds "$bin/samkal" serve --port "$1" --max-connections 1100 >/dev/null 2>&1 & fi
  echo $!
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$1/healthz" >/dev/null && return; sleep 0.1; done
}
# Each measurement after 3 s of the same load (the first requests render the feed and open
# the connections: not what a subscriber meets).
load() {
  wrk -t1 -c"$2" -d3s "http://127.0.0.1:$1/$token" >/dev/null
  wrk -t1 -c"$2" -d10s --latency "http://127.0.0.1:$1/$token" | grep -E "Requests/sec|99%|Non-2xx|Socket errors" | tr -s ' ' | tr '\n' ' '; echo
}
one=$(serve 18090 | tail -1); load 18090 200 | sed 's/^/sqlite, one instance:   /'; kill "$one"; wait "$one" 2>/dev/null || true
one=$(serve 18091 "$(database feeds)" | tail -1); load 18091 200 | sed 's/^/postgres, one instance: /'
two=$(serve 18092 "$(database feeds)" | tail -1)
# Two load generators at once, one an instance, 100 connections each.
load 18091 100 > "$work/a.txt" & first=$!
load 18092 100 > "$work/b.txt"; wait "$first"
sed 's/^/postgres, two instances, A: /' "$work/a.txt"; sed 's/^/postgres, two instances, B: /' "$work/b.txt"
kill "$one" "$two"; wait 2>/dev/null || true
