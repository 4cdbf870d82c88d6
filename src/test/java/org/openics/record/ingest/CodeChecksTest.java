package org.openics.record.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Codes that cannot be in their code system, as the generator's UNKNOWN_CODE defect makes them. */
class CodeChecksTest {

    @Test
    void realSnomedCtIdentifiersPassAndTheGeneratorsUnknownCodeFails() {
        for (String code : List.of("44054006", "38341003", "195967001", "11429006", "999000011000230102", "1919006")) {
            assertThat(CodeChecks.problem(CodeChecks.SNOMED, code)).as(code).isNull();
        }
        assertThat(CodeChecks.problem(CodeChecks.SNOMED, "1999999999")).contains("partition");
        assertThat(CodeChecks.problem(CodeChecks.SNOMED, "diabetes")).contains("not a SNOMED CT identifier");
    }

    @Test
    void loincCheckDigitsAndEthnicCategories() {
        for (String code : List.of("4548-4", "8480-6", "39156-5", "85354-9", "2093-3")) {
            assertThat(CodeChecks.problem(CodeChecks.LOINC, code)).as(code).isNull();
        }
        assertThat(CodeChecks.problem(CodeChecks.LOINC, "99999-9")).contains("mod-10");
        assertThat(CodeChecks.problem(CodeChecks.LOINC, "4548")).contains("not a LOINC code");
        assertThat(CodeChecks.problem(CodeChecks.ETHNIC_CATEGORY, "A")).isNull();
        assertThat(CodeChecks.problem(CodeChecks.ETHNIC_CATEGORY, "Q")).contains("not an NHS ethnic category");
        assertThat(CodeChecks.problem("http://example.org/local", "anything")).isNull();
    }

    @Test
    void anImpossibleCodeIsAProblemOfTheResource() {
        ResourceSummary observation = new ResourceSummary("Observation", "o1", List.of(), List.of(), List.of(), Set.of("subject", "code", "status"),
                List.of("http://loinc.org|99999-9"));
        assertThat(new IngestRules(LocalDate.of(2026, 1, 1)).problems(observation, r -> true))
                .containsExactly("unknown code: '99999-9' fails the LOINC mod-10 check digit");
    }
}
