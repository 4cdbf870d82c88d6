#!/usr/bin/env bash
# Benchmark: FHIR search paging over a generated population. Generates the demo ICS at SCALE, ingests it into a
# fresh store, serves it, then follows `next` links to the end of two large searches (every BMI observation; every
# Condition), timing each page: with keyset paging the last page should cost what the first does. Every page
# request decides (break glass) and audits each person on it.
# Usage: bench/fhir-paging.sh [SCALE] [WORK]   (defaults: 0.01, about 21,000 people; target/bench-paging)   PORT=18765
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scale="${1:-0.01}"
work="${2:-$here/target/bench-paging}"
port="${PORT:-18765}"
mkdir -p "$work"
"$here/openics" --help >/dev/null   # builds the jar first, outside the timing
cp "$here/target/openics.jar" "$work/openics.jar"
openics() { java ${OPENICS_JAVA_OPTS:-} -jar "$work/openics.jar" "$@"; }
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
data="$work/data-$scale"
[ -f "$data/Patient.ndjson" ] || openics generate --ics demo --scale "$scale" --seed 1 --out "$data" >&2
home="$work/home-$scale"
if [ ! -f "$home/.ingested" ]; then
  rm -rf "$home"
  OPENICS_HOME="$home" openics ingest "$data" --validation STRUCTURAL --json >&2
  touch "$home/.ingested"
fi
if curl -sf "http://localhost:$port/fhir/metadata" >/dev/null; then
  echo "port $port is taken by another server: set PORT" >&2
  exit 1
fi
# java itself in the background (not a shell function), so that $! is the server and the trap stops it
OPENICS_HOME="$home" java ${OPENICS_JAVA_OPTS:-} -jar "$work/openics.jar" serve --port "$port" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$port/fhir/metadata" >/dev/null && break
  sleep 1
done
echo "serving; load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
python3 "$here/bench/fhir-paging.py" "http://localhost:$port" 'Observation?code=http://loinc.org|39156-5' --count 1000
python3 "$here/bench/fhir-paging.py" "http://localhost:$port" 'Condition' --count 1000
python3 "$here/bench/fhir-paging.py" "http://localhost:$port" 'Condition' --count 100
echo "load average now $(cut -d' ' -f1-3 /proc/loadavg)" >&2
