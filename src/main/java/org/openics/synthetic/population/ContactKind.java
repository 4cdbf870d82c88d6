package org.openics.synthetic.population;

/** A kind of health care contact, with its FHIR encounter class (v3 ActCode) and SNOMED CT type. */
public enum ContactKind {
    GP_CONSULTATION("AMB", "ambulatory", "11429006", "Consultation"),
    OUTPATIENT("AMB", "ambulatory", "185389009", "Follow-up visit"),
    EMERGENCY_DEPARTMENT("EMER", "emergency", "4525004", "Emergency department patient visit"),
    EMERGENCY_ADMISSION("IMP", "inpatient encounter", "183452005", "Emergency hospital admission");

    private final String encounterClass;
    private final String classDisplay;
    private final String snomed;
    private final String display;

    ContactKind(String encounterClass, String classDisplay, String snomed, String display) {
        this.encounterClass = encounterClass;
        this.classDisplay = classDisplay;
        this.snomed = snomed;
        this.display = display;
    }

    public String encounterClass() {
        return encounterClass;
    }

    public String classDisplay() {
        return classDisplay;
    }

    public String snomed() {
        return snomed;
    }

    public String display() {
        return display;
    }

    /** Hospital contacts are with an acute trust, the rest with the practice. */
    public boolean hospital() {
        return this != GP_CONSULTATION;
    }
}
