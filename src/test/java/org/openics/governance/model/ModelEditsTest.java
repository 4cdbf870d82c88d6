package org.openics.governance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openics.governance.GovernanceChange;
import org.openics.governance.InterestKind;
import org.openics.governance.QuorumRule;
import org.openics.governance.Role;
import org.openics.governance.demo.DemoGovernance;

class ModelEditsTest {

    static final GovernanceModel DEMO = DemoGovernance.model();
    static final LocalDate MAY = LocalDate.of(2026, 5, 1);

    @Test
    void appointingANewPersonAddsThemAndTheirSeatAndTheModelStillChecksClean() {
        ModelEdits.Result r = ModelEdits.apply(DEMO, new GovernanceChange.Appoint("pm-gp-2", "Dr New Partner", DemoGovernance.BOARD,
                Role.PARTNER_MEMBER_GENERAL_PRACTICE, null, MAY, null));
        assertThat(r.problems()).isEmpty();
        assertThat(r.model().person("pm-gp-2")).isPresent();
        assertThat(r.model().seats(DemoGovernance.BOARD, MAY)).anySatisfy(s -> assertThat(s.person()).isEqualTo("pm-gp-2"));
        assertThat(ModelCheck.problems(r.model())).isEmpty();
        assertThat(r.model().appointments()).hasSize(DEMO.appointments().size() + 1);
    }

    @Test
    void appointmentsThatCannotBeAreRefusedWithTheReason() {
        assertThat(ModelEdits.apply(DEMO, new GovernanceChange.Appoint("nobody", null, DemoGovernance.BOARD, Role.MEMBER, null, MAY, null))
                .problems()).containsExactly("there is no person nobody: give a name to add them");
        assertThat(ModelEdits.apply(DEMO, new GovernanceChange.Appoint("chair", "Another", DemoGovernance.BOARD, Role.MEMBER, null, MAY, null))
                .problems()).singleElement().asString().contains("already exists");
        assertThat(ModelEdits.apply(DEMO, new GovernanceChange.Appoint("chair", null, "QZZ-NOWHERE", Role.MEMBER, null, MAY, null))
                .problems()).containsExactly("there is no body QZZ-NOWHERE");
        assertThat(ModelEdits.apply(DEMO, new GovernanceChange.Appoint("chair", null, DemoGovernance.BOARD, Role.CHAIR, null, MAY, null))
                .problems()).singleElement().asString().contains("already holds that seat");
        assertThat(ModelEdits.apply(DEMO, new GovernanceChange.Appoint("new-1", "Bad dates", DemoGovernance.BOARD, Role.MEMBER, null, MAY,
                MAY.minusDays(1))).problems()).singleElement().asString().contains("ends (2026-04-30) before it starts");
    }

    @Test
    void endingASeatSetsItsLastDayAndOnlyASeatHeldThenCanBeEnded() {
        ModelEdits.Result r = ModelEdits.apply(DEMO, new GovernanceChange.EndSeat("chair", DemoGovernance.BOARD, Role.CHAIR, MAY));
        assertThat(r.problems()).isEmpty();
        assertThat(r.model().seats(DemoGovernance.BOARD, MAY)).anySatisfy(s -> assertThat(s.person()).isEqualTo("chair"));
        assertThat(r.model().seats(DemoGovernance.BOARD, MAY.plusDays(1))).noneSatisfy(s -> assertThat(s.person()).isEqualTo("chair"));
        assertThat(ModelEdits.apply(DEMO, new GovernanceChange.EndSeat("chair", DemoGovernance.BOARD, Role.MEMBER, MAY)).problems())
                .singleElement().asString().contains("holds no seat as Member");
    }

    @Test
    void aDeclaredInterestIsAddedFromItsDateAndAQuorumChangeKeepsTheBody() {
        ModelEdits.Result r = ModelEdits.apply(DEMO, new GovernanceChange.DeclareInterest("chair", InterestKind.FINANCIAL, "RJ1",
                " shares in a supplier ", MAY));
        assertThat(r.model().interests("chair", MAY)).singleElement().satisfies(i -> assertThat(i.description()).isEqualTo("shares in a supplier"));
        assertThat(r.model().interests("chair", MAY.minusDays(1))).isEmpty();
        assertThat(ModelEdits.apply(DEMO, new GovernanceChange.DeclareInterest("nobody", InterestKind.FINANCIAL, "RJ1", "x", MAY)).problems())
                .containsExactly("there is no person nobody");
        ModelEdits.Result q = ModelEdits.apply(DEMO, new GovernanceChange.ChangeQuorum(DemoGovernance.BOARD, new QuorumRule(7, 2), MAY));
        assertThat(q.model().body(DemoGovernance.BOARD).orElseThrow().quorum()).isEqualTo(new QuorumRule(7, 2));
        assertThat(q.model().allBodies()).hasSameSizeAs(DEMO.allBodies());
    }
}
