package org.openics.record;

import java.util.Optional;

/** How to ingest: which organisation sent the data (ODS code), when it is known. */
public record IngestOptions(Optional<String> source) {

    public IngestOptions {
        source = source == null ? Optional.empty() : source.map(s -> s.trim().toUpperCase(java.util.Locale.ROOT)).filter(s -> !s.isEmpty());
    }

    public static IngestOptions from(String source) {
        return new IngestOptions(Optional.ofNullable(source));
    }

    public String sourceOrUnknown() {
        return source.orElse("UNKNOWN");
    }
}
