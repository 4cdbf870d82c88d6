package org.openics.analytics;

/** Significance against a benchmark or parent; HIGHER/LOWER when the indicator has no polarity. */
public enum Comparison {
    BETTER,
    SIMILAR,
    WORSE,
    HIGHER,
    LOWER,
    NOT_COMPARED
}
