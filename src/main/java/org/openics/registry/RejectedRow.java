package org.openics.registry;

/** A row of an input file that was not loaded, with where it was and why. */
public record RejectedRow(String file, long line, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
