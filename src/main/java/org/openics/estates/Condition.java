package org.openics.estates;

/** The physical condition categories of the estates return (A best, D worst). */
public enum Condition {
    A("As new; expected to perform adequately over its life"),
    B("Sound, operationally safe; minor deterioration"),
    C("Operational but needs major repair or replacement soon"),
    D("Runs a serious risk of imminent breakdown");

    private final String label;

    Condition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
