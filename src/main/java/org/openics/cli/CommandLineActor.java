package org.openics.cli;

import java.util.Optional;
import org.openics.kernel.Actor;
import org.openics.kernel.UserRole;

/**
 * Who acts when a change comes from the command line. Whoever runs it holds the store's credentials (the folder
 * OPENICS_HOME, or the external database's password), so they act in the role the command needs; the name the change
 * logs say is "command line (OS user)".
 */
final class CommandLineActor {

    private CommandLineActor() {}

    static Actor in(UserRole role) {
        return new Actor(
                "command line (" + System.getProperty("user.name", "unknown") + ")",
                role,
                Optional.empty(),
                Optional.empty());
    }
}
