package org.openics.finance;

import java.util.EnumSet;
import java.util.Set;
import org.openics.kernel.Permission;
import org.openics.kernel.UserRole;

/** What users may do in finance: every signed-in user reads (aggregate money, no person-level data); finance leads change. */
public enum FinancePermission implements Permission {
    READ("read the system's finances", EnumSet.allOf(UserRole.class)),
    IMPORT_WEIGHTED_POPULATIONS("import weighted populations", EnumSet.of(UserRole.FINANCE_LEAD)),
    RUN_ALLOCATION("run or re-run an allocation", EnumSet.of(UserRole.FINANCE_LEAD)),
    SET_BUDGET("set a delegated budget", EnumSet.of(UserRole.FINANCE_LEAD)),
    SET_POOLED_FUND("set a pooled fund and its risk share", EnumSet.of(UserRole.FINANCE_LEAD)),
    IMPORT_LEDGER("import ledger actuals", EnumSet.of(UserRole.FINANCE_LEAD)),
    SUBMIT_CAPITAL_ROUND("submit or replace a capital round", EnumSet.of(UserRole.FINANCE_LEAD)),
    PLAN_CAPITAL("plan a capital round", EnumSet.of(UserRole.FINANCE_LEAD)),
    LOAD_DEMO("load the demo finances", EnumSet.of(UserRole.FINANCE_LEAD));

    private final String action;
    private final Set<UserRole> roles;

    FinancePermission(String action, Set<UserRole> roles) {
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
