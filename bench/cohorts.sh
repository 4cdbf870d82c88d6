#!/usr/bin/env bash
# Benchmark: segmentation (score + segment for everyone) and cohort counts with six breakdowns on an in-memory
# DuckDB facts store of N synthetic people (default 2,000,000, the demo ICS's size).
# Usage: bench/cohorts.sh [PEOPLE]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./mvnw -B -ntp -o -q test-compile
./mvnw -B -ntp -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
java -Xmx6g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openics.analytics.internal.CohortsBench "${1:-2000000}"
