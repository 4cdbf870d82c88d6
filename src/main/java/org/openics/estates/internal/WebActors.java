package org.openics.estates.internal;

import java.util.Optional;
import org.openics.kernel.Actor;
import org.openics.kernel.UserRole;
import org.openics.record.SharedCareRecord;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The kernel actor behind a signed-in user: the local account as the record module keeps it (with a resident's NHS
 * number), or else the username with the role its authority names; null (refused at the entry point) when neither.
 */
@Component("estatesWebActors")
class WebActors {

    private final SharedCareRecord accounts;

    WebActors(SharedCareRecord accounts) {
        this.accounts = accounts;
    }

    Actor of(Authentication user) {
        if (user == null || !user.isAuthenticated()) {
            return null;
        }
        return accounts.account(user.getName()).orElseGet(() -> user.getAuthorities().stream()
                .map(a -> a.getAuthority().replaceFirst("^ROLE_", ""))
                .flatMap(r -> java.util.Arrays.stream(UserRole.values()).filter(u -> u.name().equals(r) && u != UserRole.RESIDENT)).findFirst()
                .map(role -> new Actor(user.getName(), role, Optional.empty(), Optional.empty())).orElse(null));
    }
}
