package org.openics.mutualaid;

import java.util.List;
import java.util.Map;

/**
 * An optimised plan: the transfers, and what they change over the horizon. Waits are projected to the horizon's end
 * for those who stay and to its middle for those moved (treated within it); "waiting 52+ weeks" counts people still
 * waiting that long at the horizon's end. The objective is in points (urgency × 1,000 + weeks waited + 1 per person
 * moved, less a point per 100,000 miles travelled); {@code bound} is an upper bound on any plan's objective,
 * so {@code gapPercent} is how far from optimal this plan can be at most.
 *
 * @param assignments waiter id → site code, for every waiter moved
 */
public record Plan(
        PlanMethod method,
        int horizonWeeks,
        boolean equityProtected,
        int waiters,
        int waitersInReach,
        int moved,
        long slotsOffered,
        List<Transfer> transfers,
        Map<String, String> assignments,
        Outcome before,
        Outcome after,
        double totalMiles,
        double maxMiles,
        double objective,
        double bound,
        double gapPercent,
        int groups,
        int arcs,
        long solveMillis) {

    public Plan {
        transfers = List.copyOf(transfers);
        assignments = Map.copyOf(assignments);
    }

    /**
     * The waiting list as projected at the horizon's end: means in weeks, counts of people still waiting 52, 65 and 78
     * weeks or more, the mean projected wait of each deprivation fifth (index 0 unknown, 1 most deprived … 5 least), and
     * the gap between fifths 1 and 5 (most minus least deprived; NaN when either fifth is empty).
     */
    public record Outcome(
            double meanWeeks,
            int over52,
            int over65,
            int over78,
            List<Double> meanWeeksByFifth,
            double deprivationGap) {

        public Outcome {
            meanWeeksByFifth = List.copyOf(meanWeeksByFifth);
        }
    }

    public double meanMiles() {
        return moved == 0 ? 0 : totalMiles / moved;
    }
}
