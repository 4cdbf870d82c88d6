package org.openics.development;

import java.util.List;

/**
 * One of the work areas of the system development plan: where the system wants to be (destination),
 * how it will get there (approach), what is already done, and its milestones in date order.
 *
 * @param code short stable key, e.g. {@code digital}
 */
public record WorkArea(
        String code,
        int number,
        String title,
        String lead,
        String destination,
        String approach,
        List<String> completed,
        List<Milestone> milestones) {

    public WorkArea {
        Texts.require(code, "work area code");
        Texts.require(title, "work area title");
        lead = lead == null ? "" : lead;
        destination = destination == null ? "" : destination;
        approach = approach == null ? "" : approach;
        completed = List.copyOf(completed);
        milestones = milestones.stream()
                .sorted(java.util.Comparator.comparing(Milestone::due).thenComparing(Milestone::id))
                .toList();
    }

    public long milestonesIn(MilestoneStatus status) {
        return milestones.stream().filter(m -> m.status() == status).count();
    }
}
