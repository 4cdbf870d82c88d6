package org.openics.workforce.internal;

import java.util.Optional;
import org.openics.kernel.Actor;
import org.openics.kernel.UserRole;
import org.springframework.security.core.Authentication;

/** The kernel actor behind a signed-in user: the username and the role its authority names (ROLE_WORKFORCE_LEAD ...). */
final class WebActors {

    private WebActors() {
    }

    static Actor of(Authentication user) {
        UserRole role = user == null ? null : user.getAuthorities().stream().map(a -> a.getAuthority().replaceFirst("^ROLE_", ""))
                .filter(r -> java.util.Arrays.stream(UserRole.values()).anyMatch(u -> u.name().equals(r))).map(UserRole::valueOf)
                .findFirst().orElse(null);
        return role == null ? null : new Actor(user.getName(), role, Optional.empty(), Optional.empty());
    }
}
