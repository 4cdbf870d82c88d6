package org.openics.governance;

/** What became of an agenda item. */
public enum Outcome {
    APPROVED("Approved"),
    REJECTED("Rejected by vote"),
    NOT_DECIDED_INQUORATE("Not decided: inquorate"),
    NOT_DECIDED_NO_AUTHORITY("Not decided: outside the body's delegated authority");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean decided() {
        return this == APPROVED || this == REJECTED;
    }
}
