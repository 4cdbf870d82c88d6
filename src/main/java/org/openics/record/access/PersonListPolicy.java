package org.openics.record.access;

import org.openics.kernel.Actor;
import org.openics.record.AccessDecision;

/**
 * Who may ask for a list of named people (e.g. the members of a cohort): only roles that give direct care. Each
 * person on the list is then decided by the {@link AccessPolicy} without break glass: a list is never an emergency.
 */
public final class PersonListPolicy {

    public AccessDecision mayAsk(Actor actor) {
        return switch (actor.role()) {
            case CLINICIAN, CARE_WORKER ->
                AccessDecision.grant("direct care: each person shown only with a legitimate relationship");
            case ANALYST ->
                AccessDecision.refuse("analysts see no identifiable record; cohort counts and breakdowns are theirs");
            case RESIDENT -> AccessDecision.refuse("residents see only their own record");
            case ADMIN ->
                AccessDecision.refuse(
                        "administrators do not give direct care; person lists are for clinicians and care workers");
            case INTEGRATION_FEED -> AccessDecision.refuse("an integration feed sends records and reads none");
            case GOVERNANCE_ADMIN, FINANCE_LEAD, OPERATIONS_LEAD, WORKFORCE_LEAD, ESTATES_LEAD, ENGAGEMENT_LEAD ->
                AccessDecision.refuse("the " + actor.role().label()
                        + " role gives no direct care; person lists are for clinicians and care workers");
        };
    }
}
