package org.openics.engagement;

import java.util.Optional;

/**
 * What a resident may say about themselves with a response, all optional: an email address (only where the
 * consultation asks for one response per person; kept as a keyed hash, never stored), their place (a registry code),
 * their home area (an LSOA of that place, from the registry's list: no postcode is asked), their age band and their
 * ethnic group ({@link EthnicGroup}; as typed, checked by the rules).
 */
public record Respondent(
        Optional<String> email,
        Optional<String> place,
        Optional<String> ageBand,
        Optional<String> lsoa,
        Optional<String> ethnicGroup) {

    public static final Respondent ANONYMOUS = new Respondent(Optional.empty(), Optional.empty(), Optional.empty());

    public Respondent {
        email = blankless(email);
        place = blankless(place);
        ageBand = blankless(ageBand);
        lsoa = blankless(lsoa);
        ethnicGroup = blankless(ethnicGroup);
    }

    public Respondent(Optional<String> email, Optional<String> place, Optional<String> ageBand) {
        this(email, place, ageBand, Optional.empty(), Optional.empty());
    }

    private static Optional<String> blankless(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::trim).filter(v -> !v.isEmpty());
    }
}
