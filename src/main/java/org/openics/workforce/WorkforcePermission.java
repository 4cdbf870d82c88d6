package org.openics.workforce;

import java.util.EnumSet;
import java.util.Set;
import org.openics.kernel.Permission;
import org.openics.kernel.UserRole;

/** What the workforce module lets each role do; checked at the entry point ({@link Workforce}). */
public enum WorkforcePermission implements Permission {
    /** Aggregates (FTE, headcount, rates per organisation, group and place): anyone signed in. */
    READ_AGGREGATES("read workforce figures", EnumSet.allOf(UserRole.class)),
    /** Movements carry a pseudonymous id per member of staff: workforce planners and analysts only. */
    READ_MOVEMENTS("read staff movements between organisations", EnumSet.of(UserRole.WORKFORCE_LEAD, UserRole.ANALYST)),
    IMPORT_RETURNS("import workforce returns", EnumSet.of(UserRole.WORKFORCE_LEAD)),
    RECORD_DEPLOYMENT("record a deployment of staff between organisations", EnumSet.of(UserRole.WORKFORCE_LEAD)),
    EDIT_PLANS("change workforce plans", EnumSet.of(UserRole.WORKFORCE_LEAD));

    private final String action;
    private final Set<UserRole> roles;

    WorkforcePermission(String action, Set<UserRole> roles) {
        this.action = action;
        this.roles = Set.copyOf(roles);
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
