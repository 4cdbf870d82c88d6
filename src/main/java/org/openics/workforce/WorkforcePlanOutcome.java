package org.openics.workforce;

import java.util.List;
import java.util.Optional;

/**
 * A workforce plan saved (with whether anything changed: saving the same plan again changes nothing), or the reasons
 * it was not.
 */
public record WorkforcePlanOutcome(Optional<WorkforcePlan> saved, boolean changed, List<String> problems) {

    public WorkforcePlanOutcome {
        problems = List.copyOf(problems);
    }

    public static WorkforcePlanOutcome saved(WorkforcePlan plan, boolean changed) {
        return new WorkforcePlanOutcome(Optional.of(plan), changed, List.of());
    }

    public static WorkforcePlanOutcome refused(String problem) {
        return new WorkforcePlanOutcome(Optional.empty(), false, List.of(problem));
    }

    public boolean done() {
        return saved.isPresent();
    }
}
