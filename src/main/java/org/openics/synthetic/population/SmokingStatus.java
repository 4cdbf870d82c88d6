package org.openics.synthetic.population;

/** Smoking status as SNOMED CT findings. */
public enum SmokingStatus {
    CURRENT("77176002", "Smoker"),
    EX("8517006", "Ex-smoker"),
    NEVER("266919005", "Never smoked tobacco");

    private final String snomed;
    private final String display;

    SmokingStatus(String snomed, String display) {
        this.snomed = snomed;
        this.display = display;
    }

    public String snomed() {
        return snomed;
    }

    public String display() {
        return display;
    }
}
