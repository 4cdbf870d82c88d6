package org.openics.geography;

/** A file that cannot be imported at all (not JSON, not a FeatureCollection, no code property): nothing of it is stored. */
public class BoundaryFileException extends IllegalArgumentException {

    public BoundaryFileException(String message) {
        super(message);
    }
}
