package org.openics.mutualaid;

import java.util.Optional;
import org.openics.kernel.Pseudonym;

/**
 * One waiter's move through the workflow, by pseudonym (the waiting-list entry's person in the facts), from the
 * provider holding the list to an offer's site; {@code miles} is the straight line from their home to the site.
 */
public record PatientTransfer(
        long id,
        Pseudonym pseudonym,
        String origin,
        long offerId,
        String site,
        String specialty,
        double miles,
        TransferStatus status,
        Optional<TravelLimit> travelWillingness,
        Optional<RefusalReason> refusal,
        String detail) {}
