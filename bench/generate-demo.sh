#!/usr/bin/env bash
# Benchmark: generate the whole demo ICS (about 2.1 million people) as FHIR R4 NDJSON and report
# wall-clock and CPU time. Usage: bench/generate-demo.sh [SCALE] [OUT]   (defaults: 1, target/bench-synthetic)
# The output (about 11 GB at scale 1) is deleted afterwards unless KEEP=1.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scale="${1:-1}"
out="${2:-$here/target/bench-synthetic}"
"$here/openics" --help >/dev/null   # builds the jar first, outside the timing
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
TIMEFORMAT='wall %R s, user %U s, system %S s'
time "$here/openics" generate --ics demo --scale "$scale" --seed 1 --out "$out"
du -sh "$out" >&2
if [ "${KEEP:-0}" != "1" ]; then
  rm -rf "$out"
fi
