package org.openics.synthetic.population;

/**
 * First-line medicines for the main conditions, as dm+d virtual medicinal products (SNOMED CT), and
 * the share of people on the register who are prescribed one.
 */
public enum Medicine {
    AMLODIPINE("319283006", "Amlodipine 5mg tablets", LongTermCondition.HYPERTENSION, 0.55),
    LOSARTAN("318956006", "Losartan 50mg tablets", LongTermCondition.HYPERTENSION, 0.35),
    METFORMIN("325278007", "Metformin 500mg tablets", LongTermCondition.DIABETES, 0.80),
    ATORVASTATIN("320000009", "Atorvastatin 20mg tablets", LongTermCondition.CORONARY_HEART_DISEASE, 0.80),
    BISOPROLOL("318590006", "Bisoprolol 5mg tablets", LongTermCondition.HEART_FAILURE, 0.75),
    APIXABAN("703908001", "Apixaban 5mg tablets", LongTermCondition.ATRIAL_FIBRILLATION, 0.75),
    SALBUTAMOL("320176004", "Salbutamol 100micrograms/dose inhaler", LongTermCondition.ASTHMA, 0.70),
    TIOTROPIUM("785983008", "Tiotropium 18microgram inhalation powder capsules", LongTermCondition.COPD, 0.60),
    SERTRALINE("321949006", "Sertraline 50mg tablets", LongTermCondition.DEPRESSION, 0.40),
    OLANZAPINE("322020003", "Olanzapine 10mg tablets", LongTermCondition.SEVERE_MENTAL_ILLNESS, 0.55),
    DONEPEZIL("323365007", "Donepezil 10mg tablets", LongTermCondition.DEMENTIA, 0.50);

    private final String snomed;
    private final String display;
    private final LongTermCondition condition;
    private final double uptake;

    Medicine(String snomed, String display, LongTermCondition condition, double uptake) {
        this.snomed = snomed;
        this.display = display;
        this.condition = condition;
        this.uptake = uptake;
    }

    public String snomed() {
        return snomed;
    }

    public String display() {
        return display;
    }

    public LongTermCondition condition() {
        return condition;
    }

    public double uptake() {
        return uptake;
    }
}
