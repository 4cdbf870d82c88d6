#!/usr/bin/env bash
# Benchmark: capital prioritisation (docs/finance-capital.md). Rounds of BIDS bids over YEARS years with dependencies,
# option groups and mandatory bids, one per seed; CP-SAT stops at a proven relative gap <= GAP or after SECONDS.
# Prints per seed the base solve's time, gap and whether it is proven optimal, and the whole plan's time.
# Usage: bench/capital.sh [BIDS=500] [YEARS=5] [SEEDS=5] [GAP=0.001] [SECONDS=5] [WORKERS=3] [sensitivity]
# (OBJECTIVE=SPEND_WEIGHTED bench/capital.sh ... for the spend-weighted objective)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./mvnw -B -ntp -o -q -Dfrontend.skip test-compile || ./mvnw -B -ntp -q -Dfrontend.skip test-compile
{ ./mvnw -B -ntp -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt || ./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt; } >/dev/null
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
java -Xmx2g ${JAVA_OPTS:-} -Dobjective="${OBJECTIVE:-SCORE_SUM}" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.openics.finance.capital.CapitalBench "${1:-500}" "${2:-5}" "${3:-5}" "${4:-0.001}" "${5:-5}" "${6:-3}" ${7:-}
