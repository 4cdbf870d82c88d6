package org.openics.development;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One of the sixteen conditions for ICS success, with its updates newest first (the history).
 *
 * @param id       a short stable key, e.g. {@code lean-governance}
 * @param number   its place in the list, 1 to 16
 */
public record Condition(String id, int number, String title, String description, List<ConditionUpdate> history) {

    /** Newest first: by the date assessed, then by when recorded. */
    public static final Comparator<ConditionUpdate> NEWEST_FIRST = Comparator.comparing(ConditionUpdate::asOf)
            .thenComparing(ConditionUpdate::recordedAt)
            .reversed();

    public Condition {
        Texts.require(id, "id");
        Texts.require(title, "title");
        description = description == null ? "" : description;
        history = history.stream().sorted(NEWEST_FIRST).toList();
    }

    public Optional<ConditionUpdate> latest() {
        return history.stream().findFirst();
    }

    /** The current rating; empty before the first assessment. */
    public Optional<Rag> rag() {
        return latest().map(ConditionUpdate::rag);
    }

    public Condition withHistory(List<ConditionUpdate> updates) {
        return new Condition(id, number, title, description, updates);
    }
}
