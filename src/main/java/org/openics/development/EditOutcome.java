package org.openics.development;

import java.util.List;

/** What became of an edit: done, or refused with the reasons people see. */
public record EditOutcome(boolean done, List<String> problems) {

    public EditOutcome {
        problems = List.copyOf(problems);
    }

    public static EditOutcome ok() {
        return new EditOutcome(true, List.of());
    }

    public static EditOutcome refused(List<String> problems) {
        return new EditOutcome(false, problems);
    }
}
