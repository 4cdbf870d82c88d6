package org.openics.record;

import java.util.Optional;
import org.openics.kernel.Actor;

/**
 * One request to see person-level data: what is asked for, why (the purpose), and, for break glass,
 * the stated reason.
 */
public record AccessRequest(
        Actor actor, PersonId person, String what, String purpose, Optional<String> breakGlassReason) {

    public AccessRequest {
        if (actor == null || person == null) {
            throw new IllegalArgumentException("an access request names the actor and the person");
        }
        what = what == null || what.isBlank() ? "record" : what;
        purpose = purpose == null || purpose.isBlank() ? "direct care" : purpose;
        breakGlassReason = breakGlassReason == null ? Optional.empty() : breakGlassReason.filter(r -> !r.isBlank());
    }
}
