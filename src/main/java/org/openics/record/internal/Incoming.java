package org.openics.record.internal;

/** One resource as received, before parsing: its JSON text and where it came from. */
record Incoming(String text, String file, long line, String fullUrl) {

    Incoming {
        fullUrl = fullUrl == null || fullUrl.isBlank() ? null : fullUrl;
    }
}
