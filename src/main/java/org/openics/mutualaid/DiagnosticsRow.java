package org.openics.mutualaid;

import java.util.Optional;

/**
 * The diagnostics waiting list of one provider × modality (or of the whole system for a modality, {@code provider}
 * "all"): how many wait, how many for six weeks or more (the six-week standard) with the share's 95% Wilson interval,
 * how many for 13 weeks or more, the median wait in whole weeks (not calculated below five waiters), the tests a week of
 * the provider's own sites, and the weeks those tests would take to see the list (not calculated without capacity).
 */
public record DiagnosticsRow(
        String provider,
        Modality modality,
        int waiting,
        int sixPlus,
        double shareSixPlus,
        double lower95,
        double upper95,
        int thirteenPlus,
        Optional<Integer> medianWeeks,
        int testsPerWeek,
        int offeredPerWeek,
        Optional<Double> weeksOfCapacity,
        Optional<String> notCalculated) {

    /** The NHS Constitution's diagnostics standard: fewer than 1% waiting six weeks or more. */
    public static final double STANDARD = 0.01;

    public boolean meetsStandard() {
        return shareSixPlus < STANDARD;
    }
}
