package org.openics.governance;

import java.time.LocalDate;

/** An office a person holds in an organisation (e.g. "non-executive director" of a trust). */
public record Affiliation(String person, String organisation, String office, LocalDate validFrom, LocalDate validTo)
        implements Dated {

    public Affiliation {
        Codes.require(person, "person");
        if (organisation == null || organisation.isBlank() || office == null || office.isBlank()) {
            throw new IllegalArgumentException("an affiliation of " + person + " needs an organisation and an office");
        }
        Dated.check(validFrom, validTo, "the affiliation of " + person + " with " + organisation);
    }
}
