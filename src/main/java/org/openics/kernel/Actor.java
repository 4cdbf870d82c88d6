package org.openics.kernel;

import java.util.Optional;

/**
 * Who is asking: a signed-in user with a role, the organisation they work for (ODS code; empty for a
 * resident) and, for a resident, their own NHS number.
 */
public record Actor(String username, UserRole role, Optional<String> organisation, Optional<NhsNumber> nhsNumber) {

    public Actor {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("an actor has a username");
        }
        if (role == null) {
            throw new IllegalArgumentException("an actor has a role");
        }
        organisation = organisation == null ? Optional.empty() : organisation;
        nhsNumber = nhsNumber == null ? Optional.empty() : nhsNumber;
        if (role == UserRole.RESIDENT && nhsNumber.isEmpty()) {
            throw new IllegalArgumentException("a resident account carries the resident's NHS number");
        }
    }
}
