package org.openics.mutualaid;

import java.util.ArrayList;
import java.util.List;

/**
 * What the optimiser plans: the waiters, the sites and the capacity they offer a week, over a horizon of weeks; with
 * {@code protectEquity} the plan may not widen the gap in mean projected wait between the most and least deprived fifths.
 */
public record PlanRequest(
        List<Waiter> waiters, List<Site> sites, List<Capacity> capacity, int horizonWeeks, boolean protectEquity) {

    public PlanRequest {
        waiters = List.copyOf(waiters);
        sites = List.copyOf(sites);
        capacity = List.copyOf(capacity);
        if (horizonWeeks < 1 || horizonWeeks > 52) {
            throw new IllegalArgumentException("the planning horizon is 1–52 weeks: " + horizonWeeks);
        }
    }

    /** What if a site offered {@code slots} more a week in a specialty. */
    public PlanRequest withExtraSlots(String site, String specialty, int slots) {
        List<Capacity> more = new ArrayList<>();
        boolean found = false;
        for (Capacity c : capacity) {
            if (c.site().equals(site) && c.specialty().equals(specialty)) {
                more.add(new Capacity(site, specialty, c.slotsPerWeek() + slots));
                found = true;
            } else {
                more.add(c);
            }
        }
        if (!found) {
            more.add(new Capacity(site, specialty, slots));
        }
        return new PlanRequest(waiters, sites, more, horizonWeeks, protectEquity);
    }

    /** What if every waiter's travel limit were {@code limit}. */
    public PlanRequest withTravelLimit(TravelLimit limit) {
        return new PlanRequest(
                waiters.stream().map(w -> w.withTravelLimit(limit)).toList(),
                sites,
                capacity,
                horizonWeeks,
                protectEquity);
    }

    public PlanRequest withEquity(boolean protect) {
        return new PlanRequest(waiters, sites, capacity, horizonWeeks, protect);
    }
}
