package org.openics.record.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openics.kernel.Actor;
import org.openics.kernel.NhsNumber;
import org.openics.kernel.UserRole;
import org.openics.record.AccessDecision;
import org.openics.record.AccessRequest;
import org.openics.record.PersonId;

class AccessPolicyTest {

    static final NhsNumber ADA = new NhsNumber("9990000018");
    static final Relationships ADA_AT_PRACTICE = new Relationships(
            Optional.of(ADA),
            Map.of(
                    "Z00001",
                    "registered at practice Z00001",
                    "U90001",
                    "registered at practice Z00001 in PCN U90001",
                    "RJ1",
                    "encounter with RJ1"));

    final AccessPolicy policy = new AccessPolicy();

    static Actor staff(UserRole role, String organisation) {
        return new Actor(role.name().toLowerCase(), role, Optional.of(organisation), Optional.empty());
    }

    static AccessRequest request(Actor actor, String breakGlass) {
        return new AccessRequest(actor, new PersonId(1), "read", "direct care", Optional.ofNullable(breakGlass));
    }

    @Test
    void aClinicianAtThePatientsPracticeIsGrantedWithTheRelationshipAsReason() {
        AccessDecision decision = policy.decide(
                request(staff(UserRole.CLINICIAN, "Z00001"), null), ADA_AT_PRACTICE, List.of("Z00001", "U90001"));
        assertThat(decision.granted()).isTrue();
        assertThat(decision.reason()).isEqualTo("legitimate relationship: registered at practice Z00001");
    }

    @Test
    void aClinicianElsewhereInThePcnIsGranted() {
        assertThat(policy.decide(
                                request(staff(UserRole.CLINICIAN, "Z00005"), null),
                                ADA_AT_PRACTICE,
                                List.of("Z00005", "U90001"))
                        .reason())
                .contains("PCN U90001");
    }

    @Test
    void aCareWorkerWithoutARelationshipIsRefusedButMayBreakGlassWithAReason() {
        Actor careWorker = staff(UserRole.CARE_WORKER, "ZBHC1");
        assertThat(policy.decide(request(careWorker, null), ADA_AT_PRACTICE, List.of("ZBHC1"))
                        .granted())
                .isFalse();
        assertThat(policy.decide(request(careWorker, "  "), ADA_AT_PRACTICE, List.of("ZBHC1"))
                        .granted())
                .isFalse();
        AccessDecision glass =
                policy.decide(request(careWorker, "found collapsed at home"), ADA_AT_PRACTICE, List.of("ZBHC1"));
        assertThat(glass.granted()).isTrue();
        assertThat(glass.reason()).isEqualTo("break glass: found collapsed at home");
    }

    @Test
    void analystsAreRefusedEvenWithBreakGlass() {
        assertThat(policy.decide(
                                request(staff(UserRole.ANALYST, "Z00001"), "curious"),
                                ADA_AT_PRACTICE,
                                List.of("Z00001"))
                        .granted())
                .isFalse();
    }

    @Test
    void residentsSeeTheirOwnRecordOnly() {
        Actor ada = new Actor("ada", UserRole.RESIDENT, Optional.empty(), Optional.of(ADA));
        Actor other = new Actor("bob", UserRole.RESIDENT, Optional.empty(), Optional.of(new NhsNumber("9990000026")));
        assertThat(policy.decide(request(ada, null), ADA_AT_PRACTICE, List.of()).granted())
                .isTrue();
        assertThat(policy.decide(request(other, "please"), ADA_AT_PRACTICE, List.of())
                        .granted())
                .isFalse();
    }

    @Test
    void rolesThatGiveNoDirectCareAreRefusedEvenAtThePatientsPracticeAndWithBreakGlass() {
        for (UserRole role : List.of(
                UserRole.GOVERNANCE_ADMIN,
                UserRole.FINANCE_LEAD,
                UserRole.OPERATIONS_LEAD,
                UserRole.WORKFORCE_LEAD,
                UserRole.ESTATES_LEAD,
                UserRole.ENGAGEMENT_LEAD)) {
            AccessDecision decision =
                    policy.decide(request(staff(role, "Z00001"), "urgent"), ADA_AT_PRACTICE, List.of("Z00001"));
            assertThat(decision.granted()).as(role.name()).isFalse();
            assertThat(decision.reason()).contains(role.label()).contains("no direct care");
        }
    }

    @Test
    void noRoleOutsideReadRecordIsEverGrantedEvenWithARelationshipAndBreakGlass() {
        for (UserRole role : UserRole.values()) {
            if (org.openics.record.RecordPermission.READ_RECORD.allows(role)) {
                continue;
            }
            Actor actor = new Actor(role.name().toLowerCase(), role, Optional.of("Z00001"), Optional.empty());
            assertThat(policy.decide(request(actor, "an emergency"), ADA_AT_PRACTICE, List.of("Z00001", "U90001"))
                            .granted())
                    .as(role.name())
                    .isFalse();
        }
    }
}
