package org.openics.analytics.segmentation;

import java.time.LocalDate;
import java.util.Set;

/**
 * Puts a person into one Bridges-to-Health segment with rules the pseudonymised facts can support. The first
 * rule met wins (the most severe segment first); each returns its reason. docs/cohorts.md explains each
 * threshold and what the original model has that our data lacks (pregnancy, frailty index, palliative care
 * register).
 */
public final class SegmentRules {

    /** SNOMED CT "Intellectual disability", as the synthetic population records it. */
    public static final String LEARNING_DISABILITY = "110359009";

    public static final int FRAILTY_AGE = 80;
    public static final int FRAILTY_CONDITIONS = 3;
    public static final int COMPLEX_CONDITIONS = 3;
    public static final int END_OF_LIFE_ADMISSIONS = 2;

    private SegmentRules() {}

    public static Segmentation segment(PersonHistory person, LocalDate asAt) {
        CambridgeMultimorbidityScore.Result cms = CambridgeMultimorbidityScore.of(person.conditions(), asAt);
        Set<CmsCondition> present = cms.conditions();
        int count = cms.count();
        boolean learningDisability = person.conditions().stream()
                .anyMatch(c -> LEARNING_DISABILITY.equals(c.code())
                        && (c.onset() == null || !c.onset().isAfter(asAt)));
        Integer age = person.age();
        String why;
        Segment segment;
        if (person.deathDate() != null
                && !person.deathDate().isAfter(asAt)
                && person.deathDate().isAfter(asAt.minusYears(1))) {
            segment = Segment.END_OF_LIFE;
            why = "died on " + person.deathDate() + ", within the year before " + asAt;
        } else if (present.contains(CmsCondition.CANCER) && person.emergencyAdmissions() >= END_OF_LIFE_ADMISSIONS) {
            segment = Segment.END_OF_LIFE;
            why = "cancer diagnosed in the last 5 years and " + person.emergencyAdmissions()
                    + " emergency admissions in the last year";
        } else if (present.contains(CmsCondition.DEMENTIA)) {
            segment = Segment.FRAILTY_DEMENTIA;
            why = "dementia recorded";
        } else if (age != null && age >= FRAILTY_AGE && count >= FRAILTY_CONDITIONS) {
            segment = Segment.FRAILTY_DEMENTIA;
            why = "aged " + age + " with " + count + " long-term conditions (frailty proxy)";
        } else if (present.contains(CmsCondition.HEART_FAILURE) || present.contains(CmsCondition.COPD)) {
            segment = Segment.LIMITED_RESERVE;
            why = present.contains(CmsCondition.HEART_FAILURE) ? "heart failure recorded" : "COPD recorded";
        } else if (learningDisability) {
            segment = Segment.DISABILITY;
            why = "learning disability recorded";
        } else if (count >= COMPLEX_CONDITIONS) {
            segment = Segment.CHRONIC_COMPLEX;
            why = count + " long-term conditions of the Cambridge Multimorbidity Score";
        } else if (count >= 1) {
            segment = Segment.CHRONIC_STABLE;
            why = count + (count == 1 ? " long-term condition" : " long-term conditions");
        } else if (person.emergencyAdmissions() + person.emergencyAttendances() > 0) {
            segment = Segment.ACUTE_EPISODE;
            why = "no long-term condition; emergency care in the last year";
        } else if (age != null && age < 1) {
            segment = Segment.MATERNAL_AND_INFANT;
            why = "infant under 1 year";
        } else {
            segment = Segment.HEALTHY;
            why = "no long-term condition and no emergency care in the last year";
        }
        return new Segmentation(segment, why, cms.score(), count);
    }
}
