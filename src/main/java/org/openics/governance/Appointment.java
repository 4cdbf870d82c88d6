package org.openics.governance;

import java.time.LocalDate;

/**
 * A person's seat on a body for a term of office.
 *
 * @param represents registry code of the organisation the member represents (partner and core members), or null
 */
public record Appointment(
        String person, String body, Role role, String represents, LocalDate validFrom, LocalDate validTo)
        implements Dated {

    public Appointment {
        Codes.require(person, "person");
        Codes.require(body, "body");
        if (role == null) {
            throw new IllegalArgumentException("the appointment of " + person + " to " + body + " has no role");
        }
        Dated.check(validFrom, validTo, "the appointment of " + person + " to " + body);
    }
}
