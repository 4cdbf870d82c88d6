package org.openics.mutualaid;

/**
 * One person on a referral-to-treatment waiting list, as the optimiser sees them: pseudonymous {@code id}, the
 * provider holding the list ({@code origin}, ODS code), the treatment function, priority, whole weeks waited, where
 * they live (practice or LSOA centroid), how far they would travel, and their deprivation fifth (1 most deprived …
 * 5 least; 0 unknown).
 */
public record Waiter(
        String id,
        String origin,
        String specialty,
        Priority priority,
        int weeksWaited,
        Location home,
        TravelLimit travelLimit,
        int deprivationFifth) {

    public Waiter {
        if (id == null
                || origin == null
                || specialty == null
                || priority == null
                || home == null
                || travelLimit == null) {
            throw new IllegalArgumentException(
                    "a waiter has an id, an origin, a specialty, a priority, a home and a travel limit");
        }
        if (weeksWaited < 0) {
            throw new IllegalArgumentException("weeks waited cannot be negative: " + weeksWaited);
        }
        if (deprivationFifth < 0 || deprivationFifth > 5) {
            throw new IllegalArgumentException("deprivation fifth is 1–5 (0 unknown): " + deprivationFifth);
        }
    }

    public Waiter withTravelLimit(TravelLimit limit) {
        return new Waiter(id, origin, specialty, priority, weeksWaited, home, limit, deprivationFifth);
    }
}
