#!/usr/bin/env bash
# Check: kill -9 in the middle of a bulk ingest, run the same command again, and compare with an uninterrupted run.
# Usage: bench/kill-rerun.sh [SCALE] [SECONDS_BEFORE_KILL]   (defaults 0.005 and 12)
# Prints, for the interrupted store: stored by the first (killed) run is unknown, so it shows the second run's
# summary, then a third run over both stores: both must store 0 and count every line as a duplicate, and the
# resource counts (stored in the uninterrupted run = lines - quarantined - duplicates) must agree.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scale="${1:-0.005}"
wait="${2:-12}"
work="$here/target/bench-kill"
mkdir -p "$work"
"$here/openics" --help >/dev/null
cp "$here/target/openics.jar" "$work/openics.jar"
openics() { java ${OPENICS_JAVA_OPTS:-} -jar "$work/openics.jar" "$@"; }
data="$work/data-$scale"
[ -f "$data/Patient.ndjson" ] || openics generate --ics demo --scale "$scale" --seed 7 --out "$data" >&2
summary() { python3 -c 'import json,sys; r=json.load(sys.stdin); print(json.dumps({k: r[k] for k in ("read","stored","duplicates","quarantined","reconciles")}))'; }
rm -rf "$work/home-killed" "$work/home-clean"
echo "== interrupted run: kill -9 after ${wait} s" >&2
OPENICS_HOME="$work/home-killed" java -jar "$work/openics.jar" ingest "$data" --json > /dev/null 2>&1 &
pid=$!
sleep "$wait"
kill -9 "$pid" || true
wait "$pid" 2>/dev/null || true
echo "== the same command again on the interrupted store" >&2
OPENICS_HOME="$work/home-killed" openics ingest "$data" --json 2>/dev/null | summary
echo "== uninterrupted run on a fresh store" >&2
OPENICS_HOME="$work/home-clean" openics ingest "$data" --json 2>/dev/null | summary
echo "== a third run over each store (must store nothing: every line already there)" >&2
echo -n "interrupted: "; OPENICS_HOME="$work/home-killed" openics ingest "$data" --json 2>/dev/null | summary
echo -n "uninterrupted: "; OPENICS_HOME="$work/home-clean" openics ingest "$data" --json 2>/dev/null | summary
