package org.openics.record;

import java.util.List;
import java.util.Optional;
import org.openics.kernel.Actor;
import org.openics.kernel.NhsNumber;

/**
 * The master person index: the person an NHS number belongs to, explicit merges and unmerges (administrators only,
 * audited), and the persons behind analytics pseudonyms for direct care.
 */
public interface PersonIndex {

    /** The person a verified NHS number belongs to. */
    Optional<PersonId> personByNhsNumber(NhsNumber nhsNumber);

    /**
     * Merges one person into another (explicit, audited on both persons, administrators only); every record of
     * {@code from} then belongs to {@code into}. Refused, with the reason in the result, without a reason, for an
     * unknown person, a person merged with itself, or a person already merged away (on either side).
     */
    MergeResult merge(PersonId from, PersonId into, Actor actor, String reason);

    /**
     * Undoes a merge, returning the records to the person they came from (explicit, audited, with a reason). Refused,
     * with the reason in the result, for a merge that does not exist or was already undone.
     */
    MergeResult unmerge(long mergeId, Actor actor, String reason);

    /** Merges, newest first, undone ones included; only those that moved records from or into the person when given. */
    List<PersonMerge> merges(Optional<PersonId> person, int limit);

    /** One merge, undone or not. */
    Optional<PersonMerge> merge(long mergeId);

    /**
     * The persons behind analytics pseudonyms (e.g. a cohort) that the actor may see for direct care: refused for
     * roles that do not give direct care; otherwise only people with a legitimate relationship to the actor's
     * organisation (never break glass). Every person shown, and the request itself, is audited.
     */
    Reidentification reidentify(Actor actor, java.util.Collection<String> pseudonyms, String purpose);
}
