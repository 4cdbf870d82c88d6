package org.openics.dashboard.view;

import java.util.Locale;
import org.openics.analytics.Comparison;
import org.openics.analytics.IndicatorValue;

/** The two confidence levels a reader can choose (Fingertips' pair), and which limits and comparisons each reads. */
public enum ConfidenceLevel {
    NINETY_FIVE("95", "95%"),
    NINETY_NINE_POINT_EIGHT("99.8", "99.8%");

    private final String parameter;
    private final String label;

    ConfidenceLevel(String parameter, String label) {
        this.parameter = parameter;
        this.label = label;
    }

    /** As written in the address ({@code 95} or {@code 99.8}); anything else is rejected with the choices. */
    public static ConfidenceLevel fromParameter(String text) {
        if (text == null || text.isBlank()) {
            return NINETY_FIVE;
        }
        String trimmed = text.trim().replace("%", "");
        for (ConfidenceLevel level : values()) {
            if (level.parameter.equals(trimmed) || level.name().equalsIgnoreCase(trimmed)) {
                return level;
            }
        }
        throw new IllegalArgumentException("confidence must be 95 or 99.8, not '" + text + "'");
    }

    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    public Double lower(IndicatorValue value) {
        return this == NINETY_FIVE ? value.lower95() : value.lower998();
    }

    public Double upper(IndicatorValue value) {
        return this == NINETY_FIVE ? value.upper95() : value.upper998();
    }

    public Comparison vsBenchmark(IndicatorValue value) {
        return orNotCompared(this == NINETY_FIVE ? value.vsBenchmark95() : value.vsBenchmark998());
    }

    public Comparison vsParent(IndicatorValue value) {
        return orNotCompared(this == NINETY_FIVE ? value.vsParent95() : value.vsParent998());
    }

    private static Comparison orNotCompared(Comparison comparison) {
        return comparison == null ? Comparison.NOT_COMPARED : comparison;
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT);
    }
}
