package org.openics.record.access;

import java.util.List;
import org.openics.kernel.Actor;
import org.openics.record.AccessDecision;
import org.openics.record.AccessRequest;

/**
 * Who may see a person's record: clinical and care staff with a legitimate relationship or by break
 * glass with a stated reason; residents their own record; analysts no identifiable record at all.
 */
public final class AccessPolicy {

    /**
     * @param actorUnits the actor's organisation, then the units it belongs to (e.g. its PCN), by ODS code: the closest
     *                   relationship is the one given as the reason
     */
    public AccessDecision decide(AccessRequest request, Relationships person, List<String> actorUnits) {
        Actor actor = request.actor();
        switch (actor.role()) {
            case ANALYST:
                return AccessDecision.refuse("analysts see no identifiable record; use the pseudonymised analytics");
            case RESIDENT:
                return actor.nhsNumber().equals(person.nhsNumber())
                        ? AccessDecision.grant("resident viewing their own record")
                        : AccessDecision.refuse("residents see only their own record");
            case GOVERNANCE_ADMIN, FINANCE_LEAD, OPERATIONS_LEAD, WORKFORCE_LEAD, ESTATES_LEAD, ENGAGEMENT_LEAD:
                return AccessDecision.refuse(
                        "the " + actor.role().label() + " role gives no direct care and sees no identifiable record");
            case INTEGRATION_FEED:
                return AccessDecision.refuse("an integration feed sends records and reads none");
            case CLINICIAN, CARE_WORKER, ADMIN:
            default:
                for (String unit : actorUnits) {
                    String relationship = person.organisations().get(unit);
                    if (relationship != null) {
                        return AccessDecision.grant("legitimate relationship: " + relationship);
                    }
                }
                if (request.breakGlassReason().isPresent()) {
                    return AccessDecision.grant(
                            "break glass: " + request.breakGlassReason().get());
                }
                return AccessDecision.refuse("no legitimate relationship between "
                        + actor.organisation().orElse("no organisation")
                        + " and this person; break glass with a reason if this is an emergency");
        }
    }
}
