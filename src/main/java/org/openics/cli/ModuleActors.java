package org.openics.cli;

import java.util.Optional;
import org.openics.kernel.Actor;
import org.openics.kernel.UserRole;
import org.openics.record.SharedCareRecord;

/**
 * Who acts on the command line in a module that checks roles at its entry point. Whoever runs the command holds the
 * store's credentials, so a name that is not a local account acts in the module's lead role; a local account acts in
 * its own role (and is refused by the entry point if that role may not). Reads without a name act as an analyst.
 */
final class ModuleActors {

    private ModuleActors() {}

    static Actor writer(SharedCareRecord record, String username, UserRole leadRole) {
        return record.account(username)
                .orElseGet(() -> new Actor(username, leadRole, Optional.empty(), Optional.empty()));
    }

    static Actor reader(String username) {
        return new Actor(
                username == null ? "command-line" : username, UserRole.ANALYST, Optional.empty(), Optional.empty());
    }
}
