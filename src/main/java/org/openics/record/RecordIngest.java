package org.openics.record;

import java.nio.file.Path;
import java.util.List;
import org.openics.platform.ProgressListener;

/**
 * The record's ingest: FHIR R4 (and HL7 v2) from files or folders through one pipeline, the quarantine of what failed
 * with typed reasons ({@link Problem}), re-processing, and what each source has sent (data quality).
 */
public interface RecordIngest {

    /**
     * Ingests files or folders (NDJSON one resource per line, or Bundle JSON; gzip accepted). Each
     * bundle, and each chunk of an NDJSON file, is stored atomically; running it again stores nothing twice.
     */
    IngestReport ingest(List<Path> paths, IngestOptions options, ProgressListener progress);

    /** The quarantine, newest first; released entries (re-processed successfully) only when asked. */
    List<QuarantinedResource> quarantine(int limit, boolean includeReleased);

    /** Re-validates quarantined resources (e.g. once the patient they reference has arrived); counts as an ingest. */
    IngestReport reprocessQuarantine(ProgressListener progress);

    /** What each source organisation has sent: received, stored, duplicates, quarantined by reason, and when last (data quality). */
    List<SourceStatistics> sourceStatistics();
}
