package org.openics.record.linkage;

import java.util.Optional;
import org.openics.kernel.NhsNumber;

/** How a patient record was linked to its person. */
public enum LinkMethod {
    /** One person per verified NHS number. */
    NHS_NUMBER,
    /** No NHS number: an exact match on family name, given name, date of birth and postcode. */
    DEMOGRAPHICS,
    /** No NHS number and no safe match: a person of its own, known by the sender's local identifier. */
    UNVERIFIED,
    /** Moved by an explicit merge. */
    MERGED;

    /** The strongest method available for a record; the store then tries it and falls back to {@link #UNVERIFIED}. */
    public static LinkMethod strongest(Optional<NhsNumber> nhsNumber, Demographics demographics) {
        if (nhsNumber.isPresent()) {
            return NHS_NUMBER;
        }
        return demographics.matchKey().isPresent() ? DEMOGRAPHICS : UNVERIFIED;
    }
}
