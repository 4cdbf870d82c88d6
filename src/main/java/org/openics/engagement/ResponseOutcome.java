package org.openics.engagement;

import java.util.List;
import java.util.Optional;

/** What happened to a response: stored with a reference, or refused with its problems (nothing stored). */
public record ResponseOutcome(Optional<String> reference, List<Problem> problems) {

    public ResponseOutcome {
        problems = List.copyOf(problems);
    }

    public static ResponseOutcome stored(String reference) {
        return new ResponseOutcome(Optional.of(reference), List.of());
    }

    public static ResponseOutcome refused(List<Problem> problems) {
        return new ResponseOutcome(Optional.empty(), problems);
    }

    public boolean accepted() {
        return reference.isPresent();
    }
}
