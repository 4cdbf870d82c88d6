package org.openics.engagement.innovation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openics.engagement.Innovation;
import org.openics.engagement.Problem;
import org.openics.engagement.Stage;

class StageGatesTest {

    static Innovation at(
            Stage stage,
            String opportunity,
            String evidence,
            String evaluation,
            String validator,
            List<Innovation.Adoption> adoptions) {
        return new Innovation(
                "x",
                "X",
                "a need",
                Optional.of("smoking"),
                List.of(),
                "owner",
                Optional.ofNullable(opportunity),
                Optional.ofNullable(evidence),
                Optional.ofNullable(evaluation),
                Optional.ofNullable(validator),
                stage,
                Optional.empty(),
                List.of(),
                adoptions);
    }

    @Test
    void theOpportunityGateNeedsAnOpportunity() {
        assertThat(StageGates.check(at(Stage.NEED, null, null, null, null, List.of()), Stage.OPPORTUNITY, Set.of()))
                .extracting(Problem::field)
                .containsExactly("opportunity");
        assertThat(StageGates.check(at(Stage.NEED, "an app", null, null, null, List.of()), Stage.OPPORTUNITY, Set.of()))
                .isEmpty();
    }

    @Test
    void validationNeedsEvidenceAnEvaluationAndAHealthInnovationNetwork() {
        assertThat(StageGates.check(
                        at(Stage.OPPORTUNITY, "o", null, null, "HW-1", List.of()), Stage.VALIDATION, Set.of("HIN")))
                .extracting(Problem::field)
                .containsExactly("evidence", "evaluation", "validatedBy");
        assertThat(StageGates.check(
                        at(Stage.OPPORTUNITY, "o", "e", "r", "HIN", List.of()), Stage.VALIDATION, Set.of("HIN")))
                .isEmpty();
    }

    @Test
    void adoptionNeedsAFirstPlaceAdopting() {
        assertThat(StageGates.check(
                        at(Stage.VALIDATION, "o", "e", "r", "HIN", List.of()), Stage.ADOPTION, Set.of("HIN")))
                .extracting(Problem::field)
                .containsExactly("adoptions");
        assertThat(StageGates.check(
                        at(
                                Stage.VALIDATION,
                                "o",
                                "e",
                                "r",
                                "HIN",
                                List.of(new Innovation.Adoption("P", LocalDate.of(2026, 1, 1)))),
                        Stage.ADOPTION,
                        Set.of("HIN")))
                .isEmpty();
    }

    @Test
    void aStageCannotBeSkippedNorGoneBackTo() {
        assertThat(StageGates.check(at(Stage.NEED, "o", "e", "r", "HIN", List.of()), Stage.VALIDATION, Set.of("HIN")))
                .singleElement()
                .satisfies(p -> assertThat(p.detail()).contains("the next stage is Opportunity found"));
        assertThat(StageGates.check(at(Stage.VALIDATION, "o", "e", "r", "HIN", List.of()), Stage.NEED, Set.of("HIN")))
                .hasSize(1);
    }
}
