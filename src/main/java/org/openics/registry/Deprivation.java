package org.openics.registry;

/** English Indices of Deprivation for one LSOA: score, national rank (1 = most deprived) and decile. */
public record Deprivation(double score, int rank, int decile) {

    public Deprivation {
        if (decile < 1 || decile > 10) {
            throw new IllegalArgumentException("an IMD decile is 1 to 10, not " + decile);
        }
        if (rank < 1) {
            throw new IllegalArgumentException("an IMD rank starts at 1, not " + rank);
        }
    }

    /** National quintile, 1 = most deprived fifth. */
    public int quintile() {
        return (decile + 1) / 2;
    }
}
