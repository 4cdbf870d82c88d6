package org.openics.estates;

import java.util.EnumSet;
import java.util.Set;
import org.openics.kernel.Permission;
import org.openics.kernel.UserRole;

/** What the estates module lets each role do; checked at the entry point ({@link Estates}). */
public enum EstatesPermission implements Permission {
    /** Sites, hubs, plans and the map hold no person-level data: anyone signed in reads them. */
    READ("read the estate", EnumSet.allOf(UserRole.class)),
    IMPORT_RETURNS("import estates returns", EnumSet.of(UserRole.ESTATES_LEAD)),
    EDIT_HUBS("change local care hubs", EnumSet.of(UserRole.ESTATES_LEAD)),
    EDIT_PLANS("change the estate plan", EnumSet.of(UserRole.ESTATES_LEAD));

    private final String action;
    private final Set<UserRole> roles;

    EstatesPermission(String action, Set<UserRole> roles) {
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
