package org.openics.governance;

/** Why an item is on the agenda: the cover sheet's "for decision", "for information" and so on. */
public enum ItemPurpose {
    DECISION("For decision"),
    ASSURANCE("For assurance"),
    DISCUSSION("For discussion"),
    INFORMATION("For information");

    private final String label;

    ItemPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
