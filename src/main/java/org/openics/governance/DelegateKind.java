package org.openics.governance;

/** Who holds a function under a scheme entry. */
public enum DelegateKind {
    RESERVED_TO_BOARD("reserved to the board"),
    COMMITTEE("delegated to a committee"),
    INDIVIDUAL("delegated to an individual director"),
    PLACE_COMMITTEE("delegated to a place committee"),
    JOINT_COMMITTEE("delegated to a joint committee with providers"),
    LEAD_PROVIDER("delegated to a lead provider under contract"),
    NEIGHBOURHOOD("delegated to a neighbourhood team");

    private final String label;

    DelegateKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
