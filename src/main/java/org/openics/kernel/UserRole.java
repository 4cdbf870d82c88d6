package org.openics.kernel;

/** What a signed-in user is, which decides what they may see and change in every module. */
public enum UserRole {
    CLINICIAN("Clinician"),
    CARE_WORKER("Care worker"),
    ANALYST("Analyst"),
    RESIDENT("Resident"),
    ADMIN("Administrator");

    private final String label;

    UserRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
