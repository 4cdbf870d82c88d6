package org.openics.engagement;

/** Whether a consultation accepts responses on a day. */
public enum ConsultationStatus {
    NOT_YET_OPEN("Not yet open"),
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;

    ConsultationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
