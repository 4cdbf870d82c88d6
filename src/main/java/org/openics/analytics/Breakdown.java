package org.openics.analytics;

/** Ways a value is broken down into categories. */
public enum Breakdown {
    TOTAL,
    DEPRIVATION_QUINTILE,
    DEPRIVATION_DECILE,
    ETHNICITY,
    AGE_BAND,
    SEX,
    /**
     * Deprivation deciles within the area (ICS or place only): the area's LSOAs ranked by IMD and cut into ten groups of
     * about equal population, as OHID's local SII uses ("deprivation deciles within area"); 1 = most deprived tenth.
     */
    LOCAL_DEPRIVATION_DECILE
}
