package org.openics.governance;

import java.time.LocalDate;

/** Something in force from a date until an end date (inclusive), or open-ended when the end is null. */
public interface Dated {

    LocalDate validFrom();

    LocalDate validTo();

    default boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom()) && (validTo() == null || !date.isAfter(validTo()));
    }

    /** True when this is in force on at least one day from {@code from} to {@code to} (null: open). */
    default boolean overlaps(LocalDate from, LocalDate to) {
        return (validTo() == null || !from.isAfter(validTo())) && (to == null || !to.isBefore(validFrom()));
    }

    static void check(LocalDate from, LocalDate to, String what) {
        if (from == null) {
            throw new IllegalArgumentException(what + " needs a start date");
        }
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException(what + " ends (" + to + ") before it starts (" + from + ")");
        }
    }
}
