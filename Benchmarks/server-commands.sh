#!/usr/bin/env bash
# Times whole samkal commands (process start to exit) run the two ways a worker runs them:
# locally on the data directory (`--as`, the operator on the server machine) and from the
# worker's own machine against a live `samkal serve`, signed in with a personal access
# token. The store is the Åfjord example with its participants and the plan of 2026.
#
# Usage: Benchmarks/server-commands.sh [RUNS]   (after swift build -c release)
set -euo pipefail
runs=${1:-20}
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$root/.build/release/samkal
work=${TMPDIR:-/tmp}/samkal-bench-server
port=${SAMKAL_BENCH_PORT:-18181}
rm -rf "$work"; mkdir -p "$work"
cd "$root"
export HOME=$work/home SAMKAL_LANG=nb SAMKAL_BASE_URL=
data=$work/data
agreement=calendars/afjord-nav-nord-fosen.yaml
local_=(env SAMKAL_DATA="$data" SAMKAL_USER=kari-vagen "$bin")
remote=(env SAMKAL_DATA=/nonexistent/samkal-data SAMKAL_CONFIG="$work/client" "$bin")

"${local_[@]}" participants import calendars/afjord-deltakere.csv --agreement "$agreement" >/dev/null
"${local_[@]}" plan "$agreement" --from 2026-01-01 --to 2026-12-31 >/dev/null
token=$("${local_[@]}" tokens create --person kari-vagen --expires 30d | grep -o 'samkal_[A-Za-z0-9_-]*' | head -1)
"$bin" serve --data "$data" --host 127.0.0.1 --port "$port" 2>"$work/serve.log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q "Server started" "$work/serve.log" && break; sleep 0.1; done
printf '%s\n' "$token" | "${remote[@]}" login --server "http://127.0.0.1:$port" --token - >/dev/null
meeting=$("${local_[@]}" meetings --from 2026-09-01 --to 2026-11-30 --kind infoMeeting --json \
    | grep -o '"uid" *: *"[^"]*"' | head -1 | cut -d'"' -f4)
printf 'Gjennomgang av NAVs tjenester.\n' > "$work/referat.txt"

commands=(
    "meetings --from 2026-09-01 --to 2026-11-30"
    "participants list"
    "minutes log $meeting --present kari-vagen --file $work/referat.txt"
    "minutes show $meeting"
    "actions"
    "audit --limit 20"
    "plan afjord-nav-nord-fosen --from 2026-01-01 --to 2026-12-31"
)
for command in "${commands[@]}"; do
    echo "== samkal ${command/$work\//}"
    hyperfine --runs "$runs" --warmup 2 -N --style basic \
        -n local "${local_[*]} $command" -n server "${remote[*]} $command" \
        | grep -E "^(Benchmark|  Time)"
done
