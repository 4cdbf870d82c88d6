package org.openics.governance;

import java.util.List;

/** What a governance change did: the model version it became (0 when refused) and the reasons it was refused. */
public record ChangeResult(int version, String change, List<String> problems) {

    public ChangeResult {
        problems = List.copyOf(problems);
    }

    public boolean made() {
        return problems.isEmpty();
    }
}
