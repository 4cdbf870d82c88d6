#!/usr/bin/env bash
# Benchmark: full indicator catalogue refresh for the full-size demo ICS (2,094,802 people).
# Usage: bench/indicators-refresh.sh [NDJSON_DIR]   (default target/bench-indicators/ndjson, generated at scale 1 if missing)
# SCALE=0.1 for a quicker run. KEEP=1 keeps the generated files (about 11.6 GB at scale 1).
#
# BENCH-ONLY SHORTCUT: ingesting 19 M resources through the shared care record takes hours today, so the
# facts store is filled by `openics facts load-ndjson` (DuckDB reads the generator's NDJSON directly and
# writes the same fact tables the record feed writes). The refresh is then timed exactly as in production:
# `openics indicators refresh` (the pull from the record finds nothing new), twice. The figure is the
# refresh report's own time (the JVM and Spring start-up are printed separately by `time`).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scale="${SCALE:-1}"
data="${1:-$here/target/bench-indicators/ndjson}"
home="$here/target/bench-indicators/home"
"$here/openics" --help >/dev/null   # builds the jar first, outside the timing
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
TIMEFORMAT='wall %R s, user %U s, system %S s'
generated=0
if [ ! -f "$data/Patient.ndjson" ]; then
  echo "== generating the demo ICS at scale $scale into $data" >&2
  time "$here/openics" generate --ics demo --scale "$scale" --seed 1 --out "$data"
  generated=1
fi
rm -rf "$home"
export OPENICS_HOME="$home"
echo "== facts loading (bench-only shortcut: DuckDB read_json over the NDJSON)" >&2
time "$here/openics" facts load-ndjson --demo "$data"
for run in 1 2; do
  echo "== indicator refresh, run $run (load average $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  time "$here/openics" indicators refresh
done
if [ "$generated" = 1 ] && [ "${KEEP:-0}" != "1" ]; then
  rm -rf "$data"
fi
