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
    void snomedCtIdentifiersWithOneDigitChangedOrTwoSwappedFailTheVerhoeffCheck() {
        // the generator's apixaban, donepezil and audiometry codes (dm+d and international release ids), and others
        // above
        List<String> valid =
                List.of("703908001", "323365007", "108249004", "44054006", "195967001", "999000011000230102");
        for (String code : valid) {
            assertThat(CodeChecks.problem(CodeChecks.SNOMED, code)).as(code).isNull();
            for (int i = 0; i < code.length(); i++) {
                if (i >= code.length() - 3 && i < code.length() - 1) {
                    continue; // the partition digits: a change there may fail the partition check first
                }
                char digit = code.charAt(i);
                char other = (char) ('0' + (digit - '0' + 1 + i % 9) % 10);
                String changed = code.substring(0, i) + other + code.substring(i + 1);
                if (changed.charAt(0) == '0') {
                    continue;
                }
                assertThat(CodeChecks.problem(CodeChecks.SNOMED, changed))
                        .as(changed)
                        .contains("Verhoeff");
            }
        }
        // the generator's earlier codes, each one digit away from a valid identifier
        for (String wrong : List.of("703907009", "326774000", "67186003")) {
            assertThat(CodeChecks.problem(CodeChecks.SNOMED, wrong))
                    .as(wrong)
                    .isEqualTo("'" + wrong + "' fails the SNOMED CT Verhoeff check digit");
        }
        assertThat(CodeChecks.problem(CodeChecks.SNOMED, "44045006"))
                .as("two adjacent digits swapped")
                .contains("Verhoeff");
    }

    @Test
    void loincAnswerAndPartCodesAreLoincAndTheirCheckDigitIsChecked() {
        // answer codes (Positive, Negative, Yes, No) and part codes, with LOINC's check digit for codes with letters
        for (String code : List.of("LA6576-8", "LA6577-6", "LA33-6", "LA32-8", "LA15173-0", "LP14082-9", "LP6960-1")) {
            assertThat(CodeChecks.problem(CodeChecks.LOINC, code)).as(code).isNull();
        }
        assertThat(CodeChecks.problem(CodeChecks.LOINC, "LA6576-9"))
                .as("wrong check digit")
                .contains("mod-10");
        assertThat(CodeChecks.problem(CodeChecks.LOINC, "LP14028-9"))
                .as("two digits swapped")
                .contains("mod-10");
        assertThat(CodeChecks.problem(CodeChecks.LOINC, "LX6576-8"))
                .as("no such prefix")
                .contains("not a LOINC code");
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
        ResourceSummary observation = new ResourceSummary(
                "Observation",
                "o1",
                List.of(),
                List.of(),
                List.of(),
                Set.of("subject", "code", "status"),
                List.of("http://loinc.org|99999-9"));
        assertThat(new IngestRules(LocalDate.of(2026, 1, 1)).problems(observation, r -> true))
                .extracting(org.openics.record.Problem::text)
                .containsExactly("unknown code: '99999-9' fails the LOINC mod-10 check digit");
    }
}
