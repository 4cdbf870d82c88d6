package org.openics.analytics;

/** Whether a higher value is better, worse, or neither. */
public enum Polarity {
    HIGH_IS_GOOD,
    LOW_IS_GOOD,
    NO_JUDGEMENT
}
