package org.openics.synthetic.population;

/**
 * The long-term conditions of the QOF registers, with their SNOMED CT diagnosis code and a
 * prevalence model: recorded prevalence by age band (0-17, 18-39, 40-59, 60-69, 70-79, 80+), a
 * multiplier for men and for women, a deprivation gradient (relative change per IMD decile towards
 * the most deprived) and multipliers for the broad ethnic groups (White, Mixed, Asian, Black,
 * Other). Sources and the figures they reproduce are in docs/synthetic-population.md.
 */
public enum LongTermCondition {
    HYPERTENSION(
            "38341003",
            "Hypertensive disorder",
            "HYP",
            new double[] {0.00047, 0.019, 0.1235, 0.323, 0.456, 0.551},
            1.1,
            0.9,
            0.035,
            eth(1.0, 1.1, 1.15, 1.45, 1.0)),
    DIABETES(
            "44054006",
            "Diabetes mellitus type 2",
            "DM",
            new double[] {0.00072, 0.01224, 0.0612, 0.1152, 0.144, 0.1296},
            1.2,
            0.8,
            0.07,
            eth(1.0, 1.3, 2.4, 1.8, 1.3)),
    CORONARY_HEART_DISEASE(
            "414545008",
            "Ischemic heart disease",
            "CHD",
            new double[] {0, 0.0007, 0.01566, 0.05655, 0.0957, 0.1392},
            1.55,
            0.5,
            0.07,
            eth(1.0, 1.0, 1.5, 0.6, 1.0)),
    STROKE_TIA(
            "230690007",
            "Cerebrovascular accident",
            "STIA",
            new double[] {0.00017, 0.00172, 0.00946, 0.0301, 0.0559, 0.0946},
            1.1,
            0.9,
            0.05,
            eth(1.0, 1.0, 1.0, 1.3, 1.0)),
    ATRIAL_FIBRILLATION(
            "49436004",
            "Atrial fibrillation",
            "AF",
            new double[] {0, 0.00091, 0.00684, 0.0342, 0.0855, 0.171},
            1.3,
            0.75,
            0.0,
            eth(1.0, 0.7, 0.5, 0.5, 0.6)),
    HEART_FAILURE(
            "84114007",
            "Heart failure",
            "HF",
            new double[] {0.00008, 0.0005, 0.00336, 0.0126, 0.0294, 0.0672},
            1.3,
            0.75,
            0.06,
            eth(1.0, 1.0, 1.0, 1.1, 1.0)),
    COPD(
            "13645005",
            "Chronic obstructive lung disease",
            "COPD",
            new double[] {0, 0.001, 0.012, 0.045, 0.07, 0.08},
            1.05,
            0.95,
            0.12,
            eth(1.0, 0.7, 0.45, 0.45, 0.5)),
    ASTHMA(
            "195967001",
            "Asthma",
            "AST",
            new double[] {0.06, 0.065, 0.065, 0.065, 0.07, 0.065},
            0.9,
            1.1,
            0.03,
            eth(1.0, 1.1, 0.9, 0.9, 0.8)),
    CHRONIC_KIDNEY_DISEASE(
            "709044004",
            "Chronic kidney disease",
            "CKD",
            new double[] {0, 0.003, 0.02, 0.07, 0.16, 0.30},
            0.85,
            1.15,
            0.04,
            eth(1.0, 1.1, 1.2, 1.2, 1.0)),
    DEPRESSION(
            "35489007",
            "Depressive disorder",
            "DEP",
            new double[] {0.01, 0.14, 0.16, 0.13, 0.11, 0.10},
            0.65,
            1.35,
            0.06,
            eth(1.0, 1.0, 0.6, 0.55, 0.6)),
    SEVERE_MENTAL_ILLNESS(
            "58214004",
            "Schizophrenia",
            "MH",
            new double[] {0.00045, 0.0081, 0.0117, 0.0099, 0.0081, 0.0072},
            1.15,
            0.85,
            0.12,
            eth(1.0, 1.5, 1.2, 2.6, 1.5)),
    DEMENTIA(
            "52448006",
            "Dementia",
            "DEM",
            new double[] {0, 0, 0.0006, 0.006, 0.03, 0.11},
            0.85,
            1.15,
            0.03,
            eth(1.0, 1.0, 1.0, 1.2, 1.0)),
    CANCER(
            "363346000",
            "Malignant neoplastic disease",
            "CAN",
            new double[] {0.001, 0.006, 0.03, 0.07, 0.10, 0.12},
            0.95,
            1.05,
            -0.01,
            eth(1.0, 0.7, 0.6, 0.7, 0.7)),
    LEARNING_DISABILITY(
            "110359009",
            "Intellectual disability",
            "LD",
            new double[] {0.006, 0.007, 0.005, 0.004, 0.003, 0.002},
            1.35,
            0.65,
            0.05,
            eth(1.0, 1.0, 1.0, 1.0, 1.0));

    private static final int[] BAND_FLOORS = {0, 18, 40, 60, 70, 80};

    private final String snomed;
    private final String display;
    private final String qofRegister;
    private final double[] byAgeBand;
    private final double male;
    private final double female;
    private final double deprivationGradient;
    private final double[] byEthnicGroup;

    LongTermCondition(
            String snomed,
            String display,
            String qofRegister,
            double[] byAgeBand,
            double male,
            double female,
            double deprivationGradient,
            double[] byEthnicGroup) {
        this.snomed = snomed;
        this.display = display;
        this.qofRegister = qofRegister;
        this.byAgeBand = byAgeBand;
        this.male = male;
        this.female = female;
        this.deprivationGradient = deprivationGradient;
        this.byEthnicGroup = byEthnicGroup;
    }

    private static double[] eth(double white, double mixed, double asian, double black, double other) {
        return new double[] {white, mixed, asian, black, other, 1.0};
    }

    public String snomed() {
        return snomed;
    }

    public String display() {
        return display;
    }

    /** The QOF register abbreviation (HYP, DM, CHD ...). */
    public String qofRegister() {
        return qofRegister;
    }

    /** Index of the age band (0-17, 18-39, 40-59, 60-69, 70-79, 80+) of an age in years. */
    public static int band(int age) {
        int band = 0;
        while (band + 1 < BAND_FLOORS.length && age >= BAND_FLOORS[band + 1]) {
            band++;
        }
        return band;
    }

    public static int bandFloor(int band) {
        return BAND_FLOORS[band];
    }

    /**
     * The chance that a person has the condition recorded, before person-level clustering and any
     * practice calibration.
     */
    public double probability(int age, Sex sex, int imdDecile, Ethnicity ethnicity) {
        return byAgeBand[band(age)]
                * (sex == Sex.MALE ? male : female)
                * Math.exp(deprivationGradient * (5.5 - imdDecile))
                * byEthnicGroup[ethnicity.group().ordinal()];
    }
}
