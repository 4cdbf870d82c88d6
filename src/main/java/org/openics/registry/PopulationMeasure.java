package org.openics.registry;

/** Which population a figure counts. */
public enum PopulationMeasure {
    /** Patients registered at a GP practice. */
    REGISTERED,
    /** Residents of an area (ONS mid-year estimate). */
    RESIDENT,
    RESIDENT_0_15,
    RESIDENT_16_59,
    RESIDENT_60_PLUS,
    /** NHS England need-weighted populations, by allocation component. */
    WEIGHTED_GENERAL_ACUTE,
    WEIGHTED_COMMUNITY,
    WEIGHTED_MENTAL_HEALTH,
    WEIGHTED_MATERNITY,
    WEIGHTED_HEALTH_INEQUALITIES,
    WEIGHTED_PRESCRIBING,
    WEIGHTED_FINAL,
    WEIGHTED_PRIMARY_MEDICAL_CARE
}
