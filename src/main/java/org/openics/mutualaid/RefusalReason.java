package org.openics.mutualaid;

/** Why a step of a transfer was refused: typed, so that the audit log, the board and the user read the same reason. */
public enum RefusalReason {
    NO_CONSENT("the patient did not consent"),
    UNSUITABLE("the sending provider judged the patient clinically unsuitable"),
    BEYOND_TRAVEL_LIMIT("the site is beyond the distance the patient would travel"),
    OFFER_EXPIRED("the capacity offer has expired"),
    CAPACITY_TAKEN("the offer has no slots left"),
    WRONG_SPECIALTY("the offer is for another specialty"),
    NOT_SENDING_PROVIDER("only a clinician of the sending provider may confirm suitability"),
    NO_RELATIONSHIP("no legitimate relationship with the patient"),
    OUT_OF_ORDER("the steps before this one are not done"),
    UNKNOWN("no such transfer or offer");

    private final String text;

    RefusalReason(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
