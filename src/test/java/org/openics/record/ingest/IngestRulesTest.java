package org.openics.record.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openics.record.Problem;
import org.openics.record.ProblemKind;
import org.openics.record.ingest.ResourceSummary.DatedElement;

class IngestRulesTest {

    final IngestRules rules = new IngestRules(LocalDate.of(2026, 11, 22));

    static ResourceSummary patient(String nhs, List<DatedElement> dates) {
        return new ResourceSummary(
                "Patient",
                "p1",
                List.of("https://fhir.nhs.uk/Id/nhs-number|" + nhs),
                List.of(),
                dates,
                Set.of("identifier"));
    }

    @Test
    void aValidPatientHasNoProblems() {
        assertThat(texts(rules, patient("9990000018", List.of(new DatedElement("birthDate", "1960-12-10"))), r -> true))
                .isEmpty();
    }

    @Test
    void anNhsNumberFailingModulus11IsAProblem() {
        assertThat(texts(rules, patient("9990000019", List.of()), r -> true))
                .singleElement()
                .asString()
                .contains("Modulus 11");
    }

    @Test
    void impossibleFutureAndOutOfOrderDatesAreProblems() {
        assertThat(texts(rules, patient("9990000018", List.of(new DatedElement("birthDate", "2023-02-30"))), r -> true))
                .singleElement()
                .asString()
                .startsWith("impossible date birthDate");
        assertThat(texts(rules, patient("9990000018", List.of(new DatedElement("birthDate", "2030-01-01"))), r -> true))
                .singleElement()
                .asString()
                .startsWith("date in the future");
        assertThat(texts(
                        rules,
                        patient(
                                "9990000018",
                                List.of(
                                        new DatedElement("birthDate", "1980-01-01"),
                                        new DatedElement("deceasedDateTime", "1970-01-01T00:00:00Z"))),
                        r -> true))
                .singleElement()
                .asString()
                .startsWith("death (1970-01-01) before birth");
    }

    @Test
    void futureDatesAreRefusedOnlyWhereTheyCannotBeInTheFuture() {
        IngestRules at = new IngestRules(java.time.Instant.parse("2026-11-22T10:00:00Z"));
        ResourceSummary device = new ResourceSummary(
                "Device",
                "d1",
                List.of(),
                List.of(),
                List.of(new DatedElement("expirationDate", "2031-06-30")),
                Set.of("expirationDate"));
        assertThat(texts(at, device, r -> true)).as("a device's expiry date").isEmpty();
        ResourceSummary benefit = new ResourceSummary(
                "ExplanationOfBenefit",
                "e1",
                List.of(),
                List.of(),
                List.of(
                        new DatedElement("billablePeriod.end", "2027-11-22"),
                        new DatedElement("created", "2026-11-22T09:59:00Z")),
                Set.of());
        assertThat(texts(at, benefit, r -> true))
                .as("the end of a billable period")
                .isEmpty();
        ResourceSummary provenance = new ResourceSummary(
                "Provenance",
                "v1",
                List.of(),
                List.of(),
                List.of(new DatedElement("recorded", "2026-11-22T10:00:07Z")),
                Set.of());
        assertThat(texts(at, provenance, r -> true))
                .as("recorded seven seconds ahead (clock skew)")
                .isEmpty();
        ResourceSummary late = new ResourceSummary(
                "Provenance",
                "v2",
                List.of(),
                List.of(),
                List.of(new DatedElement("recorded", "2026-11-22T11:00:00+00:00")),
                Set.of());
        assertThat(texts(at, late, r -> true))
                .containsExactly("date in the future: Provenance.recorded 2026-11-22T11:00:00+00:00");
        ResourceSummary observation = new ResourceSummary(
                "Observation",
                "o1",
                List.of(),
                List.of(),
                List.of(
                        new DatedElement("effectiveDateTime", "2026-12-01T08:00:00Z"),
                        new DatedElement("effective.start", "2027-01-01")),
                Set.of("subject", "code", "status"));
        assertThat(texts(at, observation, r -> true))
                .hasSize(2)
                .allMatch(p -> p.startsWith("date in the future: Observation.effective"));
        ResourceSummary encounter = new ResourceSummary(
                "Encounter",
                "e1",
                List.of(),
                List.of(),
                List.of(new DatedElement("period.start", "2027-03-01")),
                Set.of("subject", "status", "class"));
        assertThat(texts(at, encounter, r -> true)).as("a planned encounter").isEmpty();
        assertThat(texts(at, patient("9990000018", List.of(new DatedElement("birthDate", "2026-11-23"))), r -> true))
                .as("a date alone may be tomorrow (time zones)")
                .isEmpty();
    }

    @Test
    void missingRequiredElementsAndUnresolvableReferencesAreProblems() {
        ResourceSummary condition = new ResourceSummary(
                "Condition", "c1", List.of(), List.of("Patient/nobody"), List.of(), Set.of("subject"));
        assertThat(texts(rules, condition, r -> false))
                .containsExactly("required element Condition.code is missing", "unresolvable reference Patient/nobody");
        assertThat(texts(rules, condition, r -> true)).containsExactly("required element Condition.code is missing");
    }

    @Test
    void eachProblemIsAKindWithItsParticulars() {
        ResourceSummary condition = new ResourceSummary(
                "Condition", "c1", List.of(), List.of("Patient/nobody"), List.of(), Set.of("subject"));
        assertThat(rules.problems(condition, r -> false))
                .containsExactly(
                        new Problem(ProblemKind.REQUIRED_ELEMENT_MISSING, "Condition.code"),
                        new Problem(ProblemKind.UNRESOLVABLE_REFERENCE, "Patient/nobody"));
        assertThat(rules.problems(
                        patient("9990000018", List.of(new DatedElement("birthDate", "1850-01-01"))), r -> true))
                .extracting(Problem::kind)
                .containsExactly(ProblemKind.DATE_TOO_EARLY);
    }

    static List<String> texts(
            IngestRules rules, ResourceSummary resource, java.util.function.Predicate<String> resolvable) {
        return rules.problems(resource, resolvable).stream().map(Problem::text).toList();
    }

    @Test
    void partialDatesAreFine() {
        assertThat(IngestRules.day("1980")).isEqualTo(LocalDate.of(1980, 1, 1));
        assertThat(IngestRules.day("1980-05")).isEqualTo(LocalDate.of(1980, 5, 1));
        assertThat(IngestRules.day("1980-13")).isNull();
    }
}
