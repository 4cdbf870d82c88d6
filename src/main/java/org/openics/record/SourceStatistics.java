package org.openics.record;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What one source organisation (ODS code, as given at ingest) has sent the record, for data quality:
 * {@code received = stored + duplicates + quarantined}.
 *
 * @param stored              resource versions stored from this source (new resources and changed versions)
 * @param duplicates          resources identical to the version already stored (file ingests; see docs/record.md)
 * @param quarantined         resources still in quarantine (released ones count as stored once re-processed)
 * @param quarantinedByReason the quarantined ones by kind of their first problem ({@link Problem#counted()}; shown by
 *                            {@link Problem#label()}), most frequent first
 * @param lastReceived        when anything last arrived from this source
 * @param ingests             file ingests run for this source
 */
public record SourceStatistics(
        String source,
        long received,
        long stored,
        long duplicates,
        long quarantined,
        Map<Problem, Long> quarantinedByReason,
        Optional<Instant> lastReceived,
        long ingests) {

    public SourceStatistics {
        quarantinedByReason = java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(quarantinedByReason)); // keeps the order
        lastReceived = lastReceived == null ? Optional.empty() : lastReceived;
    }

    /** Share of what was received that went to quarantine, 0 when nothing was received. */
    public double quarantineRate() {
        return received == 0 ? 0 : (double) quarantined / received;
    }
}
