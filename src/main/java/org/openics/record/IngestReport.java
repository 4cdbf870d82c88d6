package org.openics.record;

import java.util.List;

/**
 * What an ingest did. Every resource read is accounted for: {@code read = stored + duplicates + quarantined}.
 *
 * @param stored      new resources and new versions of changed ones
 * @param duplicates  resources identical to the version already stored
 * @param skipped     files in a folder that are not FHIR (NDJSON or bundle JSON), not read
 */
public record IngestReport(
        long read,
        long stored,
        long duplicates,
        long quarantined,
        List<String> files,
        List<String> skipped,
        long millis) {

    public IngestReport {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }

    public boolean reconciles() {
        return read == stored + duplicates + quarantined;
    }

    public double resourcesPerSecond() {
        return millis == 0 ? read : read * 1000.0 / millis;
    }
}
