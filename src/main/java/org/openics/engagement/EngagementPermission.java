package org.openics.engagement;

import java.util.Set;
import org.openics.kernel.Permission;
import org.openics.kernel.UserRole;

/** What staff may do in engagement, and which roles may. Responding needs no account and no permission. */
public enum EngagementPermission implements Permission {
    CREATE_CONSULTATION("create a consultation", Set.of(UserRole.ENGAGEMENT_LEAD)),
    READ_RESPONSES("read consultation responses", Set.of(UserRole.ENGAGEMENT_LEAD)),
    READ_LOG("read the engagement log", Set.of(UserRole.ENGAGEMENT_LEAD));

    private final String action;
    private final Set<UserRole> roles;

    EngagementPermission(String action, Set<UserRole> roles) {
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
