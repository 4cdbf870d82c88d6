package org.openics.analytics;

/** Ways a value is broken down into categories. */
public enum Breakdown { TOTAL, DEPRIVATION_QUINTILE, DEPRIVATION_DECILE, ETHNICITY, AGE_BAND, SEX }
