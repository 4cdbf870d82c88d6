package org.openics.mutualaid;

import java.util.Optional;

/**
 * The waiting list of one provider × treatment function × priority ({@code priority} empty: all priorities, including
 * entries without a known priority) on a date:
 * how many wait, the median and 92nd-centile wait in weeks (empty with {@code notCalculated} below
 * {@link org.openics.mutualaid.waits.WaitingListSummary#MINIMUM_FOR_CENTILES} waiters), the share waiting under 18
 * weeks with its 95% Wilson interval, and how many have waited 52, 65 and 78 weeks or more.
 */
public record WaitsRow(
        String provider,
        String treatmentFunction,
        Optional<Priority> priority,
        int waiting,
        Optional<Double> medianWeeks,
        Optional<Double> centile92Weeks,
        Optional<String> notCalculated,
        int within18,
        double shareWithin18,
        double lower95,
        double upper95,
        int over52,
        int over65,
        int over78) {}
