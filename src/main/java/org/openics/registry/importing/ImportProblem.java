package org.openics.registry.importing;

/** A file that cannot be imported at all (unrecognised, unreadable, no date): nothing is loaded. */
public final class ImportProblem extends RuntimeException {

    public ImportProblem(String message) {
        super(message);
    }

    public ImportProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
