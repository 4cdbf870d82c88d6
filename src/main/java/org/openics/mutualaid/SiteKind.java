package org.openics.mutualaid;

import java.util.Locale;
import java.util.Optional;

/** What a site is: an NHS hospital, an independent-sector treatment centre, or a community diagnostic centre (CDC). */
public enum SiteKind {
    HOSPITAL,
    INDEPENDENT,
    CDC;

    /** "hospital", "independent", "cdc" (any case). */
    public static Optional<SiteKind> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "hospital" -> Optional.of(HOSPITAL);
            case "independent" -> Optional.of(INDEPENDENT);
            case "cdc" -> Optional.of(CDC);
            default -> Optional.empty();
        };
    }
}
