package org.openics.analytics;

/** Levels of the system of systems at which indicators are computed. */
public enum Level {
    ICS,
    PLACE,
    PCN,
    PRACTICE,
    LSOA
}
