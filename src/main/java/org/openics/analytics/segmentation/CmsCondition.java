package org.openics.analytics.segmentation;

import java.util.Set;

/**
 * The 20 conditions of the Cambridge Multimorbidity Score with their general-outcome weights, as published in
 * Payne RA, Mendonca SC, Elliott MN et al. "Development and validation of the Cambridge Multimorbidity Score",
 * CMAJ 2020;192(5):E107-E114, doi:10.1503/cmaj.190757 (table of the 20-condition model, general-outcome
 * column: the average of the standardised weights for consultations, unplanned admission and death).
 *
 * <p>Each condition lists the SNOMED CT codes our records carry for it (the synthetic population's codes,
 * {@code synthetic.population.LongTermCondition}). Seven of the 20 have no code in our data and can never
 * count; the published definitions that rest on prescriptions (e.g. asthma "with a prescription in the last
 * year", painful condition "four or more analgesic prescriptions") are reduced to "diagnosis recorded", because
 * the analytic facts carry no medicines. docs/cohorts.md lists both.
 */
public enum CmsCondition {
    ALCOHOL_PROBLEMS("Alcohol problems", 0.65),
    ANXIETY_OR_DEPRESSION("Anxiety or depression", 0.50, "35489007"),
    ATRIAL_FIBRILLATION("Atrial fibrillation", 1.34, "49436004"),
    /** Published as a new diagnosis in the last five years: {@link CambridgeMultimorbidityScore} applies the window. */
    CANCER("Cancer (diagnosed in the last 5 years)", 1.53, "363346000"),
    CHRONIC_KIDNEY_DISEASE("Chronic kidney disease", 0.53, "709044004"),
    CONNECTIVE_TISSUE_DISORDER("Connective tissue disorder", 0.43),
    COPD("Chronic obstructive pulmonary disease", 1.46, "13645005"),
    CORONARY_HEART_DISEASE("Coronary heart disease", 0.49, "414545008"),
    DEMENTIA("Dementia", 2.50, "52448006"),
    DIABETES("Diabetes", 0.75, "44054006"),
    EPILEPSY("Epilepsy", 0.92),
    HEARING_LOSS("Hearing loss", 0.09),
    HEART_FAILURE("Heart failure", 1.18, "84114007"),
    IRRITABLE_BOWEL_SYNDROME("Irritable bowel syndrome", 0.21),
    PSYCHOSIS("Schizophrenia, bipolar disorder or other psychosis", 0.64, "58214004"),
    STROKE_TIA("Stroke or transient ischaemic attack", 0.80, "230690007"),
    ASTHMA("Asthma", 0.19, "195967001"),
    HYPERTENSION("Hypertension", 0.08, "38341003"),
    CONSTIPATION("Constipation", 1.12),
    PAINFUL_CONDITION("Painful condition", 0.92);

    private final String label;
    private final double weight;
    private final Set<String> snomed;

    CmsCondition(String label, double weight, String... snomed) {
        this.label = label;
        this.weight = weight;
        this.snomed = Set.of(snomed);
    }

    public String label() {
        return label;
    }

    /** The published general-outcome weight. */
    public double weight() {
        return weight;
    }

    /** The SNOMED CT codes in our data that record the condition (empty when our data cannot express it). */
    public Set<String> snomed() {
        return snomed;
    }

    /** Whether our data can record the condition at all. */
    public boolean expressible() {
        return !snomed.isEmpty();
    }

    /** The condition a SNOMED CT code records, if it is one of the score's. */
    public static java.util.Optional<CmsCondition> of(String code) {
        for (CmsCondition condition : values()) {
            if (condition.snomed.contains(code)) {
                return java.util.Optional.of(condition);
            }
        }
        return java.util.Optional.empty();
    }
}
