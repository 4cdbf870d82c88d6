package org.openics.analytics.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A two-sided confidence level between 0.9 and 1. Levels written as percentages (90 to 100) are accepted
 * and scaled, as the published methods do. 95% and 99.8% together are the usual Fingertips pair.
 */
public record Confidence(double level) {

    public static final Confidence NINETY_FIVE = new Confidence(0.95);
    public static final Confidence NINETY_NINE_POINT_EIGHT = new Confidence(0.998);
    public static final List<Confidence> FINGERTIPS_PAIR = List.of(NINETY_FIVE, NINETY_NINE_POINT_EIGHT);

    public Confidence {
        if (!(level >= 0.9 && level <= 1)) {
            throw new IllegalArgumentException("confidence level must be between 0.9 and 1 (or 90 and 100): " + level);
        }
    }

    /** A level given either as a proportion (0.95) or a percentage (95). */
    public static Confidence of(double given) {
        if (given > 1 && given < 90 || given > 100 || given < 0.9) {
            throw new IllegalArgumentException(
                    "confidence level must be between 0.9 and 1 or between 90 and 100, not " + format(given));
        }
        return new Confidence(given >= 90 ? given / 100 : given);
    }

    /** A comma-separated list such as {@code 0.95,0.998} or {@code 95,99.8}. */
    public static List<Confidence> parseList(String text) {
        List<Confidence> levels = new ArrayList<>();
        for (String part : text.split(",")) {
            String trimmed = part.trim();
            try {
                levels.add(of(Double.parseDouble(trimmed)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("confidence level '" + trimmed + "' is not a number");
            }
        }
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("give at least one confidence level");
        }
        return List.copyOf(levels);
    }

    /** The lower tail probability, written as the published code writes it so results agree to the last digit. */
    public double lowerTail() {
        return (1 - level) / 2;
    }

    /** The upper tail probability {@code level + (1 - level) / 2}. */
    public double upperTail() {
        return level + (1 - level) / 2;
    }

    /** The standard normal deviate for this two-sided level (1.959963984540054 for 95%), never 1.96. */
    public double z() {
        return Distributions.normalQuantile(upperTail());
    }

    /** The column suffix the published methods use: {@code 95_0} for 95%, {@code 99_8} for 99.8%. */
    public String suffix() {
        return String.format(Locale.ROOT, "%.1f", level * 100).replace('.', '_');
    }

    private static String format(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
