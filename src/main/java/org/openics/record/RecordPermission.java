package org.openics.record;

import static org.openics.kernel.UserRole.ADMIN;
import static org.openics.kernel.UserRole.CARE_WORKER;
import static org.openics.kernel.UserRole.CLINICIAN;
import static org.openics.kernel.UserRole.INTEGRATION_FEED;
import static org.openics.kernel.UserRole.RESIDENT;

import java.util.EnumSet;
import java.util.Set;
import org.openics.kernel.Permission;
import org.openics.kernel.UserRole;

/**
 * What the shared care record lets each role do, checked at the implementations of the record's entry points
 * ({@link RecordIngest}, {@link PersonIndex}, {@link RecordAccess}, {@link RecordAccounts}). Which person's
 * record a role may see is then decided per person by the access policy (relationship, own record, break glass).
 */
public enum RecordPermission implements Permission {
    /** Staff with a legitimate relationship (or break glass), administrators by break glass, residents their own. */
    READ_RECORD("see a person's record", EnumSet.of(CLINICIAN, CARE_WORKER, RESIDENT, ADMIN)),
    /** Care staff about people they already have a relationship with, and registered feeds; always bound to the writer's organisation. */
    SUBMIT_RECORDS("submit records", EnumSet.of(CLINICIAN, CARE_WORKER, INTEGRATION_FEED)),
    /** Lists of named people (a cohort's members) for direct care. */
    LIST_PERSONS("list named people", EnumSet.of(CLINICIAN, CARE_WORKER)),
    /** Merging and unmerging persons of the master person index. */
    MERGE_PERSONS("merge or unmerge persons", EnumSet.of(ADMIN)),
    /** Adding accounts and registering integration feeds. */
    MANAGE_ACCOUNTS("add accounts or register integration feeds", EnumSet.of(ADMIN)),
    /** Loading opt-outs from NHS England's lists or FHIR Consent resources. */
    IMPORT_OPT_OUTS("import opt-outs", EnumSet.of(ADMIN)),
    /** A resident's own opt-out choices (then only their own), or an administrator on a resident's behalf. */
    RECORD_OPT_OUT("record opt-out choices", EnumSet.of(RESIDENT, ADMIN)),
    /** A resident's download of their own record ($everything as one file). */
    DOWNLOAD_OWN_RECORD("download their own record", EnumSet.of(RESIDENT));

    private final String action;
    private final Set<UserRole> roles;

    RecordPermission(String action, Set<UserRole> roles) {
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
