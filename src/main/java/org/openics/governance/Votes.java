package org.openics.governance;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the eligible members voted; consensus is recorded as all for, none against. When the votes are recorded by name
 * ({@code byMember}: person id → vote), the counts are derived from them; counts given as well must agree.
 */
public record Votes(int inFavour, int against, int abstaining, boolean consensus, Map<String, Vote> byMember) {

    public Votes(int inFavour, int against, int abstaining, boolean consensus) {
        this(inFavour, against, abstaining, consensus, Map.of());
    }

    public Votes {
        if (inFavour < 0 || against < 0 || abstaining < 0) {
            throw new IllegalArgumentException("vote counts cannot be negative");
        }
        Map<String, Vote> named = new TreeMap<>();
        if (byMember != null) {
            byMember.forEach((person, vote) -> {
                if (person == null || person.isBlank() || vote == null) {
                    throw new IllegalArgumentException(
                            "each recorded vote needs the member and for, against or abstain");
                }
                named.put(person.strip(), vote);
            });
        }
        byMember = Collections.unmodifiableMap(named);
        if (!named.isEmpty()) {
            if (consensus) {
                throw new IllegalArgumentException("votes recorded by name are not a consensus: give one or the other");
            }
            int f = count(named, Vote.FOR);
            int a = count(named, Vote.AGAINST);
            int ab = count(named, Vote.ABSTAIN);
            if ((inFavour | against | abstaining) != 0 && (inFavour != f || against != a || abstaining != ab)) {
                throw new IllegalArgumentException("the counts given (" + inFavour + " for, " + against + " against, "
                        + abstaining + " abstaining) are not the votes recorded by name (" + f + " for, " + a
                        + " against, " + ab + " abstaining)");
            }
            inFavour = f;
            against = a;
            abstaining = ab;
        }
    }

    public static Votes byConsensus() {
        return new Votes(0, 0, 0, true);
    }

    /** The counts derived from each member's vote. */
    public static Votes named(Map<String, Vote> byMember) {
        return new Votes(0, 0, 0, false, byMember);
    }

    private static int count(Map<String, Vote> votes, Vote vote) {
        return (int) votes.values().stream().filter(v -> v == vote).count();
    }

    public boolean named() {
        return !byMember.isEmpty();
    }

    public int cast() {
        return inFavour + against + abstaining;
    }

    public boolean carried() {
        return consensus || inFavour > against;
    }

    public String describe() {
        return consensus
                ? "agreed by consensus"
                : inFavour + " for, " + against + " against, " + abstaining + " abstaining"
                        + (named() ? " (each member's vote recorded)" : "");
    }
}
