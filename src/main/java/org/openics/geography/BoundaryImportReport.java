package org.openics.geography;

import java.util.List;

/**
 * What an import did: features read = stored + skipped; each skipped feature with its reason. Stored
 * boundaries replace those of the same level and code.
 */
public record BoundaryImportReport(String source, BoundaryLevel level, String codeProperty, int featuresRead, int stored,
                                   int points, List<SkippedFeature> skipped) {

    public BoundaryImportReport {
        skipped = List.copyOf(skipped);
    }
}
