package org.openics.analytics;

/** How an indicator's value and confidence limits are computed. */
public enum Statistic {
    PROPORTION,
    CRUDE_RATE,
    DSR,
    INDIRECTLY_STANDARDISED_RATIO,
    MEAN,
    LIFE_EXPECTANCY,
    COUNT
}
