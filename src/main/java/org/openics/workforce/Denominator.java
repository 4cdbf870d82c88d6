package org.openics.workforce;

/** What a per-capita workforce figure is per 10,000 of. */
public enum Denominator {
    /** Patients registered at the place's practices (registry list sizes). */
    REGISTERED("registered patients"),
    /** NHS England's need-weighted primary medical care population of the place's practices (registry). */
    WEIGHTED("weighted patients (primary medical care)"),
    /** Residents of the place's LSOAs (registry, ONS mid-year estimates). */
    RESIDENT("residents"),
    /** Residents with two or more long-term conditions (analytics' multimorbidity indicator's numerator). */
    MULTIMORBID("residents with two or more long-term conditions");

    private final String label;

    Denominator(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
