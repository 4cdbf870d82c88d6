package org.openics.finance.internal;

import java.security.Principal;
import org.openics.kernel.Actor;
import org.openics.platform.Accounts;
import org.springframework.stereotype.Component;

/**
 * The actor behind a request's principal, from the platform's {@link Accounts} (sessions, Basic credentials, bearer
 * tokens alike); null when there is none, so the entry point's role check refuses it.
 */
@Component("financeActors")
class Actors {

    private final Accounts accounts;

    Actors(Accounts accounts) {
        this.accounts = accounts;
    }

    Actor of(Principal principal) {
        return principal == null ? null : accounts.actor(principal).orElse(null);
    }
}
