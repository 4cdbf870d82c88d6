package org.openics.governance.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openics.governance.DelegateKind;
import org.openics.governance.Delegation;
import org.openics.governance.Fixtures;
import org.openics.governance.model.GovernanceModel;

class SchemeCheckTest {

    final GovernanceModel demo = Fixtures.demo();

    @Test
    void theDemoSchemeHasNoProblems() {
        assertThat(SchemeCheck.problems(demo.functions(), demo.delegations(), demo.allBodies()))
                .isEmpty();
    }

    @Test
    void anEntryGivenBySomeoneWhoDoesNotHoldTheFunctionOrToAnUnknownBodyIsAProblem() {
        List<Delegation> entries = new ArrayList<>(demo.delegations());
        entries.add(new Delegation(
                "X-1",
                "DENTAL",
                "QZZ-AUDIT",
                "QZZ-NOWHERE",
                DelegateKind.COMMITTEE,
                null,
                5L,
                "",
                LocalDate.of(2026, 1, 1),
                null));
        entries.add(new Delegation(
                "X-1",
                "NOPE",
                "STATUTE",
                "DIRECTOR_OF_MAGIC",
                DelegateKind.INDIVIDUAL,
                null,
                null,
                "",
                LocalDate.of(2026, 1, 1),
                null));
        assertThat(SchemeCheck.problems(demo.functions(), entries, demo.allBodies()))
                .containsExactly(
                        "scheme entry X-1 delegates to QZZ-NOWHERE, which is not a body of the ICS",
                        "scheme entry X-1 is delegated by QZZ-AUDIT, who holds DENTAL under no entry of the scheme",
                        "scheme entry X-1 appears twice",
                        "scheme entry X-1 is for an unknown function NOPE",
                        "scheme entry X-1 delegates to an individual but DIRECTOR_OF_MAGIC is not a role");
    }
}
