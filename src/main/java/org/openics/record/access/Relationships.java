package org.openics.record.access;

import java.util.Map;
import java.util.Optional;
import org.openics.kernel.NhsNumber;

/**
 * A person's legitimate relationships with organisations, from their records: registered practice and
 * its PCN, providers of encounters, referrals and waiting list entries. Keyed by ODS code, with the
 * relationship in words.
 */
public record Relationships(Optional<NhsNumber> nhsNumber, Map<String, String> organisations) {

    public Relationships {
        nhsNumber = nhsNumber == null ? Optional.empty() : nhsNumber;
        organisations = Map.copyOf(organisations);
    }
}
