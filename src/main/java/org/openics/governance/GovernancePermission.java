package org.openics.governance;

import java.util.EnumSet;
import java.util.Set;
import org.openics.kernel.Permission;
import org.openics.kernel.UserRole;

/**
 * What may change the ICB's governance, and who may: only the governance administrator (the board secretary or the
 * corporate governance team) keeps the constitution, the bodies and their members, the register of interests, the
 * scheme of reservation and delegation and the decision log. Reading is public (the ICB must publish it) and needs no
 * permission. Checked by {@link Governance}'s entry point for the web pages, the REST API and the command line alike.
 */
public enum GovernancePermission implements Permission {
    REPLACE_SCHEME("replace the scheme of reservation and delegation"),
    RECORD_DECISION("record a decision in the decision log"),
    EDIT_BODIES("change the ICB's bodies, their members and seats"),
    EDIT_INTERESTS("change the register of declared interests"),
    EDIT_RULES("change the constitution rules"),
    CHANGE_MODEL("change the ICS's governance (bodies, seats, interests, rules or the whole model)"),
    RUN_MEETINGS(
            "run the meetings of the ICB's bodies (agendas, papers, attendance, decisions, minutes) or read their private part");

    private final String action;

    GovernancePermission(String action) {
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
