package org.openics.platform;

/**
 * Receives progress of a long job. Domain code reports through this interface only; the command line
 * shows a progress bar on a terminal and plain lines otherwise, the server logs.
 */
public interface ProgressListener {

    /** A new phase of known size ({@code total} &lt; 0 when unknown). */
    void start(String phase, long total);

    /** What a phase counts: things (people, resources, rows) or bytes of input (shown in MB). */
    enum Unit {
        ITEMS,
        BYTES
    }

    /** A new phase whose size is counted in {@code unit}; listeners that do not show units take it as {@link #start(String, long)}. */
    default void start(String phase, long total, Unit unit) {
        start(phase, total);
    }

    void advance(long done);

    void finish();

    ProgressListener NONE = new ProgressListener() {
        @Override
        public void start(String phase, long total) {}

        @Override
        public void advance(long done) {}

        @Override
        public void finish() {}
    };
}
