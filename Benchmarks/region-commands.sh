#!/usr/bin/env bash
# Times `samkal plan --all` as a user runs it (process start to exit, store included) on a
# generated region: M municipalities sharing one NAV office and interpreter service, N
# participants in all. First into a store with every municipality's participants and class
# timetables but no plan, then again with nothing changed; then the store is checked for
# double bookings across agreements by an independent reader (check_region.py, SQLite
# directly).
#
# Usage: Benchmarks/region-commands.sh MUNICIPALITIES PARTICIPANTS [RUNS]   (after swift build -c release)
set -euo pipefail
m=${1:-10}; n=${2:-5000}; runs=${3:-5}
here=$(cd "$(dirname "$0")" && pwd)
bin=$here/../.build/release
work=${TMPDIR:-/tmp}/samkal-region-$m-$n
rm -rf "$work"; mkdir -p "$work"
"$bin/samkal-bench" generate --municipalities "$m" --participants "$n" --out "$work/instance" >/dev/null
export SAMKAL_USER=koordinator HOME="$work/home"
base="$work/base"
for file in "$work"/instance/kommune-??.yaml; do
  SAMKAL_DATA=$base "$bin/samkal" participants import "${file%.yaml}-deltakere.csv" --agreement "$file" >/dev/null
done
SAMKAL_DATA=$base "$bin/samkal" busy import --dir "$work/instance/busy" --agreement kommune-00 >/dev/null
plan=("$bin/samkal" plan --all "$work/instance/region.yaml" --from 2027-01-01 --to 2027-12-31)

echo "== $m municipalities, $n participants: samkal plan --all into a store with no plan yet"
hyperfine --runs "$runs" --prepare "rm -rf $work/run && cp -r $base $work/run" \
  "SAMKAL_DATA=$work/run ${plan[*]}"
echo "== samkal plan --all again, nothing changed"
rm -rf "$work/again" && cp -r "$base" "$work/again" && SAMKAL_DATA=$work/again "${plan[@]}" > "$work/first-plan.txt"
hyperfine --runs "$runs" "SAMKAL_DATA=$work/again ${plan[*]}"
echo "== the plan (first run)"
grep -E "^[a-z]|møter i perioden" "$work/first-plan.txt"
echo "== independent check for double bookings across agreements"
python3 "$here/check_region.py" "$work/again/samkal.sqlite"
