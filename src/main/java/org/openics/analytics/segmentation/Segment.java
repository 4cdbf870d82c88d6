package org.openics.analytics.segmentation;

import java.util.Locale;

/**
 * The population segments of Bridges to Health (Lynn J, Straube BM, Bell KM, Jencks SF, Kambic RT. "Using
 * population segmentation to provide better health care for all: the Bridges to Health model", Milbank Q
 * 2007;85(2):185-208), in the order of precedence {@link SegmentRules} applies: a person is in the first
 * segment whose rule they meet, reading from the bottom of this list up (end of life first).
 */
public enum Segment {
    HEALTHY("Healthy"),
    MATERNAL_AND_INFANT("Maternal and infant health"),
    ACUTE_EPISODE("Acute episode"),
    CHRONIC_STABLE("Chronic conditions, stable"),
    CHRONIC_COMPLEX("Chronic conditions, complex"),
    DISABILITY("Disability (learning disability)"),
    LIMITED_RESERVE("Limited reserve"),
    FRAILTY_DEMENTIA("Frailty or dementia"),
    END_OF_LIFE("Short period of decline before dying");

    private final String label;

    Segment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses a segment name in any case, with hyphens or spaces for underscores ({@code chronic-complex}). */
    public static Segment parse(String text) {
        try {
            return valueOf(
                    text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown segment '" + text + "'; one of " + java.util.Arrays.toString(values()), e);
        }
    }
}
