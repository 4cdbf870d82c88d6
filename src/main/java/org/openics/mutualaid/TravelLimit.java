package org.openics.mutualaid;

import java.util.Locale;
import java.util.Optional;

/** How far a waiter said they would travel (the options of NHS England's patient-initiated mutual aid, PIDMAS). */
public enum TravelLimit {
    MILES_50(50, "up to 50 miles"),
    MILES_100(100, "up to 100 miles"),
    ANYWHERE(Double.POSITIVE_INFINITY, "anywhere in England");

    private final double miles;
    private final String label;

    TravelLimit(double miles, String label) {
        this.miles = miles;
        this.label = label;
    }

    public double miles() {
        return miles;
    }

    public String label() {
        return label;
    }

    public boolean allows(double distanceMiles) {
        return distanceMiles <= miles;
    }

    /** "50", "100", "anywhere" (or the enum name). */
    public static Optional<TravelLimit> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "50", "miles_50" -> Optional.of(MILES_50);
            case "100", "miles_100" -> Optional.of(MILES_100);
            case "anywhere", "any" -> Optional.of(ANYWHERE);
            default -> Optional.empty();
        };
    }
}
