package org.openics.governance.meetings;

import java.util.List;
import org.openics.governance.Exclusion;
import org.openics.governance.Outcome;

/** The outcome of one agenda item with its reason, the scheme entry relied on and the members excluded. */
public record ItemResult(Outcome outcome, String reason, String entry, List<Exclusion> excluded) {

    public ItemResult {
        excluded = List.copyOf(excluded);
    }
}
