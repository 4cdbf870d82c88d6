package org.openics.governance;

/** How the eligible members voted; consensus is recorded as all for, none against. */
public record Votes(int inFavour, int against, int abstaining, boolean consensus) {

    public Votes {
        if (inFavour < 0 || against < 0 || abstaining < 0) {
            throw new IllegalArgumentException("vote counts cannot be negative");
        }
    }

    public static Votes byConsensus() {
        return new Votes(0, 0, 0, true);
    }

    public int cast() {
        return inFavour + against + abstaining;
    }

    public boolean carried() {
        return consensus || inFavour > against;
    }

    public String describe() {
        return consensus ? "agreed by consensus" : inFavour + " for, " + against + " against, " + abstaining + " abstaining";
    }
}
