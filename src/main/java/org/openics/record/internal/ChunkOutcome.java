package org.openics.record.internal;

import java.util.List;

/**
 * What happened to each resource of one atomically processed chunk (a bundle, or a slice of an NDJSON file).
 *
 * @param items in the order received
 */
record ChunkOutcome(List<Item> items) {

    enum Status { CREATED, UPDATED, UNCHANGED, QUARANTINED }

    record Item(Incoming incoming, String type, String id, int version, Status status, String reason) {

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
