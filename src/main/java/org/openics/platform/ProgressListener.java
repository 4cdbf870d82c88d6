package org.openics.platform;

/**
 * Receives progress of a long job. Domain code reports through this interface only; the command line
 * shows a progress bar on a terminal and plain lines otherwise, the server logs.
 */
public interface ProgressListener {

    /** A new phase of known size ({@code total} &lt; 0 when unknown). */
    void start(String phase, long total);

    void advance(long done);

    void finish();

    ProgressListener NONE = new ProgressListener() {
        @Override
        public void start(String phase, long total) {
        }

        @Override
        public void advance(long done) {
        }

        @Override
        public void finish() {
        }
    };
}
