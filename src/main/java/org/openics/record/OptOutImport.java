package org.openics.record;

import java.util.List;

/**
 * What an opt-out import did: {@code read = loaded + rejected}; of those loaded, {@code unchanged} were already
 * recorded so (importing a file again changes nothing). Rejected lines carry file:line and the reason; a file that
 * could not be read at all loads nothing ({@code failure} says why).
 */
public record OptOutImport(
        String file, OptOutKind kind, long read, long loaded, long unchanged, List<Rejected> rejected, String failure) {

    public OptOutImport {
        rejected = List.copyOf(rejected);
    }

    /** One line that was not loaded, and why. */
    public record Rejected(String file, long line, String reason) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + reason;
        }
    }

    public boolean failed() {
        return failure != null;
    }

    public static OptOutImport failed(String file, OptOutKind kind, String failure) {
        return new OptOutImport(file, kind, 0, 0, 0, List.of(), failure);
    }
}
