package org.openics.synthetic;

/** The registry lacks data the generator needs for an ICS; the message says which file to import. */
public final class MissingReferenceData extends RuntimeException {

    public MissingReferenceData(String message) {
        super(message);
    }
}
