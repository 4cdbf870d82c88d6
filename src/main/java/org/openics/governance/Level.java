package org.openics.governance;

/** Where a decision is taken in the system of systems. */
public enum Level {
    SYSTEM("System (the whole ICS)"),
    PLACE("Place (borough)"),
    NEIGHBOURHOOD("Neighbourhood (primary care network)");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
