package org.openics.analytics.cohorts;

/** The breakdowns of a cohort count shown to analysts. */
public enum CohortBreakdown {
    PLACE("Place"),
    DEPRIVATION_QUINTILE("Deprivation quintile (1 = most deprived)"),
    ETHNIC_GROUP("Ethnic group"),
    AGE_BAND("Age band"),
    SEX("Sex"),
    SEGMENT("Segment");

    private final String label;

    CohortBreakdown(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
