package org.openics.finance.capital;

/** The identifier of a capital bid, as the bidder or the finance team wrote it (e.g. "KCH-2025-07"). */
public record BidId(String value) implements Comparable<BidId> {

    public BidId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a capital bid needs an identifier");
        }
        value = value.strip();
    }

    public static BidId of(String value) {
        return new BidId(value);
    }

    @Override
    public int compareTo(BidId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
