package org.openics.governance.meetings;

import java.util.List;
import org.openics.governance.Exclusion;
import org.openics.governance.MemberVote;
import org.openics.governance.Outcome;

/**
 * The outcome of one agenda item with its reason, the scheme entry relied on, the members excluded and each member's vote where
 * they were recorded by name; or, when the votes given cannot decide it (a vote from a member who left the item, a missing
 * vote), the problems and no outcome, and nothing is recorded.
 */
public record ItemResult(
        Outcome outcome,
        String reason,
        String entry,
        List<Exclusion> excluded,
        List<MemberVote> votes,
        List<String> problems) {

    public ItemResult(Outcome outcome, String reason, String entry, List<Exclusion> excluded) {
        this(outcome, reason, entry, excluded, List.of(), List.of());
    }

    public ItemResult {
        excluded = List.copyOf(excluded);
        votes = votes == null ? List.of() : List.copyOf(votes);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    static ItemResult refused(List<String> problems) {
        return new ItemResult(null, null, null, List.of(), List.of(), problems);
    }

    public boolean refused() {
        return !problems.isEmpty();
    }
}
