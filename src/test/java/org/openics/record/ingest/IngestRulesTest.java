package org.openics.record.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openics.record.ingest.ResourceSummary.DatedElement;

class IngestRulesTest {

    final IngestRules rules = new IngestRules(LocalDate.of(2026, 11, 22));

    static ResourceSummary patient(String nhs, List<DatedElement> dates) {
        return new ResourceSummary("Patient", "p1", List.of("https://fhir.nhs.uk/Id/nhs-number|" + nhs), List.of(), dates, Set.of("identifier"));
    }

    @Test
    void aValidPatientHasNoProblems() {
        assertThat(rules.problems(patient("9990000018", List.of(new DatedElement("birthDate", "1960-12-10"))), r -> true)).isEmpty();
    }

    @Test
    void anNhsNumberFailingModulus11IsAProblem() {
        assertThat(rules.problems(patient("9990000019", List.of()), r -> true)).singleElement().asString().contains("Modulus 11");
    }

    @Test
    void impossibleFutureAndOutOfOrderDatesAreProblems() {
        assertThat(rules.problems(patient("9990000018", List.of(new DatedElement("birthDate", "2023-02-30"))), r -> true))
                .singleElement().asString().startsWith("impossible date birthDate");
        assertThat(rules.problems(patient("9990000018", List.of(new DatedElement("birthDate", "2030-01-01"))), r -> true))
                .singleElement().asString().startsWith("date in the future");
        assertThat(rules.problems(patient("9990000018", List.of(new DatedElement("birthDate", "1980-01-01"),
                new DatedElement("deceasedDateTime", "1970-01-01T00:00:00Z"))), r -> true))
                .singleElement().asString().startsWith("death (1970-01-01) before birth");
    }

    @Test
    void missingRequiredElementsAndUnresolvableReferencesAreProblems() {
        ResourceSummary condition = new ResourceSummary("Condition", "c1", List.of(), List.of("Patient/nobody"), List.of(), Set.of("subject"));
        assertThat(rules.problems(condition, r -> false)).containsExactly("required element Condition.code is missing",
                "unresolvable reference Patient/nobody");
        assertThat(rules.problems(condition, r -> true)).containsExactly("required element Condition.code is missing");
    }

    @Test
    void partialDatesAreFine() {
        assertThat(IngestRules.day("1980")).isEqualTo(LocalDate.of(1980, 1, 1));
        assertThat(IngestRules.day("1980-05")).isEqualTo(LocalDate.of(1980, 5, 1));
        assertThat(IngestRules.day("1980-13")).isNull();
    }
}
