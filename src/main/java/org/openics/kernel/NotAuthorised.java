package org.openics.kernel;

import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * Thrown by a module's entry point when the actor's role may not do what was asked. The web layer answers it with 403
 * and its message; the message names the role, the action and the roles that may.
 */
public final class NotAuthorised extends RuntimeException {

    private final transient Actor actor;
    private final transient Permission permission;

    public NotAuthorised(Actor actor, Permission permission) {
        this(actor, actor == null ? null : actor.role(), permission);
    }

    private NotAuthorised(Actor actor, UserRole role, Permission permission) {
        super(message(role, permission));
        this.actor = actor;
        this.permission = permission;
    }

    /** A refusal for a signed-in role when no {@link Actor} can be made for it (e.g. a resident's account seen by a staff page). */
    public static NotAuthorised role(UserRole role, Permission permission) {
        return new NotAuthorised(null, role, permission);
    }

    public Actor actor() {
        return actor;
    }

    public Permission permission() {
        return permission;
    }

    private static String message(UserRole role, Permission permission) {
        String who = role == null ? "an anonymous visitor" : "the " + role.label() + " role";
        String may = permission.roles().isEmpty()
                ? "nobody may"
                : "only "
                        + permission.roles().stream()
                                .sorted(Comparator.naturalOrder())
                                .map(UserRole::label)
                                .collect(Collectors.joining(", "))
                        + " may";
        return who + " may not " + permission.action() + " (" + may + ")";
    }
}
