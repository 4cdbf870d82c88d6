package org.openics.engagement;

import java.util.List;

/** A new consultation stored, or refused with its problems (nothing stored). */
public record Created(boolean stored, List<Problem> problems) {

    public Created {
        problems = List.copyOf(problems);
    }
}
