package org.openics.record;

/** What a user of the record is, which decides what they may see. */
public enum Role {
    CLINICIAN("Clinician"),
    CARE_WORKER("Care worker"),
    ANALYST("Analyst"),
    RESIDENT("Resident"),
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
