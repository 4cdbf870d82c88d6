package org.openics.estates;

/** The room types whose utilisation a site returns (share of core hours booked and used, per cent). */
public enum RoomType {
    CLINICAL("Clinical space"),
    CONSULTING("Consulting and treatment rooms"),
    OFFICE("Office space");

    private final String label;

    RoomType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
