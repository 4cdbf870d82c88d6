package org.openics.record.internal;

/**
 * One resource as received, before parsing: its JSON text and where it came from.
 *
 * @param original the bytes as received when {@code text} is a rewritten form of them (a resource held back until the
 *                 end of its load, or re-processed from the quarantine); null when {@code text} is what was received
 */
record Incoming(String text, String file, long line, String fullUrl, String original) {

    Incoming {
        fullUrl = fullUrl == null || fullUrl.isBlank() ? null : fullUrl;
    }

    Incoming(String text, String file, long line, String fullUrl) {
        this(text, file, line, fullUrl, null);
    }

    /** What the sender sent: kept in the quarantine and hashed for its uniqueness. */
    String received() {
        return original == null ? text : original;
    }
}
