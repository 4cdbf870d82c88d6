package org.openics.governance;

/** How one member voted on an item. */
public enum Vote {
    FOR("for"),
    AGAINST("against"),
    ABSTAIN("abstained");

    private final String label;

    Vote(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
