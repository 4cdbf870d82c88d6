package org.openics.governance;

import java.time.LocalDate;
import java.util.List;

/**
 * The published register of interests as at a date (NHS England, "Managing conflicts of interest in the NHS", 2017,
 * §6: organisations publish the interests declared by their decision-making staff at least annually): every person who
 * holds a seat on a decision-making body that day, their seats, the offices they hold elsewhere and the interests they
 * have declared, or a nil declaration.
 */
public record InterestRegister(LocalDate asAt, List<Entry> entries) {

    public InterestRegister {
        entries = List.copyOf(entries);
    }

    /** One decision-maker. {@code nil} when they hold no office elsewhere and have declared no interest in force. */
    public record Entry(
            String person, String name, List<Seat> seats, List<Office> offices, List<Declaration> interests) {

        public Entry {
            seats = List.copyOf(seats);
            offices = List.copyOf(offices);
            interests = List.copyOf(interests);
        }

        public boolean nil() {
            return offices.isEmpty() && interests.isEmpty();
        }
    }

    /** @param roleCode the role's name in the model (e.g. {@code PARTNER_MEMBER_TRUST}); {@code role} is its label */
    public record Seat(String body, String bodyName, String role, String roleCode) {}

    public record Office(String organisation, String organisationName, String office, LocalDate from, LocalDate to) {}

    public record Declaration(
            String kind,
            String organisation,
            String organisationName,
            String description,
            LocalDate from,
            LocalDate to) {}

    public int declarations() {
        return entries.stream()
                .mapToInt(e -> e.interests().size() + e.offices().size())
                .sum();
    }
}
