package org.openics.kernel;

import java.util.Set;

/**
 * Something a user may do in a module, in words a user reads in a refusal ("change the scheme of reservation and
 * delegation"), and the roles that may do it. Each module lists its permissions as an enum implementing this interface
 * in its base package, so the whole role model can be read (and tested) in one place per module.
 */
public interface Permission {

    /** What the action is, as the end of "may not …": e.g. "replace the scheme of reservation and delegation". */
    String action();

    /** The roles that may do it; empty means nobody may (a switched-off action). */
    Set<UserRole> roles();

    /** True when the role may do this action. */
    default boolean allows(UserRole role) {
        return roles().contains(role);
    }
}
