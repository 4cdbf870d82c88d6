package org.openics.record.access;

import java.util.Optional;
import java.util.Set;
import org.openics.kernel.Actor;
import org.openics.kernel.UserRole;

/**
 * Who is writing to the record, and for which organisations: the operator's bulk load from the command line (who holds
 * the store's credentials and may load anything), a registered integration feed (its organisation's system), or a
 * member of staff signed in with their own account.
 *
 * @param organisations the organisations this writer may write for (ODS codes); any for the operator
 */
public record Writer(String name, Kind kind, Set<String> organisations, Optional<Actor> actor) {

    public enum Kind {
        /** {@code openics ingest} and the demo load: the store's own operator. */
        OPERATOR,
        /** A registered integration feed: a machine identity of one organisation. */
        FEED,
        /** A person signed in with their own account. */
        STAFF
    }

    public Writer {
        if (name == null || name.isBlank() || kind == null) {
            throw new IllegalArgumentException("a writer has a name and a kind");
        }
        organisations = Set.copyOf(organisations);
        actor = actor == null ? Optional.empty() : actor;
        if (kind != Kind.OPERATOR && actor.isEmpty()) {
            throw new IllegalArgumentException("a feed or member of staff writes as an account");
        }
    }

    /** The operator loading files, with the organisation they say the files came from (for provenance only). */
    public static Writer operator(String name) {
        return new Writer(name, Kind.OPERATOR, Set.of(), Optional.empty());
    }

    /** A signed-in account: a feed when its role is {@link UserRole#INTEGRATION_FEED}, otherwise staff. */
    public static Writer of(Actor actor) {
        return new Writer(
                actor.username(),
                actor.role() == UserRole.INTEGRATION_FEED ? Kind.FEED : Kind.STAFF,
                actor.organisation().map(Set::of).orElse(Set.of()),
                Optional.of(actor));
    }

    public boolean mayWriteFor(String organisation) {
        return kind == Kind.OPERATOR || organisations.contains(organisation);
    }

    /** The organisation written down as the source of what this writer stores, when it speaks for one. */
    public Optional<String> organisation() {
        return actor.flatMap(Actor::organisation);
    }
}
