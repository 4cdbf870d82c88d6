package org.openics.synthetic.population;

/** The main tests of the diagnostics waiting list (DM01), as SNOMED CT procedures, with their share. */
public enum DiagnosticTest {
    MRI("113091000", "Magnetic resonance imaging", 0.20),
    CT("77477000", "Computerized axial tomography", 0.15),
    NON_OBSTETRIC_ULTRASOUND("16310003", "Diagnostic ultrasonography", 0.35),
    ECHOCARDIOGRAPHY("40701008", "Echocardiography", 0.08),
    COLONOSCOPY("73761001", "Colonoscopy", 0.06),
    GASTROSCOPY("1919006", "Esophagogastroduodenoscopy", 0.07),
    AUDIOLOGY("108249004", "Audiologic AND/OR audiometric test including vestibular function", 0.09);

    private final String snomed;
    private final String display;
    private final double share;

    DiagnosticTest(String snomed, String display, double share) {
        this.snomed = snomed;
        this.display = display;
        this.share = share;
    }

    public String snomed() {
        return snomed;
    }

    public String display() {
        return display;
    }

    public double share() {
        return share;
    }
}
