package org.openics.record.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceLedgerTest {

    @Test
    void aReasonLosesItsParticularsSoThatLikeProblemsCountTogether() {
        assertThat(SourceLedger.kindOf("unresolvable reference Patient/7f3a-11")).isEqualTo("unresolvable reference");
        assertThat(SourceLedger.kindOf("invalid NHS number: check digit does not match")).isEqualTo("invalid NHS number");
        assertThat(SourceLedger.kindOf("impossible date birthDate '2023-02-30'")).isEqualTo("impossible date birthDate");
        assertThat(SourceLedger.kindOf("date in the future: Observation.effectiveDateTime 2031-01-01")).isEqualTo("date in the future");
        assertThat(SourceLedger.kindOf("death (2020-01-01) before birth (2021-01-01)")).isEqualTo("death before birth");
        assertThat(SourceLedger.kindOf("not valid FHIR R4 JSON: HAPI-1861: Failed to parse JSON encoded FHIR content:\nUnexpected character"))
                .isEqualTo("not valid FHIR R4 JSON");
    }

    @Test
    void aMissingRequiredElementKeepsItsNameAndOnlyTheFirstOfSeveralProblemsCounts() {
        assertThat(SourceLedger.kindOf("required element Observation.code is missing; unresolvable reference Patient/1"))
                .isEqualTo("required element Observation.code is missing");
    }
}
