package org.openics.dashboard.view;

import java.util.Locale;
import org.openics.analytics.Breakdown;
import org.openics.analytics.Comparison;
import org.openics.analytics.Polarity;
import org.openics.analytics.Statistic;

/** Words for the analytics enums, as pages print them. */
public final class Words {

    private Words() {}

    public static String comparison(Comparison comparison) {
        if (comparison == null) {
            return "Not compared";
        }
        return switch (comparison) {
            case BETTER -> "Better";
            case SIMILAR -> "Similar";
            case WORSE -> "Worse";
            case HIGHER -> "Higher";
            case LOWER -> "Lower";
            case NOT_COMPARED -> "Not compared";
        };
    }

    public static String breakdown(Breakdown by) {
        return switch (by) {
            case TOTAL -> "Total";
            case DEPRIVATION_QUINTILE -> "Deprivation quintile";
            case DEPRIVATION_DECILE -> "Deprivation decile";
            case ETHNICITY -> "Ethnic group";
            case AGE_BAND -> "Age band";
            case SEX -> "Sex";
            case LOCAL_DEPRIVATION_DECILE -> "Deprivation decile within the area";
        };
    }

    public static String polarity(Polarity polarity) {
        return switch (polarity) {
            case HIGH_IS_GOOD -> "Higher is better";
            case LOW_IS_GOOD -> "Lower is better";
            case NO_JUDGEMENT -> "Neither higher nor lower is better";
        };
    }

    /** How the statistic and its confidence intervals are calculated (the OHID/Fingertips methods). */
    public static String method(Statistic statistic) {
        return switch (statistic) {
            case PROPORTION -> "Proportion; confidence intervals by Wilson's score method.";
            case CRUDE_RATE ->
                "Crude rate; confidence intervals exact (Poisson) below 10 events, Byar's method from 10.";
            case DSR ->
                "Directly standardised rate (European Standard Population 2013); confidence intervals by Dobson's method.";
            case INDIRECTLY_STANDARDISED_RATIO ->
                "Indirectly standardised ratio (observed over expected events); confidence"
                        + " intervals exact below 10 events, Byar's method from 10.";
            case MEAN -> "Mean; confidence intervals from Student's t distribution.";
            case LIFE_EXPECTANCY ->
                "Life expectancy by the Chiang II life table with Silcocks' adjustment for the last age band.";
            case COUNT -> "Count of events; no confidence interval.";
        };
    }

    public static String statistic(Statistic statistic) {
        String name = statistic.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
