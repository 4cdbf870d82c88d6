package org.openics.mutualaid;

import java.time.LocalDate;

/** A provider's offer of slots a week in one specialty at one site, until {@code expires}; {@code slotsLeft} over the whole offer. */
public record CapacityOffer(
        long id,
        String provider,
        String site,
        String specialty,
        int slotsPerWeek,
        int weeks,
        LocalDate expires,
        int slotsLeft,
        String offeredBy) {

    public boolean expiredOn(LocalDate day) {
        return day.isAfter(expires);
    }
}
