package org.openics.mutualaid;

import java.util.Set;
import org.openics.kernel.Permission;
import org.openics.kernel.UserRole;

/** What each role may do in mutual aid; checked at the entry point ({@link MutualAid}). */
public enum MutualAidPermission implements Permission {
    VIEW_WAITS(
            "see waiting-list counts and plans",
            Set.of(
                    UserRole.ANALYST,
                    UserRole.OPERATIONS_LEAD,
                    UserRole.CLINICIAN,
                    UserRole.CARE_WORKER,
                    UserRole.ADMIN)),
    RUN_PLAN("run the mutual aid optimiser", Set.of(UserRole.OPERATIONS_LEAD)),
    MANAGE_BOARD("post capacity offers and requests for help", Set.of(UserRole.OPERATIONS_LEAD)),
    PROPOSE_TRANSFER("propose moving a waiter to another provider", Set.of(UserRole.OPERATIONS_LEAD)),
    RECORD_CONSENT(
            "record a patient's consent and travel willingness", Set.of(UserRole.CLINICIAN, UserRole.CARE_WORKER)),
    CONFIRM_SUITABILITY("confirm a patient's clinical suitability for a transfer", Set.of(UserRole.CLINICIAN)),
    DECIDE_TRANSFER("accept, decline or complete a transfer", Set.of(UserRole.OPERATIONS_LEAD)),
    VIEW_PATIENTS("see the named patients of a transfer list", Set.of(UserRole.CLINICIAN, UserRole.CARE_WORKER)),
    MANAGE_SITES("load sites, capacity and diagnostics waiting lists", Set.of(UserRole.OPERATIONS_LEAD)),
    VIEW_AUDIT("see the mutual aid audit log", Set.of(UserRole.OPERATIONS_LEAD, UserRole.ADMIN));

    private final String action;
    private final Set<UserRole> roles;

    MutualAidPermission(String action, Set<UserRole> roles) {
        this.action = action;
        this.roles = roles;
    }

    @Override
    public String action() {
        return action;
    }

    @Override
    public Set<UserRole> roles() {
        return roles;
    }
}
