package org.openics.kernel;

/**
 * The one check every module's entry point makes before it reads person-level data or changes anything:
 * {@code Authorisation.require(actor, GovernancePermission.REPLACE_SCHEME)}. The web layer may check too (to hide a
 * button), but the entry point's check is the one that counts, so the command line and every API get the same answer.
 */
public final class Authorisation {

    private Authorisation() {}

    /** Returns normally when the actor may; throws {@link NotAuthorised} with the reason when not (or no actor). */
    public static Actor require(Actor actor, Permission permission) {
        if (permission == null) {
            throw new IllegalArgumentException("a permission to check");
        }
        if (actor == null || !permission.allows(actor.role())) {
            throw new NotAuthorised(actor, permission);
        }
        return actor;
    }

    /** True when the actor may (for showing or hiding a control; never instead of {@link #require}). */
    public static boolean allows(Actor actor, Permission permission) {
        return actor != null && permission != null && permission.allows(actor.role());
    }
}
