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
import java.util.regex.Pattern;
import org.openics.record.IngestReport;
import org.openics.record.SourceStatistics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Per-source statistics for the data quality page ({@link org.openics.record.SharedCareRecord#sourceStatistics()}):
 * a ledger row per file ingest (the only trace duplicates leave), with stored versions and the quarantine
 * counted where they are kept. A base class of {@code RecordService}, so the ingest code needs one line:
 * {@code return logged(source, report)}.
 */
abstract class SourceLedger {

    private JdbcTemplate ledgerJdbc;

    @Autowired
    void setLedgerJdbc(JdbcTemplate jdbc) {
        this.ledgerJdbc = jdbc;
    }

    /** Writes the run into the ledger and hands the report back. */
    protected IngestReport logged(String source, IngestReport report) {
        ledgerJdbc.update("insert into record.ingest_ledger (source, finished_at, read, stored, duplicates, quarantined) values (?, ?, ?, ?, ?, ?)",
                source, Timestamp.from(Instant.now()), report.read(), report.stored(), report.duplicates(), report.quarantined());
        return report;
    }

    public List<SourceStatistics> sourceStatistics() {
        Map<String, long[]> stored = new HashMap<>();      // versions, last received (epoch ms)
        // kept per source by triggers as versions are written (V61), not counted from record.resource_version
        ledgerJdbc.query("select source, versions, last_received from record.source_summary where versions > 0",
                (java.sql.ResultSet rs) -> {
                    stored.put(rs.getString(1), new long[] {rs.getLong(2), millis(rs.getTimestamp(3))});
                });
        Map<String, long[]> ledger = new HashMap<>();      // duplicates, ingests, last run
        ledgerJdbc.query("select source, sum(duplicates), count(*), max(finished_at) from record.ingest_ledger group by source",
                (java.sql.ResultSet rs) -> {
                    ledger.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), millis(rs.getTimestamp(4))});
                });
        Map<String, Map<String, Long>> reasons = new HashMap<>();
        Map<String, Long> lastQuarantined = new HashMap<>();
        ledgerJdbc.query("select source, reason, count(*), max(received_at) from record.quarantine where released_at is null group by source, reason",
                (java.sql.ResultSet rs) -> {
                    reasons.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).merge(kindOf(rs.getString(2)), rs.getLong(3), Long::sum);
                    lastQuarantined.merge(rs.getString(1), millis(rs.getTimestamp(4)), Math::max);
                });
        TreeSet<String> sources = new TreeSet<>(stored.keySet());
        sources.addAll(ledger.keySet());
        sources.addAll(reasons.keySet());
        List<SourceStatistics> result = new ArrayList<>();
        for (String source : sources) {
            long[] s = stored.getOrDefault(source, new long[] {0, 0});
            long[] l = ledger.getOrDefault(source, new long[] {0, 0, 0});
            Map<String, Long> byReason = mostFrequentFirst(reasons.getOrDefault(source, Map.of()));
            long quarantined = byReason.values().stream().mapToLong(Long::longValue).sum();
            long last = Math.max(s[1], Math.max(l[2], lastQuarantined.getOrDefault(source, 0L)));
            result.add(new SourceStatistics(source, s[0] + l[0] + quarantined, s[0], l[0], quarantined, byReason,
                    last == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(last)), l[1]));
        }
        return result;
    }

    private static long millis(Timestamp timestamp) {
        return timestamp == null ? 0 : timestamp.getTime();
    }

    private static Map<String, Long> mostFrequentFirst(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** Where a problem's particulars start: a colon, a quote, a bracket or a reference like Patient/123 (messages may span lines). */
    private static final Pattern DETAIL = Pattern.compile("\\s*(:|'|\\(|\\b[A-Z][A-Za-z]+/[^\\s;]+).*$", Pattern.DOTALL);

    /**
     * The kind of a quarantine reason without the particulars, so that a thousand unresolvable references
     * count as one reason: the first problem, cut before its detail ("invalid NHS number: ..." becomes
     * "invalid NHS number"); a required element keeps its name.
     */
    static String kindOf(String reason) {
        String first = reason == null ? "" : reason.split("; ", 2)[0].strip();
        if (first.startsWith("required element ")) {
            return first;
        }
        if (first.startsWith("death (")) {
            return "death before birth";
        }
        String kind = DETAIL.matcher(first).replaceFirst("").strip();
        kind = kind.isEmpty() ? first : kind;
        return kind.length() > 80 ? kind.substring(0, 80) + "…" : kind;
    }
}
