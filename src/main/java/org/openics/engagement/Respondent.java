package org.openics.engagement;

import java.util.Optional;

/**
 * What a resident may say about themselves with a response, all optional: an email address (only where the
 * consultation asks for one response per person; kept as a keyed hash, never stored), their place (a registry code)
 * and their age band (as typed, checked by the rules).
 */
public record Respondent(Optional<String> email, Optional<String> place, Optional<String> ageBand) {

    public static final Respondent ANONYMOUS = new Respondent(Optional.empty(), Optional.empty(), Optional.empty());

    public Respondent {
        email = blankless(email);
        place = blankless(place);
        ageBand = blankless(ageBand);
    }

    private static Optional<String> blankless(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::trim).filter(v -> !v.isEmpty());
    }
}
