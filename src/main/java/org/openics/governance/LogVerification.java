package org.openics.governance;

import java.util.List;

/** The result of recomputing the decision log's hash chain: intact, or the records that fail and why. */
public record LogVerification(long records, boolean intact, List<String> problems) {

    public LogVerification {
        problems = List.copyOf(problems);
    }
}
