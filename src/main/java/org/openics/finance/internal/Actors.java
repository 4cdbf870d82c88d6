package org.openics.finance.internal;

import java.util.Optional;
import org.openics.kernel.Actor;
import org.openics.kernel.UserRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The actor behind a signed-in user: its name and the role its ROLE_ authority names; null when there is none. */
final class Actors {

    private Actors() {
    }

    static Actor of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return null;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                try {
                    UserRole role = UserRole.valueOf(name.substring(5));
                    if (role == UserRole.RESIDENT) {
                        continue; // a resident's actor needs their NHS number; finance reads need only a role that may read
                    }
                    return new Actor(authentication.getName(), role, Optional.empty(), Optional.empty());
                } catch (IllegalArgumentException e) {
                    // not one of OpenICS's roles
                }
            }
        }
        return null;
    }
}
