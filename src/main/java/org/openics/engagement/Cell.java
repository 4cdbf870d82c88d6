package org.openics.engagement;

/**
 * A count that may be shown or withheld: counts of 1 to 7 are shown as "<8" (as the cohort builder does), and a
 * second count is withheld where one withheld count could otherwise be worked out from the total.
 */
public record Cell(long count, boolean suppressed) {

    public static final int THRESHOLD = 8;

    /** What a reader sees. */
    public String shown() {
        return suppressed ? "<" + THRESHOLD : Long.toString(count);
    }

    /** The count for arithmetic, or null when withheld. */
    public Long value() {
        return suppressed ? null : count;
    }
}
