package org.openics.finance.need;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.finance.NeedComponent;
import org.openics.finance.need.LocalFacts.Dimension;

/**
 * Which drivers make each component's local need index (docs/finance.md, "Local need index"). OpenICS's own, simple
 * method — not NHS England's formula, whose need models are fitted to national activity and costs — chosen so that
 * every driver is a figure the system holds about its own population and can be explained in one sentence.
 */
public record LocalNeedMethod(Map<NeedComponent, List<LocalDriver>> drivers, Map<NeedComponent, String> notCalculated) {

    public static final String EMERGENCY_ADMISSIONS = "emergency-admissions";
    public static final String MULTIMORBIDITY = "multimorbidity";
    public static final String COMPLEX_MULTIMORBIDITY = "complex-multimorbidity";
    public static final String SEVERE_MENTAL_ILLNESS = "severe-mental-illness-prevalence";
    public static final String DEPRESSION = "depression-prevalence";
    public static final String PREMATURE_MORTALITY = "premature-mortality";
    public static final String GP_CONSULTATIONS = "gp-consultations";

    public LocalNeedMethod {
        drivers = Map.copyOf(drivers);
        notCalculated = Map.copyOf(notCalculated);
    }

    /** The method OpenICS uses, component by component. */
    public static LocalNeedMethod standard() {
        return new LocalNeedMethod(
                Map.of(
                        NeedComponent.GENERAL_ACUTE,
                                List.of(
                                        LocalDriver.profile("age", EMERGENCY_ADMISSIONS, Dimension.AGE, 1),
                                        LocalDriver.profile("sex", EMERGENCY_ADMISSIONS, Dimension.SEX, 1),
                                        LocalDriver.beyondAge("long-term conditions", MULTIMORBIDITY, 1)),
                        NeedComponent.COMMUNITY,
                                List.of(
                                        LocalDriver.profile("age", EMERGENCY_ADMISSIONS, Dimension.AGE, 1),
                                        LocalDriver.beyondAge("complex multimorbidity", COMPLEX_MULTIMORBIDITY, 1)),
                        NeedComponent.MENTAL_HEALTH,
                                List.of(
                                        LocalDriver.beyondAge("severe mental illness", SEVERE_MENTAL_ILLNESS, 0.5),
                                        LocalDriver.beyondAge("depression", DEPRESSION, 0.5)),
                        NeedComponent.HEALTH_INEQUALITIES,
                                List.of(
                                        LocalDriver.profile(
                                                "deprivation", PREMATURE_MORTALITY, Dimension.DEPRIVATION, 0.5),
                                        LocalDriver.beyondAge("premature deaths", PREMATURE_MORTALITY, 0.5)),
                        NeedComponent.PRESCRIBING,
                                List.of(
                                        LocalDriver.profile("age", MULTIMORBIDITY, Dimension.AGE, 1),
                                        LocalDriver.beyondAge("long-term conditions", MULTIMORBIDITY, 1)),
                        NeedComponent.PRIMARY_MEDICAL_CARE,
                                List.of(
                                        LocalDriver.profile("age", GP_CONSULTATIONS, Dimension.AGE, 1),
                                        LocalDriver.profile("sex", GP_CONSULTATIONS, Dimension.SEX, 1),
                                        LocalDriver.profile(
                                                "deprivation", GP_CONSULTATIONS, Dimension.DEPRIVATION, 0.5))),
                Map.of(
                        NeedComponent.MATERNITY,
                                "not calculated: the analytics facts hold no births or maternity activity",
                        NeedComponent.FINAL,
                                "not calculated: NHS England combines the components by national spend shares, which OpenICS does not reproduce",
                        NeedComponent.FINAL_PRIMARY_MEDICAL_CARE,
                                "not calculated: NHS England's final primary medical care adjustments (dispensing, rurality) are not reproduced"));
    }

    public Optional<List<LocalDriver>> driversOf(NeedComponent component) {
        return Optional.ofNullable(drivers.get(component));
    }
}
