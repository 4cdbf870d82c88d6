package org.openics.analytics.statistics;

import java.util.List;
import java.util.Optional;

/**
 * Indirectly standardised ratios (observed / expected, e.g. the SMR) and rates (the ratio times the
 * reference rate), with exact Poisson limits on the observed count below 10 events and Byar's from 10.
 */
public final class IndirectlyStandardised {

    private IndirectlyStandardised() {}

    /** Observed over expected, times the reference value (1, or 100 for an SMR on the 100 scale). */
    public static Estimate ratio(List<ReferenceBand> bands, double referenceValue, List<Confidence> levels) {
        return scaled(observed(bands), expected(bands), referenceValue, levels);
    }

    /** The ratio times the reference population's crude rate per multiplier. */
    public static Estimate rate(List<ReferenceBand> bands, double multiplier, List<Confidence> levels) {
        double referenceCount = 0;
        double referencePopulation = 0;
        for (ReferenceBand b : bands) {
            referenceCount += b.referenceCount();
            referencePopulation += b.referencePopulation();
        }
        return scaled(observed(bands), expected(bands), referenceCount / referencePopulation * multiplier, levels);
    }

    static double observed(List<ReferenceBand> bands) {
        return bands.stream().mapToDouble(ReferenceBand::count).sum();
    }

    static double expected(List<ReferenceBand> bands) {
        double expected = 0;
        for (ReferenceBand b : bands) {
            expected += b.expected();
        }
        return expected;
    }

    private static Estimate scaled(double observed, double expected, double scale, List<Confidence> levels) {
        return new Estimate(
                observed / expected * scale,
                levels.stream()
                        .map(c -> new Limits(
                                c,
                                Byars.countLower(observed, c) / expected * scale,
                                Byars.countUpper(observed, c) / expected * scale))
                        .toList(),
                Optional.of(observed < Byars.EXACT_BELOW ? "Exact" : "Byars"));
    }
}
