package org.openics.record;

import java.util.Optional;
import org.openics.kernel.NhsNumber;

/**
 * One person re-identified from an analytics pseudonym for direct care: who they are (NHS number, name), their
 * registered practice and the relationship that allowed the disclosure.
 */
public record PersonSummary(
        PersonId person,
        Optional<NhsNumber> nhsNumber,
        String name,
        String practice,
        String pseudonym,
        String relationship) {

    public PersonSummary {
        if (person == null || pseudonym == null) {
            throw new IllegalArgumentException("a person summary names the person and the pseudonym");
        }
        nhsNumber = nhsNumber == null ? Optional.empty() : nhsNumber;
    }
}
