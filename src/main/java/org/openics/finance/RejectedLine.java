package org.openics.finance;

/** A line of an input file that was not loaded: where it was, what kind of problem, and the detail a user reads. */
public record RejectedLine(String file, long line, RejectionKind kind, String detail) {

    public RejectedLine {
        if (kind == null || detail == null || detail.isBlank()) {
            throw new IllegalArgumentException("a rejected line has a kind and a detail");
        }
    }

    /** file:line: reason, as the command line and the page show it. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + detail;
    }
}
