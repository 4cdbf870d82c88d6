package org.openics.governance;

import java.time.LocalDate;

/** An interest a person has declared in an organisation, with the dates it applies. */
public record DeclaredInterest(
        String person,
        InterestKind kind,
        String organisation,
        String description,
        LocalDate validFrom,
        LocalDate validTo)
        implements Dated {

    public DeclaredInterest {
        Codes.require(person, "person");
        if (kind == null
                || organisation == null
                || organisation.isBlank()
                || description == null
                || description.isBlank()) {
            throw new IllegalArgumentException(
                    "an interest declared by " + person + " needs a kind, an organisation and a description");
        }
        Dated.check(validFrom, validTo, "the interest declared by " + person);
    }
}
