#!/usr/bin/env bash
# Benchmark: the data quality page's per-source counts on a big record store, the old way (count
# record.resource_version on every visit) against record.source_summary (kept by the V61 triggers), and what
# the triggers add to a bulk insert. Runs a throwaway PostgreSQL (initdb and pg_ctl on PATH) with the record
# migrations and ROWS synthetic resource versions from 12 sources (bodies empty, as for current versions).
# Usage: bench/data-quality.sh [ROWS] [WORK]   (defaults: 19,200,000, the full-size demo ICS's versions; target/bench-dq)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows="${1:-19200000}"
work="${2:-$here/target/bench-dq}"
port="${PGPORT_BENCH:-55439}"
rm -rf "$work"; mkdir -p "$work"
# PostgreSQL refuses to run as root: as root, run the server as the postgres user
as() { if [ "$(id -u)" = 0 ]; then chown -R postgres "$work"; runuser -u postgres -- "$@"; else "$@"; fi; }
as initdb -D "$work/pg" -U bench --auth=trust >/dev/null
as pg_ctl -D "$work/pg" -o "-p $port -k $work -c listen_addresses='' -c shared_buffers=256MB -c max_wal_size=4GB" -l "$work/pg.log" -w start >/dev/null
trap 'as pg_ctl -D "$work/pg" -m fast stop >/dev/null' EXIT
sql() { psql -h "$work" -p "$port" -U bench -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $rows resource versions" >&2
for m in V20__record.sql V21__record_history_body.sql V28__record_ingest_ledger.sql V61__record_source_summary.sql; do
  sql -f "$here/src/main/resources/db/migration/$m" >/dev/null
done
batch=1000000
fill() {   # fill FROM TO: insert versions FROM..TO-1 in batches (one statement each, as a COPY chunk would be)
  local from=$1 to=$2
  while [ "$from" -lt "$to" ]; do
    local next=$(( from + batch < to ? from + batch : to ))
    sql -c "insert into record.resource_version (type, id, version, hash, source, file, line, received_at)
            select (array['Patient','Condition','Observation','Encounter','ServiceRequest','Practitioner'])[1 + g % 6], 'r' || g, 1,
                   md5(g::text), 'Z' || lpad((g % 12)::text, 5, '0'), 'bench.ndjson', g, now() - (g % 90) * interval '1 day'
            from generate_series($from, $next - 1) g"
    from=$next
  done
}
ms() { local t0; t0=$(date +%s%N); "$@"; echo $(( ($(date +%s%N) - t0) / 1000000 )); }
sql -c "alter table record.resource_version disable trigger user"
plain=$(ms fill 0 "$batch")
sql -c "truncate record.resource_version; alter table record.resource_version enable trigger user"
counted=$(ms fill 0 "$batch")
echo "insert of $batch versions in one statement: ${plain} ms without the triggers, ${counted} ms with them" >&2
fill "$batch" "$rows"
sql -c "vacuum analyze record.resource_version" -c "vacuum analyze record.source_summary"
check=$(sql -c "select (select sum(versions) from record.source_summary) = (select count(*) from record.resource_version)")
echo "summary agrees with a full count: $check" >&2
# server-side execution time of each way, five times
run() { sql -c "explain (analyze, timing off) $1" | sed -n 's/^Execution Time: \([0-9.]*\) ms/\1/p'; }
old="select source, count(*), max(received_at) from record.resource_version group by source"
new="select source, versions, last_received from record.source_summary where versions > 0"
for what in old new; do
  times=()
  for i in 1 2 3 4 5; do times+=("$(run "${!what}")"); done
  echo "$what (${!what}): ${times[*]} ms"
done
echo "load average now $(cut -d' ' -f1-3 /proc/loadavg)" >&2
