package org.openics.engagement.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openics.engagement.Innovation;
import org.openics.engagement.Stage;

/**
 * Four demo innovations at different stages, the same every time: one adopted in three places (its indicator has a
 * quarterly trend, so before and after can be read), one validated, one with an opportunity, one a need only.
 */
public final class DemoInnovations {

    public static final String ADOPTED = "heart-failure-virtual-ward";
    public static final String VALIDATED = "barbershop-blood-pressure";

    private DemoInnovations() {}

    /** One innovation to propose, the stages it is then taken through, and its adoptions (place index, days ago). */
    public record Plan(Innovation innovation, Stage reach, List<int[]> adoptions) {}

    public static List<Plan> plans(List<String> places, LocalDate today) {
        String worst = places.isEmpty() ? null : places.get(0);
        List<String> worstPlaces = worst == null ? List.of() : List.of(worst);
        return List.of(
                new Plan(
                        innovation(
                                ADOPTED,
                                "Virtual ward for heart failure",
                                "Emergency admissions for heart failure are highest where people are oldest and most deprived",
                                "emergency-admissions",
                                worstPlaces,
                                "Director of system development",
                                "Remote monitoring with a community heart failure team, as piloted elsewhere in London",
                                "A before-and-after evaluation in two London ICSs; NICE early value assessment",
                                "Fewer emergency admissions among patients monitored for six months (observational)",
                                today.plusMonths(3)),
                        Stage.ADOPTION,
                        List.of(new int[] {0, 150}, new int[] {1, 120}, new int[] {2, 100})),
                new Plan(
                        innovation(
                                VALIDATED,
                                "Blood pressure checks in barbershops",
                                "Undiagnosed high blood pressure is commonest among Black men in the most deprived areas",
                                "hypertension-undiagnosed",
                                worstPlaces,
                                "Cardiovascular prevention lead",
                                "Trained barbers offer checks and refer to community pharmacies",
                                "A feasibility study with 40 barbershops",
                                "One in five men checked had a raised reading and was referred",
                                today.plusMonths(2)),
                        Stage.VALIDATION,
                        List.of()),
                new Plan(
                        innovation(
                                "digital-stop-smoking",
                                "A digital stop-smoking service",
                                "Smoking is highest in the places with the fewest stop-smoking advisers",
                                "smoking",
                                worstPlaces,
                                "Public health consultant (tobacco control)",
                                "An app with remote advisers, commissioned with the councils",
                                null,
                                null,
                                today.plusMonths(4)),
                        Stage.OPPORTUNITY,
                        List.of()),
                new Plan(
                        innovation(
                                "loneliness-social-prescribing",
                                "Social prescribing for loneliness in later life",
                                "Residents told the panel loneliness keeps older people from seeking care",
                                "depression-anxiety-symptoms",
                                List.of(),
                                "Head of personalised care",
                                null,
                                null,
                                null,
                                today.plusMonths(6)),
                        Stage.NEED,
                        List.of()));
    }

    private static Innovation innovation(
            String code,
            String title,
            String need,
            String indicator,
            List<String> worstPlaces,
            String owner,
            String opportunity,
            String evidence,
            String evaluation,
            LocalDate due) {
        return new Innovation(
                code,
                title,
                need,
                Optional.of(indicator),
                worstPlaces,
                owner,
                Optional.ofNullable(opportunity),
                Optional.ofNullable(evidence),
                Optional.ofNullable(evaluation),
                Optional.ofNullable(evidence == null ? null : DemoPanel.NETWORK),
                Stage.NEED,
                Optional.of(due),
                List.of(),
                List.of());
    }
}
