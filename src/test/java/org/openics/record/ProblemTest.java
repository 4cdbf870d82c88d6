package org.openics.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void aProblemIsRenderedAsTheReasonsText() {
        assertThat(Problem.of(ProblemKind.UNRESOLVABLE_REFERENCE, "Patient/7f3a-11")
                        .text())
                .isEqualTo("unresolvable reference Patient/7f3a-11");
        assertThat(Problem.of(ProblemKind.MALFORMED_ID, "a b").text())
                .isEqualTo("missing or malformed resource id 'a b'");
        assertThat(Problem.of(ProblemKind.UNSUPPORTED_CONDITIONAL_REFERENCE, "Patient?name=x")
                        .text())
                .isEqualTo(
                        "unsupported conditional reference Patient?name=x (only Type?identifier=system|value is resolved)");
        assertThat(Problem.of(ProblemKind.TRANSACTION_FAILED, null).text())
                .isEqualTo("not stored: another resource of the transaction failed");
        assertThat(Problem.text(List.of(
                        Problem.of(ProblemKind.REQUIRED_ELEMENT_MISSING, "Observation.code"),
                        Problem.of(ProblemKind.UNRESOLVABLE_REFERENCE, "Patient/1"))))
                .isEqualTo("required element Observation.code is missing; unresolvable reference Patient/1");
    }

    @Test
    void likeProblemsCountTogetherByKindAndAMissingRequiredElementKeepsItsName() {
        Problem one = Problem.of(ProblemKind.INVALID_NHS_NUMBER, "check digit does not match");
        Problem other = Problem.of(ProblemKind.INVALID_NHS_NUMBER, "not 10 digits");
        assertThat(one.counted()).isEqualTo(other.counted());
        assertThat(one.counted().label()).isEqualTo("invalid NHS number");
        assertThat(Problem.of(ProblemKind.NOT_FHIR_JSON, "HAPI-1861: Failed to parse\nUnexpected character")
                        .counted()
                        .label())
                .isEqualTo("not valid FHIR R4 JSON");
        Problem missing = Problem.of(ProblemKind.REQUIRED_ELEMENT_MISSING, "Observation.code");
        assertThat(missing.counted()).isEqualTo(missing);
        assertThat(missing.counted().label()).isEqualTo("required element Observation.code is missing");
        assertThat(Problem.of(ProblemKind.REQUIRED_ELEMENT_MISSING, "Condition.code")
                        .counted())
                .isNotEqualTo(missing.counted());
    }
}
