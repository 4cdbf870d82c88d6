package org.openics.support;

import java.util.Optional;
import org.openics.kernel.Actor;
import org.openics.kernel.NhsNumber;
import org.openics.kernel.UserRole;

/** Actors for entry-point tests: one per role, as the demo accounts are (a resident carries an NHS number). */
public final class TestActors {

    public static final Actor SECRETARY = of(UserRole.GOVERNANCE_ADMIN);

    private TestActors() {}

    public static Actor of(UserRole role) {
        return new Actor(
                "test-" + role.name().toLowerCase(java.util.Locale.ROOT),
                role,
                role == UserRole.RESIDENT ? Optional.empty() : Optional.of("QZZ"),
                role == UserRole.RESIDENT ? Optional.of(new NhsNumber("9000000009")) : Optional.empty());
    }
}
