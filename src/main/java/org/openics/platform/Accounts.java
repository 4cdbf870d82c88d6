package org.openics.platform;

import java.security.Principal;
import java.util.Optional;
import org.openics.kernel.Actor;

/**
 * Who a signed-in principal is in the role model: the {@link Actor} behind a session, HTTP Basic credentials or a
 * bearer token, or empty for a principal that is no account. The module that holds the accounts provides it; every
 * module's web layer asks it for the actor it passes to its entry point, whose role check is the one that counts.
 */
public interface Accounts {

    Optional<Actor> actor(Principal principal);
}
