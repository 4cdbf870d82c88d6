package org.openics.synthetic.population;

/**
 * NHS treatment function codes of the referral-to-treatment waiting list, with their approximate
 * share of the national list (docs/synthetic-population.md).
 */
public enum Specialty {
    GENERAL_SURGERY("100", "General Surgery", 0.07),
    UROLOGY("101", "Urology", 0.05),
    TRAUMA_AND_ORTHOPAEDICS("110", "Trauma and Orthopaedics", 0.12),
    ENT("120", "Ear Nose and Throat", 0.07),
    OPHTHALMOLOGY("130", "Ophthalmology", 0.09),
    ORAL_SURGERY("140", "Oral Surgery", 0.03),
    GENERAL_INTERNAL_MEDICINE("300", "General Internal Medicine", 0.04),
    GASTROENTEROLOGY("301", "Gastroenterology", 0.06),
    CARDIOLOGY("320", "Cardiology", 0.05),
    DERMATOLOGY("330", "Dermatology", 0.06),
    RESPIRATORY_MEDICINE("340", "Respiratory Medicine", 0.03),
    NEUROLOGY("400", "Neurology", 0.03),
    RHEUMATOLOGY("410", "Rheumatology", 0.02),
    PAEDIATRICS("420", "Paediatrics", 0.04),
    GYNAECOLOGY("502", "Gynaecology", 0.08),
    OTHER("999", "Other", 0.16);

    private final String code;
    private final String display;
    private final double share;

    Specialty(String code, String display, double share) {
        this.code = code;
        this.display = display;
        this.share = share;
    }

    public String code() {
        return code;
    }

    public String display() {
        return display;
    }

    public double share() {
        return share;
    }
}
