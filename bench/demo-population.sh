#!/usr/bin/env bash
# Time of a first `openics demo` start with its synthetic population (generate, ingest, analyse) in a fresh
# OPENICS_HOME, and of a second start that reuses it. Usage: bench/demo-population.sh [SCALE] (default: the demo's).
# Prints the demo's own step timings (standard error) and the wall-clock time to "running".
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
scale_args=()
[ $# -ge 1 ] && scale_args=(--scale "$1")

start_demo() {
  local log="$1" started pid
  started=$(date +%s.%N)
  OPENICS_HOME="$home" "$here/openics" demo --port 0 "${scale_args[@]}" >"$log.out" 2>"$log.err" &
  pid=$!
  until grep -q "OpenICS demo is running" "$log.out" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then cat "$log.err" >&2; echo "demo stopped" >&2; exit 1; fi
    sleep 1
  done
  printf '%s: running after %.0f s\n' "$2" "$(echo "$(date +%s.%N) - $started" | bc)"
  grep -v " INFO \| WARN " "$log.err" | grep -v "^\s*at " || true
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
start_demo "$home/first" "first start (generate, ingest, analyse)"
start_demo "$home/second" "second start (reuse)"
