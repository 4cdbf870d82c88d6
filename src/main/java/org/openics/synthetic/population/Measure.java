package org.openics.synthetic.population;

/** The "vital five" observations and HbA1c, with their LOINC code and UCUM unit. */
public enum Measure {
    /** One observation with systolic (8480-6) and diastolic (8462-4) components, mm[Hg]. */
    BLOOD_PRESSURE("85354-9", "Blood pressure panel with all children optional", "mm[Hg]", true),
    BODY_MASS_INDEX("39156-5", "Body mass index (BMI) [Ratio]", "kg/m2", true),
    /** Coded value: {@link SmokingStatus}. */
    SMOKING_STATUS("72166-2", "Tobacco smoking status", null, false),
    /** AUDIT-C alcohol screen, score 0-12. */
    AUDIT_C("75626-2", "Total score [AUDIT-C]", "{score}", false),
    /** PHQ-9 depression screen, score 0-27. */
    PHQ9("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]", "{score}", false),
    /** GAD-7 anxiety screen, score 0-21. */
    GAD7("70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]", "{score}", false),
    HBA1C("59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol", "mmol/mol", false);

    private final String loinc;
    private final String display;
    private final String unit;
    private final boolean vitalSign;

    Measure(String loinc, String display, String unit, boolean vitalSign) {
        this.loinc = loinc;
        this.display = display;
        this.unit = unit;
        this.vitalSign = vitalSign;
    }

    public String loinc() {
        return loinc;
    }

    public String display() {
        return display;
    }

    /** UCUM unit, or null for a coded value. */
    public String unit() {
        return unit;
    }

    /** Category vital-signs (else survey or laboratory). */
    public boolean vitalSign() {
        return vitalSign;
    }
}
