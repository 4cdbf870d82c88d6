package org.openics.record;

/** The master person index's identifier of one person (not an NHS number; stable across merges of others into it). */
public record PersonId(long value) {

    public PersonId {
        if (value <= 0) {
            throw new IllegalArgumentException("a person id is positive");
        }
    }
}
