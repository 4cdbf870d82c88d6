package org.openics.record.internal;

import java.util.List;
import org.openics.record.Problem;

/**
 * What happened to each resource of one atomically processed chunk (a bundle, or a slice of an NDJSON file).
 *
 * @param items in the order received
 */
record ChunkOutcome(List<Item> items) {

    /** HELD: a reference did not resolve yet; tried again at the end of the load (neither stored nor quarantined yet). */
    enum Status {
        CREATED,
        UPDATED,
        UNCHANGED,
        QUARANTINED,
        HELD
    }

    /** @param problems why it was quarantined (empty when it was not)
     *  @param summary what the rules read of it, null when it could not be read */
    record Item(
            Incoming incoming,
            String type,
            String id,
            int version,
            Status status,
            List<Problem> problems,
            org.openics.record.ingest.ResourceSummary summary) {

        /** Why it was quarantined, as text (null when it was not). */
        String reason() {
            return problems.isEmpty() ? null : Problem.text(problems);
        }

        String key() {
            return type + "/" + id;
        }
    }

    long count(Status status) {
        return items.stream().filter(i -> i.status() == status).count();
    }

    boolean anyQuarantined() {
        return count(Status.QUARANTINED) > 0;
    }
}
