#!/usr/bin/env bash
# Times whole samkal commands (process start to exit, store included) on a generated
# instance, as a user runs them: `samkal plan` into a store with participants and busy time
# but no plan, `samkal plan` again with nothing changed, and `samkal busy import --dir` of
# the class timetables; then the store's size and each command's peak memory.
#
# Usage: Benchmarks/whole-commands.sh PARTICIPANTS [RUNS]   (after swift build -c release)
set -euo pipefail
n=${1:-3000}; runs=${2:-5}
bin=$(cd "$(dirname "$0")/.." && pwd)/.build/release
work=${TMPDIR:-/tmp}/samkal-bench-$n
rm -rf "$work"; mkdir -p "$work"
"$bin/samkal-bench" generate --participants "$n" --out "$work/instance" >/dev/null
export SAMKAL_USER=kontakt-ft HOME="$work/home"
base="$work/base"
SAMKAL_DATA=$base "$bin/samkal" participants import "$work/instance/participants.csv" --agreement "$work/instance/agreement.yaml" >/dev/null
SAMKAL_DATA=$base "$bin/samkal" busy import --dir "$work/instance/busy" >/dev/null
plan=("$bin/samkal" plan "$work/instance/agreement.yaml" --from 2027-01-01 --to 2027-12-31)

echo "== $n participants: samkal plan into a store with no plan yet"
hyperfine --runs "$runs" --prepare "rm -rf $work/run && cp -r $base $work/run" \
  "SAMKAL_DATA=$work/run ${plan[*]}"
echo "== samkal plan again, nothing changed"
rm -rf "$work/again" && cp -r "$base" "$work/again" && SAMKAL_DATA=$work/again "${plan[@]}" >/dev/null
hyperfine --runs "$runs" "SAMKAL_DATA=$work/again ${plan[*]}"
echo "== samkal busy import --dir (class timetables)"
hyperfine --runs "$runs" "SAMKAL_DATA=$work/again $bin/samkal busy import --dir $work/instance/busy"

echo "== store size after one year (database + write-ahead log)"
du -ch "$work/again"/samkal.sqlite* | tail -1
echo "== peak memory (maximum resident set size)"
rm -rf "$work/run" && cp -r "$base" "$work/run"
for label in "plan into an empty store" "plan again"; do
  /usr/bin/time -f "$label: %M KB, %e s" env SAMKAL_DATA="$work/run" "${plan[@]}" >/dev/null
done
/usr/bin/time -f "busy import --dir: %M KB, %e s" env SAMKAL_DATA="$work/run" "$bin/samkal" busy import --dir "$work/instance/busy" >/dev/null
