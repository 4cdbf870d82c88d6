#!/usr/bin/env bash
# Benchmark: bulk ingest of the generator's demo ICS into a fresh store, resources per second; then the same
# files again (every line a duplicate); then a --defects run that must reconcile (read = stored + duplicates
# + quarantined) with every injected defect accounted for.
# Usage: bench/ingest.sh [SCALE] [WORK]   (defaults: 0.1, about 209,000 people and 1.9 M resources; target/bench-ingest)
#   VALIDATION=STRUCTURAL|FULL (default STRUCTURAL)   DEFECTS=0.02 (rate of the reconciliation run; 0 skips it)
#   KEEP=1 keeps the generated files and stores; existing generated folders are reused.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scale="${1:-0.1}"
work="${2:-$here/target/bench-ingest}"
validation="${VALIDATION:-STRUCTURAL}"
defects="${DEFECTS:-0.02}"
mkdir -p "$work"
"$here/openics" --help >/dev/null   # builds the jar first, outside the timing
# run a copy, so that editing the sources during a long run does not rebuild the jar under it
cp "$here/target/openics.jar" "$work/openics.jar"
openics() { java ${OPENICS_JAVA_OPTS:-} -jar "$work/openics.jar" "$@"; }
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
data="$work/data-$scale"
[ -f "$data/Patient.ndjson" ] || openics generate --ics demo --scale "$scale" --seed 1 --out "$data" >&2
summary() { python3 -c 'import json,sys; r=json.load(sys.stdin); print(json.dumps({k: r[k] for k in ("read","stored","duplicates","quarantined","reconciles","millis","resourcesPerSecond")}))'; }
rm -rf "$work/home-$scale"
echo "ingest of $(cat "$data"/*.ndjson | wc -l) lines, validation $validation:" >&2
OPENICS_HOME="$work/home-$scale" openics ingest "$data" --validation "$validation" --json | summary
echo "the same files again (all duplicates):" >&2
OPENICS_HOME="$work/home-$scale" openics ingest "$data" --validation "$validation" --json | summary
echo "load average now $(cut -d' ' -f1-3 /proc/loadavg)" >&2
if [ "$defects" != "0" ]; then
  dscale="${DEFECT_SCALE:-0.01}"
  ddata="$work/defects-$dscale-$defects"
  [ -f "$ddata/defects.csv" ] || openics generate --ics demo --scale "$dscale" --seed 1 --defects "$defects" --out "$ddata" >&2
  rm -rf "$work/home-defects"
  echo "reconciliation: scale $dscale with --defects $defects ($(($(wc -l < "$ddata/defects.csv") - 1)) defects listed)" >&2
  set +e
  OPENICS_HOME="$work/home-defects" openics ingest "$ddata" --validation "$validation" --json > "$work/defects-report.json"
  status=$?
  set -e
  summary < "$work/defects-report.json"
  echo "exit status $status (2 = some quarantined)" >&2
  OPENICS_HOME="$work/home-defects" openics quarantine list --all --limit 1000000 --json > "$work/quarantine.json"
  python3 "$here/bench/defects.py" "$ddata/defects.csv" "$work/quarantine.json"
fi
if [ "${KEEP:-0}" != "1" ]; then
  rm -rf "$work/home-$scale" "$work/home-defects"
fi
