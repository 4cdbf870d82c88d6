package org.openics.finance.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.analytics.Breakdown;
import org.openics.analytics.IndicatorValue;
import org.openics.analytics.Level;
import org.openics.analytics.PopulationHealth;
import org.openics.finance.need.LocalFacts;

/**
 * The local need index's facts from analytics' published breakdowns (latest period): a place's (or the ICS's) counts
 * by age band, sex or deprivation quintile. A breakdown with a category withheld for the place (but not ICS-wide), or
 * none, is missing with its reason.
 */
final class AnalyticsLocalFacts implements LocalFacts {

    private static final Map<Dimension, Breakdown> BREAKDOWNS = Map.of(
            Dimension.AGE,
            Breakdown.AGE_BAND,
            Dimension.SEX,
            Breakdown.SEX,
            Dimension.DEPRIVATION,
            Breakdown.DEPRIVATION_QUINTILE);

    private final PopulationHealth health;
    private final String ics;

    AnalyticsLocalFacts(PopulationHealth health, String ics) {
        this.health = health;
        this.ics = ics;
    }

    @Override
    public Optional<List<Cell>> cells(String indicator, String unit, Dimension dimension) {
        List<IndicatorValue> values = values(indicator, unit, dimension);
        if (values.isEmpty() || values.stream().anyMatch(v -> !usable(v))) {
            return Optional.empty();
        }
        return Optional.of(values.stream()
                .map(v -> empty(v)
                        ? new Cell(v.category(), 0, 0)
                        : new Cell(v.category(), v.numerator(), v.denominator()))
                .toList());
    }

    /** A category with nobody in it (e.g. under-18s for an adults' indicator) is withheld without numbers, but is nobody. */
    private static boolean empty(IndicatorValue v) {
        return v.numerator() == null
                && v.suppressionReason() != null
                && (v.suppressionReason().contains("no one in the denominator")
                        || v.suppressionReason().contains("no population"));
    }

    private static boolean usable(IndicatorValue v) {
        return empty(v)
                || (v.numerator() != null
                        && v.denominator() != null
                        && !v.numerator().isNaN()
                        && !v.denominator().isNaN());
    }

    @Override
    public String missing(String indicator, String unit, Dimension dimension) {
        List<IndicatorValue> values = values(indicator, unit, dimension);
        if (values.isEmpty()) {
            return "analytics holds no " + indicator + " by " + dimension.name().toLowerCase() + " for " + unit
                    + (health.lastRefresh().isEmpty() ? " (no refresh of the indicators has run)" : "");
        }
        return values.stream()
                .filter(v -> !usable(v))
                .findFirst()
                .map(v -> indicator + " for " + unit + ", " + v.category() + ": counts withheld"
                        + (v.suppressionReason() == null ? "" : " (" + v.suppressionReason() + ")"))
                .orElse(indicator + " for " + unit + ": counts not usable");
    }

    /**
     * The unit's values, without the categories analytics withholds for the whole ICS: a category with fewer than 8 events
     * or 10 people ICS-wide (under-18s for an adults' indicator) counts next to nothing in any ratio, and is left out of
     * the place and the ICS alike rather than leaving every place's index not calculated.
     */
    private List<IndicatorValue> values(String indicator, String unit, Dimension dimension) {
        Breakdown by = BREAKDOWNS.get(dimension);
        java.util.Set<String> withheldIcsWide = health.breakdown(indicator, Level.ICS, ics, by).stream()
                .filter(v -> !usable(v))
                .map(IndicatorValue::category)
                .collect(java.util.stream.Collectors.toSet());
        return health.breakdown(indicator, unit.equals(ics) ? Level.ICS : Level.PLACE, unit, by).stream()
                .filter(v -> !withheldIcsWide.contains(v.category()))
                .toList();
    }
}
