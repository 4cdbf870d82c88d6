package org.openics.engagement;

/**
 * A count that may be shown or withheld: counts of 1 to 7 are shown as "<8" (the cohort builder's rule), and a
 * second count is withheld where one withheld count could otherwise be worked out from the total. A withheld cell
 * carries no number at all, so that neither a page nor the API can disclose it.
 */
public record Cell(Long count, boolean suppressed) {

    public static final int THRESHOLD = 8;

    public Cell {
        if (suppressed == (count != null)) {
            throw new IllegalArgumentException("a withheld count hides its number, a shown one has it");
        }
    }

    /** What a reader sees. */
    public String shown() {
        return suppressed ? "<" + THRESHOLD : Long.toString(count);
    }
}
