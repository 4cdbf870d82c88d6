package org.openics.analytics.indicators;

import java.util.List;

/**
 * Deaths attributable to socioeconomic inequality, as in the published borough tables: the expected
 * deaths are those the area would have had if each of its age (and sex) groups had died at the rate of
 * the least deprived quintile; attributable = observed - expected; share = attributable / observed.
 */
public final class AttributableDeathsMethod {

    private AttributableDeathsMethod() {}

    /** One age (and sex) group: the area's deaths and population, and the least deprived quintile's deaths and population. */
    public record Group(
            String name, double deaths, double population, double referenceDeaths, double referencePopulation) {}

    /** The result; {@code share} is a fraction (0.45 for 45%), NaN when there were no deaths. */
    public record Result(double observed, double expected, double attributable, double share) {

        /** The share as a whole percentage, rounded half up as published (45% for 4,855 of 10,692). */
        public long sharePercent() {
            return Math.round(share * 100);
        }
    }

    /** Observed, expected, attributable and share; a group whose reference population is zero contributes no expected deaths. */
    public static Result of(List<Group> groups) {
        double observed = 0;
        double expected = 0;
        for (Group g : groups) {
            observed += g.deaths();
            if (g.referencePopulation() > 0) {
                expected += g.population() * g.referenceDeaths() / g.referencePopulation();
            }
        }
        return fromTotals(observed, expected);
    }

    /** The same arithmetic from totals already known (e.g. a published table). */
    public static Result fromTotals(double observed, double expected) {
        double attributable = observed - expected;
        return new Result(observed, expected, attributable, observed > 0 ? attributable / observed : Double.NaN);
    }
}
