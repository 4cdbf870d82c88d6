package org.openics.estates;

import java.util.List;

/** A hub or plan saved (with its id where it has one), or the reasons it was not. */
public record EditOutcome(boolean done, long id, List<String> problems) {

    public EditOutcome {
        problems = List.copyOf(problems);
    }

    public static EditOutcome saved(long id) {
        return new EditOutcome(true, id, List.of());
    }

    public static EditOutcome refused(List<String> problems) {
        return new EditOutcome(false, 0, problems);
    }
}
