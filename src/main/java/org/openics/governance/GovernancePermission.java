package org.openics.governance;

import java.util.Set;
import org.openics.kernel.Permission;
import org.openics.kernel.UserRole;

/** What may be done to governance, and by whom: only governance administrators (the board secretary) change it. */
public enum GovernancePermission implements Permission {
    CHANGE_MODEL("change the ICS's governance (bodies, seats, interests, rules or the scheme)", Set.of(UserRole.GOVERNANCE_ADMIN));

    private final String action;
    private final Set<UserRole> roles;

    GovernancePermission(String action, Set<UserRole> roles) {
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
