package org.openics.geography;

import java.util.List;

/**
 * What an import did: features read = stored + skipped; each skipped feature with its reason. Stored
 * boundaries replace those of the same level and code.
 *
 * @param registry how the stored areas meet the registry's, or null when the import was not checked against it
 */
public record BoundaryImportReport(
        String source,
        BoundaryLevel level,
        String codeProperty,
        int featuresRead,
        int stored,
        int points,
        List<SkippedFeature> skipped,
        RegistryMatch registry) {

    public BoundaryImportReport {
        skipped = List.copyOf(skipped);
    }

    public BoundaryImportReport withRegistry(RegistryMatch match) {
        return new BoundaryImportReport(source, level, codeProperty, featuresRead, stored, points, skipped, match);
    }
}
