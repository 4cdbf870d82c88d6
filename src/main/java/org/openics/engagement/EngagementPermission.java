package org.openics.engagement;

import java.util.Set;
import org.openics.kernel.Permission;
import org.openics.kernel.UserRole;

/** What staff may do in engagement, and which roles may. Responding needs no account and no permission. */
public enum EngagementPermission implements Permission {
    CREATE_CONSULTATION("create a consultation", Set.of(UserRole.ENGAGEMENT_LEAD)),
    READ_RESPONSES("read consultation responses", Set.of(UserRole.ENGAGEMENT_LEAD)),
    READ_LOG("read the engagement log", Set.of(UserRole.ENGAGEMENT_LEAD)),
    CODE_RESPONSES("code free-text responses into themes", Set.of(UserRole.ENGAGEMENT_LEAD)),
    PUBLISH_FINDINGS("publish \"you said, we did\"", Set.of(UserRole.ENGAGEMENT_LEAD)),
    READ_PANEL("read the citizens' panel", Set.of(UserRole.ENGAGEMENT_LEAD)),
    MANAGE_PANEL(
            "recruit to the citizens' panel, invite, record events and partners", Set.of(UserRole.ENGAGEMENT_LEAD)),
    MANAGE_INNOVATION("change the innovation pipeline", Set.of(UserRole.ENGAGEMENT_LEAD)),
    /** The pipeline holds no personal data: every member of staff may read it. */
    READ_INNOVATION(
            "read the innovation pipeline",
            Set.of(
                    UserRole.ENGAGEMENT_LEAD,
                    UserRole.CLINICIAN,
                    UserRole.CARE_WORKER,
                    UserRole.ANALYST,
                    UserRole.ADMIN,
                    UserRole.GOVERNANCE_ADMIN,
                    UserRole.FINANCE_LEAD,
                    UserRole.OPERATIONS_LEAD,
                    UserRole.WORKFORCE_LEAD,
                    UserRole.ESTATES_LEAD));

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
