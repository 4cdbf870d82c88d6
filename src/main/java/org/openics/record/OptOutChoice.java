package org.openics.record;

import java.time.Instant;
import java.util.Objects;

/** A person's current choice for one kind of opt-out, with where it came from. */
public record OptOutChoice(OptOutKind kind, boolean optedOut, String source, String recordedBy, Instant recordedAt) {

    public OptOutChoice {
        Objects.requireNonNull(kind, "kind");
    }

    /** No choice recorded: data used as for everyone. */
    public static OptOutChoice none(OptOutKind kind) {
        return new OptOutChoice(kind, false, null, null, null);
    }
}
