#!/usr/bin/env bash
# Benchmark: the mutual aid optimiser on N synthetic waiters (default 100,000) × 10 providers (3 independent) × 20
# specialties, RUNS timed plans with the equity constraint (default 3), then without it and two what-ifs, then a
# diagnostics balance of about as many waiters (15 DM01 modalities, 3 community diagnostic centres, 4 weeks).
# Usage: bench/mutual-aid.sh [WAITERS] [RUNS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./mvnw -B -ntp -o -q -Dfrontend.skip test-compile
./mvnw -B -ntp -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
java -Xmx4g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openics.mutualaid.optimiser.PlanBench "${1:-100000}" "${2:-3}"
