package org.openics.governance;

/** The kinds of decision-making body in an ICS. */
public enum BodyKind {
    ICB_BOARD("ICB board"),
    INTEGRATED_CARE_PARTNERSHIP("Integrated care partnership"),
    BOARD_COMMITTEE("Committee of the ICB board"),
    PLACE_COMMITTEE("Place committee (local care partnership)"),
    JOINT_COMMITTEE("Joint committee"),
    PROVIDER_COLLABORATIVE_BOARD("Provider collaborative board"),
    HEALTH_AND_WELLBEING_BOARD("Health and wellbeing board"),
    NEIGHBOURHOOD_TEAM("Neighbourhood (PCN) leadership team");

    private final String label;

    BodyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
