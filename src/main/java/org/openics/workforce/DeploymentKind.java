package org.openics.workforce;

/** How staff work for a partner organisation other than their employer. */
public enum DeploymentKind {
    /** Employed by one organisation, working for another for a time. */
    SECONDMENT("Secondment", true),
    /** One post shared between two organisations; the FTE recorded is the host's share. */
    JOINT_POST("Joint post", true),
    /** Bank staff of one organisation's bank working shifts at another (the FTE is the shifts worked). */
    SHARED_BANK("Shared bank", true),
    /** A move of employer with the staff passport carrying checks and training across: permanent, from its date. */
    PASSPORT_TRANSFER("Staff passport transfer", false);

    private final String label;
    private final boolean temporary;

    DeploymentKind(String label, boolean temporary) {
        this.label = label;
        this.temporary = temporary;
    }

    public String label() {
        return label;
    }

    /** True when the staff keep their employer and the host gains them only while the deployment lasts. */
    public boolean temporary() {
        return temporary;
    }
}
