package org.openics.record.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.openics.record.IngestReport;
import org.openics.record.Problem;
import org.openics.record.ProblemKind;
import org.openics.record.SourceStatistics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Per-source statistics for the data quality page ({@link org.openics.record.SharedCareRecord#sourceStatistics()}):
 * a ledger row per file ingest (the only trace duplicates leave), with stored versions and the quarantine
 * counted where they are kept. The ingest code needs one line: {@code return ledger.logged(source, report)}.
 */
@Component
class SourceLedger {

    private final JdbcTemplate ledgerJdbc;

    SourceLedger(JdbcTemplate jdbc) {
        this.ledgerJdbc = jdbc;
    }

    /** Writes the run into the ledger and hands the report back. */
    IngestReport logged(String source, IngestReport report) {
        ledgerJdbc.update(
                "insert into record.ingest_ledger (source, finished_at, read, stored, duplicates, quarantined) values (?, ?, ?, ?, ?, ?)",
                source,
                Timestamp.from(Instant.now()),
                report.read(),
                report.stored(),
                report.duplicates(),
                report.quarantined());
        return report;
    }

    List<SourceStatistics> sourceStatistics() {
        Map<String, long[]> stored = new HashMap<>(); // versions, last received (epoch ms)
        // kept per source by triggers as versions are written (V61), not counted from record.resource_version
        ledgerJdbc.query(
                "select source, versions, last_received from record.source_summary where versions > 0",
                (java.sql.ResultSet rs) -> {
                    stored.put(rs.getString(1), new long[] {rs.getLong(2), millis(rs.getTimestamp(3))});
                });
        Map<String, long[]> ledger = new HashMap<>(); // duplicates, ingests, last run
        ledgerJdbc.query(
                "select source, sum(duplicates), count(*), max(finished_at) from record.ingest_ledger group by source",
                (java.sql.ResultSet rs) -> {
                    ledger.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), millis(rs.getTimestamp(4))});
                });
        Map<String, Map<Problem, Long>> reasons = new HashMap<>();
        Map<String, Long> lastQuarantined = new HashMap<>();
        // by the kind of the first problem (and its detail, which counts only for a missing required element)
        ledgerJdbc.query(
                "select source, problems -> 0 ->> 'kind', problems -> 0 ->> 'detail', count(*), max(received_at)"
                        + " from record.quarantine where released_at is null group by 1, 2, 3",
                (java.sql.ResultSet rs) -> {
                    String kind = rs.getString(2);
                    Problem counted = new Problem(
                                    kind == null ? ProblemKind.OTHER : ProblemKind.valueOf(kind), rs.getString(3))
                            .counted();
                    reasons.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .merge(counted, rs.getLong(4), Long::sum);
                    lastQuarantined.merge(rs.getString(1), millis(rs.getTimestamp(5)), Math::max);
                });
        TreeSet<String> sources = new TreeSet<>(stored.keySet());
        sources.addAll(ledger.keySet());
        sources.addAll(reasons.keySet());
        List<SourceStatistics> result = new ArrayList<>();
        for (String source : sources) {
            long[] s = stored.getOrDefault(source, new long[] {0, 0});
            long[] l = ledger.getOrDefault(source, new long[] {0, 0, 0});
            Map<Problem, Long> byReason = mostFrequentFirst(reasons.getOrDefault(source, Map.of()));
            long quarantined =
                    byReason.values().stream().mapToLong(Long::longValue).sum();
            long last = Math.max(s[1], Math.max(l[2], lastQuarantined.getOrDefault(source, 0L)));
            result.add(new SourceStatistics(
                    source,
                    s[0] + l[0] + quarantined,
                    s[0],
                    l[0],
                    quarantined,
                    byReason,
                    last == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(last)),
                    l[1]));
        }
        return result;
    }

    private static long millis(Timestamp timestamp) {
        return timestamp == null ? 0 : timestamp.getTime();
    }

    private static Map<Problem, Long> mostFrequentFirst(Map<Problem, Long> counts) {
        Map<Problem, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<Problem, Long>comparingByValue()
                        .reversed()
                        .thenComparing(e -> e.getKey().label()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
