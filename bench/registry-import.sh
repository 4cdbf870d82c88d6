#!/usr/bin/env bash
# Times importing the national published files into a fresh embedded store, and re-importing them.
# Usage: bench/registry-import.sh   (reads ../shared/refdata; prints one line per step)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
refdata=../shared/refdata/england
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
./openics --version >/dev/null   # builds the jar if needed, outside the timings
step() {
  local label=$1; shift
  local start=$(date +%s.%N)
  OPENICS_HOME=$home ./openics "$@" >/dev/null 2>&1 || [ $? -eq 2 ]
  awk -v l="$label" -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%-48s %6.1f s\n", l, e - s }'
}
step "start only (registry tree on an empty store)" registry tree --depth 0 || true
step "practice mapping (6,171 practices)" registry import $refdata/gp-reg-pat-prac-map_jan2026.csv
step "list sizes (6,145 practices)" registry import $refdata/gp-reg-pat-prac-all_jun2026.csv
step "IoD2025 (33,755 LSOAs)" registry import $refdata/iod2025_lsoa21_imd_derived.csv
step "re-import of all three (no changes)" registry import $refdata/gp-reg-pat-prac-map_jan2026.csv \
  $refdata/gp-reg-pat-prac-all_jun2026.csv $refdata/iod2025_lsoa21_imd_derived.csv
step "England tree with every practice (JSON)" registry tree --depth -1 --json
