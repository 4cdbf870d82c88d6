#!/usr/bin/env bash
# Benchmark: server response time of the dashboard pages (overview, a place, a PCN, an indicator with its
# funnel plot at ICS and place level, a place's inequalities, a CSV) on a demo ICS analysed at SCALE.
# Usage: SCALE=0.25 bench/dashboard-pages.sh        (SCALE=1 is the full demo ICS: 2,094,802 people)
#        bench/dashboard-pages.sh --reuse            (skip generating/loading/refreshing: reuse the last home)
# The facts store is filled by the analytics bench shortcut (`openics facts load-ndjson`, see
# bench/indicators-refresh.sh), then `openics indicators refresh` computes every indicator as in production;
# the borough boundaries are imported (maps on the overview and the ICS indicator page) when ../shared/refdata is
# there; the server is started on that home and each page requested 60 times after 5 warm-up requests.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scale="${SCALE:-0.1}"
work="$here/target/bench-dashboard"
data="$work/ndjson-$scale"
home="$work/home"
port="${PORT:-18765}"
"$here/openics" --help >/dev/null   # builds the jar first, outside the timing
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
if [ "${1:-}" != "--reuse" ]; then
  if [ ! -f "$data/Patient.ndjson" ]; then
    echo "== generating the demo ICS at scale $scale into $data" >&2
    "$here/openics" generate --ics demo --scale "$scale" --seed 1 --out "$data"
  fi
  rm -rf "$home"
  export OPENICS_HOME="$home"
  echo "== loading facts and refreshing the indicators" >&2
  "$here/openics" facts load-ndjson --demo "$data"
  "$here/openics" indicators refresh
fi
export OPENICS_HOME="$home"
# maps: the six boroughs' boundaries, when the reference data is there (BOUNDARIES= to skip)
boundaries="${BOUNDARIES-$here/../shared/refdata/sel/sel_boroughs_lad22_wgs84.geojson}"
if [ -n "$boundaries" ] && [ -f "$boundaries" ]; then
  "$here/openics" boundaries import "$boundaries" --level place >&2
fi
echo "== serving $home on port $port" >&2
"$here/openics" serve --port "$port" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -sf "http://localhost:$port/actuator/health" >/dev/null && break
  sleep 1
done
python3 "$here/bench/dashboard-pages.py" "http://localhost:$port" "${@:2}"
