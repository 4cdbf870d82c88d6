package org.openics.synthetic;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What was written: people, deaths, resources (lines) per file, bytes, injected defects and notes
 * (for example reference data that was missing and how the generator coped).
 */
public record GenerationSummary(
        Path out,
        long people,
        long deaths,
        Map<String, Long> linesPerFile,
        long bytes,
        long defects,
        Duration elapsed,
        List<String> notes) {

    public GenerationSummary {
        linesPerFile = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(linesPerFile));
        notes = List.copyOf(notes);
    }

    public long lines() {
        return linesPerFile.values().stream().mapToLong(Long::longValue).sum();
    }
}
