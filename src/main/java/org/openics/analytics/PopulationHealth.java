package org.openics.analytics;

import java.util.List;
import java.util.Optional;
import org.openics.platform.ProgressListener;

/**
 * Entry point of population-health analytics: the indicator catalogue, its values at every level of
 * the system with breakdowns, comparisons, trends and inequalities, computed by a refresh from the
 * record's pseudonymised facts and kept so that pages and APIs read them cheaply.
 */
public interface PopulationHealth {

    /** Every indicator, in catalogue order. */
    List<Indicator> catalogue();

    Optional<Indicator> indicator(String id);

    /** Pulls new facts from the record, recomputes everything. */
    RefreshReport refresh(ProgressListener progress);

    Optional<RefreshReport> lastRefresh();

    /** Every unit of a level (optionally only those inside parentCode, e.g. practices of a place), breakdown TOTAL, latest period. */
    List<IndicatorValue> values(String indicatorId, Level level, Optional<String> parentCode);

    /** TOTAL, latest period. */
    Optional<IndicatorValue> value(String indicatorId, Level level, String code);

    /** One value per category. */
    List<IndicatorValue> breakdown(String indicatorId, Level level, String code, Breakdown by);

    /** TOTAL over periods, oldest first. */
    List<IndicatorValue> trend(String indicatorId, Level level, String code);

    /** Across deprivation deciles. */
    Optional<Inequality> inequality(String indicatorId, Level level, String code);

    Optional<AttributableDeaths> attributableDeaths(Level level, String code);

    /** Which population the figures describe (the record's people, or the demo's synthetic population). */
    PopulationDescribed populationDescribed();

    /** Headline values that moved since the refresh before the last one. */
    List<Change> changesSinceLastRefresh(Level level, String code);

    /**
     * How many people the figures leave out because they opted out (national data opt-out, type 1), as at the last
     * refresh from the record: for the whole facts store, or empty when nobody is left out (or the figures describe the
     * demo's synthetic population, which no opt-out touches).
     */
    Optional<OptOutsExcluded> optOutsExcluded();

    /** The same for one area (its people are in its figures): empty when none of its people is left out. */
    Optional<OptOutsExcluded> optOutsExcluded(Level level, String code);

    /**
     * The people the figures describe, alive at the last refresh's reference date, of a place or an ICS by ethnic group
     * as the indicators break down by it (NHS ethnic category grouped: White, Mixed, Asian, Black, Other, Not stated);
     * empty before the first refresh. Counts are of people, unsuppressed: callers that show them to the public apply
     * their own small-number rule.
     */
    Optional<java.util.Map<String, Long>> peopleByEthnicGroup(Level level, String code);
}
