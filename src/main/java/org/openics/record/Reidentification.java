package org.openics.record;

import java.util.List;

/**
 * The answer to a request to re-identify pseudonyms: refused outright for roles that do not give direct care,
 * otherwise the persons the actor has a legitimate relationship with ({@code withheld} counts the others).
 */
public record Reidentification(AccessDecision decision, List<PersonSummary> persons, long withheld) {

    public Reidentification {
        persons = List.copyOf(persons);
    }
}
