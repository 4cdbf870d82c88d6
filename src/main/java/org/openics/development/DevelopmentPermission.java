package org.openics.development;

import java.util.EnumSet;
import java.util.Set;
import org.openics.kernel.Permission;
import org.openics.kernel.UserRole;

/**
 * Who may change how the system records its own development. The conditions for ICS success are assessed by the ICB
 * board and the system development plan is the board's, so the governance administrator (the board secretary, who
 * keeps the board's papers) records assessments and edits the plan. The platform administrator runs the platform and
 * no longer edits its content; analysts and leads of other domains read. Reading is public.
 */
public enum DevelopmentPermission implements Permission {
    ASSESS_CONDITION("record an assessment of a condition for ICS success"),
    EDIT_PLAN("change the system development plan (work areas and milestones)"),
    IMPORT_PLAN("replace the system development plan from a YAML document");

    private final String action;

    DevelopmentPermission(String action) {
        this.action = action;
    }

    @Override
    public String action() {
        return action;
    }

    @Override
    public Set<UserRole> roles() {
        return EnumSet.of(UserRole.GOVERNANCE_ADMIN);
    }
}
