package org.openics.record;

import java.util.List;
import java.util.Objects;

/**
 * One reason a resource was quarantined: its kind and the particulars (a reference, an element and value, HAPI's
 * message). The text is rendered from these only where it is shown or stored for reading; counting goes by kind.
 */
public record Problem(ProblemKind kind, String detail) {

    public Problem {
        Objects.requireNonNull(kind, "kind");
    }

    public static Problem of(ProblemKind kind, String detail) {
        return new Problem(kind, detail);
    }

    /** The reason as people read it, e.g. {@code unresolvable reference Patient/p1}. */
    public String text() {
        return kind.text(detail);
    }

    /** Several problems as one reason, in order, joined with {@code "; "}. */
    public static String text(List<Problem> problems) {
        return String.join("; ", problems.stream().map(Problem::text).toList());
    }

    /** The problem as the data quality page counts it: its kind alone, or with the element for a missing required element. */
    public Problem counted() {
        return kind.countedByDetail() || detail == null ? this : new Problem(kind, null);
    }

    /** How a {@link #counted()} problem is shown: the kind's label, or the text when counted by detail. */
    public String label() {
        return kind.countedByDetail() && detail != null ? text() : kind.label();
    }
}
