#!/usr/bin/env bash
# Check: kill -9 in the middle of a bulk ingest, run the same command again, and compare the store with an
# uninterrupted run's — content, not only counts (`openics record digest`: resources, versions, persons by their
# linked records, relationships, facts, quarantine).
#
# Usage: bench/kill-rerun.sh [SCALE] [KILL_AT_PERCENT]   (defaults 0.005 and 40)
#        VALIDATION=FULL bench/kill-rerun.sh ...   (default STRUCTURAL, as the throughput benchmark; FULL is far slower)
#        DEFECTS=0.02 bench/kill-rerun.sh ...      (generate with injected defects, so the quarantine is compared too)
# The first run is killed with SIGKILL once its progress line passes KILL_AT_PERCENT of the bytes.
# Exit status 0 when the interrupted store's digest equals the uninterrupted one's and a third run stores nothing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scale="${1:-0.005}"
kill_at="${2:-40}"
validation="${VALIDATION:-STRUCTURAL}"
defects="${DEFECTS:-0}"
work="$here/target/bench-kill"
mkdir -p "$work"
"$here/openics" --help >/dev/null
cp "$here/target/openics.jar" "$work/openics.jar"
openics() { java ${OPENICS_JAVA_OPTS:-} -jar "$work/openics.jar" "$@"; }
data="$work/data-$scale-$defects"
[ -f "$data/Patient.ndjson" ] || openics generate --ics demo --scale "$scale" --seed 7 --defects "$defects" --out "$data" >&2
summary() { tee -a "$work/runs.json" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(json.dumps({k: r[k] for k in ("read","stored","duplicates","quarantined","reconciles")}))'; }
ingest() { OPENICS_HOME="$1" openics ingest "$data" --validation "$validation" --json 2>/dev/null || [ $? -eq 2 ]; }
rm -rf "$work/home-killed" "$work/home-clean" "$work/runs.json"

echo "== interrupted run: kill -9 once past ${kill_at}% of the input" >&2
OPENICS_HOME="$work/home-killed" java -jar "$work/openics.jar" ingest "$data" --validation "$validation" --json \
    > /dev/null 2> "$work/killed.err" &
pid=$!
while kill -0 "$pid" 2>/dev/null; do
    pct=$(grep -o '([0-9]*%)' "$work/killed.err" 2>/dev/null | tail -1 | tr -dc '0-9' || true)
    if [ -n "$pct" ] && [ "$pct" -ge "$kill_at" ]; then
        kill -9 "$pid"
        echo "killed at ${pct}%" >&2
        break
    fi
    sleep 0.2
done
wait "$pid" 2>/dev/null || true
echo "== the same command again on the interrupted store" >&2
ingest "$work/home-killed" | summary
echo "== uninterrupted run on a fresh store" >&2
ingest "$work/home-clean" | summary

echo "== digests" >&2
OPENICS_HOME="$work/home-clean" openics record digest --json 2>/dev/null > "$work/clean.digest.json"
OPENICS_HOME="$work/home-clean" openics record digest 2>/dev/null
status=0
OPENICS_HOME="$work/home-killed" openics record digest --compare "$work/clean.digest.json" > /dev/null || status=$?

echo "== a third run over each store (must store nothing: every line already there)" >&2
echo -n "interrupted: "; ingest "$work/home-killed" | summary
echo -n "uninterrupted: "; ingest "$work/home-clean" | summary
if [ "$status" -eq 0 ]; then echo "SAME STORE: the interrupted and re-run store equals the uninterrupted one"; else echo "DIFFERENT STORES"; fi
exit "$status"
