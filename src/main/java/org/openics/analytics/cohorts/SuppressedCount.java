package org.openics.analytics.cohorts;

/**
 * A count as an analyst may see it: the number, or null with {@code shown} "&lt;8" when it is suppressed
 * ({@link SmallNumbers} gives the rule).
 */
public record SuppressedCount(String category, Long count, boolean suppressed, String shown) {

    public SuppressedCount {
        if (suppressed == (count != null)) {
            throw new IllegalArgumentException("a suppressed count hides its number, a shown one has it");
        }
    }
}
