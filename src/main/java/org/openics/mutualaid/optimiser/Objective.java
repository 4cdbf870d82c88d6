package org.openics.mutualaid.optimiser;

import org.openics.mutualaid.Priority;

/**
 * What a transfer is worth: a more urgent waiter always before a less urgent one (1,000 points a step of priority,
 * more than any wait adds), then the longer waiter (a point a week), and a point for moving anyone at all; distance
 * breaks ties (one point per {@link #SCALE} tenths of a mile).
 */
public final class Objective {

    /** Cost units per point; distances are costed in tenths of a mile. */
    public static final long SCALE = 1_000_000L;

    private Objective() {}

    public static long benefit(Priority priority, int weeksWaited) {
        return priority.urgency() * 1000L + Math.min(weeksWaited, 998) + 1;
    }

    public static long distanceCost(double miles) {
        return Math.round(miles * 10);
    }

    /** The objective of moving someone of this benefit this far, in points. */
    public static double points(long benefit, double miles) {
        return benefit - (double) distanceCost(miles) / SCALE;
    }
}
