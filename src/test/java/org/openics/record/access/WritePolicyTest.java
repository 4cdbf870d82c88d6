package org.openics.record.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openics.kernel.Actor;
import org.openics.kernel.UserRole;
import org.openics.record.Problem;

class WritePolicyTest {

    final WritePolicy policy = new WritePolicy();

    static final Writer CARE_WORKER =
            Writer.of(new Actor("careworker", UserRole.CARE_WORKER, Optional.of("ZBHC1"), Optional.empty()));
    static final Writer TRUST_FEED =
            Writer.of(new Actor("feed-rj1", UserRole.INTEGRATION_FEED, Optional.of("RJ1"), Optional.empty()));
    static final Writer OPERATOR = Writer.operator("operator");

    @Test
    void aResourceNamingTheWritersOwnOrganisationIsAllowed() {
        assertThat(policy.refusal(CARE_WORKER, "Encounter/e1", Set.of("ZBHC1"), Optional.empty()))
                .isEmpty();
        assertThat(policy.refusal(TRUST_FEED, "Encounter/e1", Set.of("RJ1"), Optional.of("RJ1")))
                .isEmpty();
    }

    @Test
    void claimingAnotherOrganisationAsAuthorIsRefusedWithBothNamed() {
        assertThat(policy.refusal(CARE_WORKER, "Encounter/e1", Set.of("ZBHC1", "RJ1"), Optional.empty()))
                .map(Problem::text)
                .contains("Encounter/e1 names RJ1 as its author or provider, but careworker may write only for ZBHC1");
    }

    @Test
    void changingWhatAnotherOrganisationRecordedIsRefused() {
        assertThat(policy.refusal(TRUST_FEED, "Condition/c1", Set.of(), Optional.of("Z00001")))
                .map(Problem::text)
                .contains("Condition/c1 was recorded by Z00001; only Z00001 may change it (feed-rj1 writes for RJ1)");
    }

    @Test
    void theOperatorsLoadIsNotBoundToAnOrganisation() {
        assertThat(policy.refusal(OPERATOR, "Encounter/e1", Set.of("RJ1", "Z00001"), Optional.of("ZBHC1")))
                .isEmpty();
    }

    @Test
    void onlyTheOperatorAndAnOrganisationsOwnFeedGiveRelationships() {
        assertThat(policy.givesRelationship(OPERATOR, "RJ1")).isTrue();
        assertThat(policy.givesRelationship(TRUST_FEED, "RJ1")).isTrue();
        assertThat(policy.givesRelationship(TRUST_FEED, "Z00001")).isFalse();
        // a member of staff's own write never creates access, not even for their own organisation (finding 1)
        assertThat(policy.givesRelationship(CARE_WORKER, "ZBHC1")).isFalse();
    }
}
