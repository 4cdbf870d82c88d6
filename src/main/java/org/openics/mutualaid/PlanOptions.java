package org.openics.mutualaid;

import java.util.Optional;

/**
 * A plan run over the board's open offers: horizon in weeks, whether the deprivation gap is protected, the travel
 * limit assumed for waiters who have not said (PIDMAS), and an optional what-if of extra slots a week at a site.
 */
public record PlanOptions(
        int horizonWeeks,
        boolean protectEquity,
        TravelLimit assumedLimit,
        Optional<String> extraSite,
        Optional<String> extraSpecialty,
        int extraSlots) {

    public PlanOptions {
        extraSite = extraSite == null ? Optional.empty() : extraSite.filter(s -> !s.isBlank());
        extraSpecialty = extraSpecialty == null ? Optional.empty() : extraSpecialty.filter(s -> !s.isBlank());
        if (extraSlots < 0 || extraSlots > 10_000) {
            throw new IllegalArgumentException("extra slots a week are 0–10,000: " + extraSlots);
        }
        if (assumedLimit == null) {
            throw new IllegalArgumentException("a travel limit to assume");
        }
    }

    public static PlanOptions defaults() {
        return new PlanOptions(12, true, TravelLimit.MILES_50, Optional.empty(), Optional.empty(), 0);
    }
}
