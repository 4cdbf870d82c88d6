package org.openics.workforce;

/**
 * A figure a user sees: a value, or "not calculated" with the reason (no establishment returned, no denominator).
 *
 * @param value the value, or null when not calculated
 * @param reason why there is no value, or null when there is one
 */
public record Figure(Double value, String reason) {

    public Figure {
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("a figure has either a value or the reason it has none");
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("a figure's value is a finite number");
        }
    }

    public static Figure of(double value) {
        return new Figure(value, null);
    }

    public static Figure notCalculated(String reason) {
        return new Figure(null, reason);
    }

    public boolean calculated() {
        return value != null;
    }
}
