package org.openics.analytics.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Directly standardised rates with Dobson limits (Dobson et al. 1991) built on Byar's limits of the total
 * count, suppressed when the total count is under 10; and the variant for non-independent events, whose
 * variance comes from the distribution of events per person (Fingertips technical guidance, DSR chapter).
 */
public final class DirectlyStandardisedRates {

    /** Rates from fewer events than this are not reliable and are not published. */
    public static final double SUPPRESS_BELOW = 10;

    private DirectlyStandardisedRates() {}

    /** A DSR for independent events (each event a different person, or treated so). */
    public static Estimate of(List<StandardisationBand> bands, double multiplier, List<Confidence> levels) {
        return dobson(bands, variance(bands), multiplier, levels, "Dobson");
    }

    /**
     * A DSR for non-independent events. The value equals the DSR of all events; the variance is the sum over
     * event frequencies f of f squared times the DSR variance of the people with f events, which widens the limits.
     */
    public static Estimate ofNonIndependentEvents(
            List<PersonFrequencyBand> rows, double multiplier, List<Confidence> levels) {
        Map<Double, List<StandardisationBand>> byFrequency = new LinkedHashMap<>();
        Map<String, double[]> events = new LinkedHashMap<>();
        for (PersonFrequencyBand row : rows) {
            byFrequency
                    .computeIfAbsent(row.frequency(), f -> new ArrayList<>())
                    .add(new StandardisationBand(row.band(), row.people(), row.population(), row.standardPopulation()));
            double[] band = events.computeIfAbsent(
                    row.band(), b -> new double[] {0, row.population(), row.standardPopulation()});
            if (band[1] != row.population() || band[2] != row.standardPopulation()) {
                throw new IllegalArgumentException("age band " + row.band()
                        + " has rows with different populations (n) or standard populations (stdpop)");
            }
            band[0] += row.frequency() * row.people();
        }
        double variance = 0;
        for (Map.Entry<Double, List<StandardisationBand>> frequency : byFrequency.entrySet()) {
            double f = frequency.getKey();
            variance += variance(frequency.getValue()) * (f * f);
        }
        List<StandardisationBand> collapsed = events.entrySet().stream()
                .map(e -> new StandardisationBand(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
        return dobson(
                collapsed, variance, multiplier, levels, "Dobson, with confidence adjusted for non-independent events");
    }

    /** The variance of the (unscaled) DSR under Poisson counts: sum of x (stdpop / n)^2 over (sum stdpop)^2. */
    private static double variance(List<StandardisationBand> bands) {
        double squares = 0;
        double standard = 0;
        for (StandardisationBand b : bands) {
            double weight = b.standardPopulation() / b.population();
            squares += b.count() * (weight * weight);
            standard += b.standardPopulation();
        }
        return 1 / (standard * standard) * squares;
    }

    private static Estimate dobson(
            List<StandardisationBand> bands,
            double variance,
            double multiplier,
            List<Confidence> levels,
            String method) {
        double total = 0;
        double weighted = 0;
        double standard = 0;
        for (StandardisationBand b : bands) {
            total += b.count();
            weighted += b.count() * b.standardPopulation() / b.population();
            standard += b.standardPopulation();
        }
        if (total < SUPPRESS_BELOW) {
            return Estimate.suppressed(levels, "dsr NA for total count < 10");
        }
        double value = weighted / standard * multiplier;
        double scale = Math.sqrt(variance / total);
        double count = total;
        return new Estimate(
                value,
                levels.stream()
                        .map(c -> new Limits(
                                c,
                                value + scale * (Byars.lower(count, c) - count) * multiplier,
                                value + scale * (Byars.upper(count, c) - count) * multiplier))
                        .toList(),
                java.util.Optional.of(method));
    }
}
