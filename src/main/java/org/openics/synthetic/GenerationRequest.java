package org.openics.synthetic;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to generate.
 *
 * @param icbCode    the ICB (ODS code) whose practices the people are registered at
 * @param scale      fraction of the published list sizes to generate (1 = everyone)
 * @param seed       the same seed and arguments give byte-identical output
 * @param out        output folder (created; existing files of the same names are replaced)
 * @param asAt       the reference date: list sizes as then, events in the twelve months before it
 * @param defectRate share of output lines given a fault (0 for clean output)
 * @param practicePrevalence a published practice prevalence file to match (QOF shape), or null
 */
public record GenerationRequest(
        String icbCode,
        double scale,
        long seed,
        Path out,
        OutputFormat format,
        LocalDate asAt,
        double defectRate,
        Path practicePrevalence) {

    public GenerationRequest(
            String icbCode, double scale, long seed, Path out, OutputFormat format, LocalDate asAt, double defectRate) {
        this(icbCode, scale, seed, out, format, asAt, defectRate, null);
    }

    public GenerationRequest {
        if (icbCode == null || icbCode.isBlank()) {
            throw new IllegalArgumentException("an ICB code is needed");
        }
        if (!(scale > 0) || scale > 10) {
            throw new IllegalArgumentException("scale must be above 0 and at most 10, not " + scale);
        }
        if (out == null || format == null || asAt == null) {
            throw new IllegalArgumentException("an output folder, a format and a reference date are needed");
        }
        if (!(defectRate >= 0) || defectRate > 0.5) {
            throw new IllegalArgumentException("the defect rate must be between 0 and 0.5, not " + defectRate);
        }
    }
}
