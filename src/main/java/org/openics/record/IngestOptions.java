package org.openics.record;

import java.util.Locale;
import java.util.Optional;

/**
 * How to ingest: which organisation sent the data (ODS code, for provenance) and how deeply to validate.
 */
public record IngestOptions(Optional<String> source, Validation validation) {

    /**
     * {@code FULL}: HAPI's R4 instance validator on every new resource (profiles, invariants, required bindings)
     * plus our rules. {@code STRUCTURAL}: HAPI's strict parser (element names, types, required codes, date
     * formats) plus our rules, without the instance validator, for large bulk loads where its cost is too high.
     */
    public enum Validation {
        FULL,
        STRUCTURAL
    }

    public IngestOptions {
        source = source == null
                ? Optional.empty()
                : source.map(s -> s.trim().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty());
        validation = validation == null ? Validation.FULL : validation;
    }

    public static IngestOptions from(String source) {
        return new IngestOptions(Optional.ofNullable(source), Validation.FULL);
    }

    public IngestOptions with(Validation level) {
        return new IngestOptions(source, level);
    }

    public String sourceOrUnknown() {
        return source.orElse("UNKNOWN");
    }
}
