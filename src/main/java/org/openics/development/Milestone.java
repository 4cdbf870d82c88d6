package org.openics.development;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A dated step of a work area, with the indicators (ids in the analytics catalogue) that show whether
 * it made a difference.
 *
 * @param id         stable key, e.g. {@code digital-2}
 * @param start      when the work starts; empty for a single-date milestone
 * @param indicators ids of {@code org.openics.analytics.Indicator}s that measure it
 */
public record Milestone(
        String id,
        String workArea,
        String title,
        Optional<LocalDate> start,
        LocalDate due,
        MilestoneStatus status,
        String owner,
        List<String> indicators) {

    public Milestone {
        Texts.require(id, "milestone id");
        Texts.require(workArea, "work area");
        Texts.require(title, "milestone title");
        if (due == null || status == null) {
            throw new IllegalArgumentException("a milestone needs a due date and a status");
        }
        start = start == null ? Optional.empty() : start;
        owner = owner == null ? "" : owner;
        indicators = List.copyOf(indicators);
    }

    /** Due and not complete on the given day. */
    public boolean overdueOn(LocalDate day) {
        return status != MilestoneStatus.COMPLETE && due.isBefore(day);
    }
}
