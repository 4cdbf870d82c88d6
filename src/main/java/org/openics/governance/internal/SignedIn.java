package org.openics.governance.internal;

import java.security.Principal;
import org.openics.kernel.Actor;
import org.openics.platform.Accounts;

/** Who is signed in, as the kernel's actor, or null when no one is: the entry point refuses both a missing actor and a role that may not. */
final class SignedIn {

    private SignedIn() {}

    static Actor actor(Accounts accounts, Principal principal) {
        return principal == null ? null : accounts.actor(principal).orElse(null);
    }
}
