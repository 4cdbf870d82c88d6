package org.openics.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorisationTest {

    enum Sample implements Permission {
        REPLACE_SCHEME("replace the scheme of reservation and delegation", Set.of(UserRole.GOVERNANCE_ADMIN)),
        NOBODY("do something switched off", Set.of());

        private final String action;
        private final Set<UserRole> roles;

        Sample(String action, Set<UserRole> roles) {
            this.action = action;
            this.roles = roles;
        }

        @Override
        public String action() {
            return action;
        }

        @Override
        public Set<UserRole> roles() {
            return roles;
        }
    }

    private static Actor as(UserRole role) {
        return new Actor(
                "someone",
                role,
                Optional.of("QZZ"),
                role == UserRole.RESIDENT ? Optional.of(new NhsNumber("9000000009")) : Optional.empty());
    }

    @Test
    void aRoleListedInThePermissionMayAndTheCheckReturnsTheActor() {
        Actor secretary = as(UserRole.GOVERNANCE_ADMIN);
        assertThat(Authorisation.require(secretary, Sample.REPLACE_SCHEME)).isSameAs(secretary);
        assertThat(Authorisation.allows(secretary, Sample.REPLACE_SCHEME)).isTrue();
    }

    @Test
    void everyOtherRoleIsRefusedWithTheRoleTheActionAndWhoMay() {
        for (UserRole role : UserRole.values()) {
            if (role == UserRole.GOVERNANCE_ADMIN) {
                continue;
            }
            assertThat(Authorisation.allows(as(role), Sample.REPLACE_SCHEME))
                    .as(role.name())
                    .isFalse();
            assertThatThrownBy(() -> Authorisation.require(as(role), Sample.REPLACE_SCHEME))
                    .isInstanceOf(NotAuthorised.class)
                    .hasMessage("the " + role.label() + " role may not replace the scheme of reservation and delegation"
                            + " (only Governance administrator may)");
        }
    }

    @Test
    void noActorAndAnEmptyPermissionAreRefused() {
        assertThatThrownBy(() -> Authorisation.require(null, Sample.REPLACE_SCHEME))
                .hasMessageStartingWith("an anonymous visitor may not");
        assertThatThrownBy(() -> Authorisation.require(as(UserRole.ADMIN), Sample.NOBODY))
                .hasMessageEndingWith("(nobody may)");
        assertThat(Authorisation.allows(null, Sample.REPLACE_SCHEME)).isFalse();
    }
}
