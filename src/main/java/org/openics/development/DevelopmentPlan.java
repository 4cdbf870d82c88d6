package org.openics.development;

import java.util.List;
import java.util.Optional;

/** The system development plan: its work areas in order. */
public record DevelopmentPlan(List<WorkArea> areas) {

    public DevelopmentPlan {
        areas = areas.stream()
                .sorted(java.util.Comparator.comparingInt(WorkArea::number))
                .toList();
    }

    public List<Milestone> milestones() {
        return areas.stream().flatMap(a -> a.milestones().stream()).toList();
    }

    public Optional<WorkArea> area(String code) {
        return areas.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    public Optional<Milestone> milestone(String id) {
        return milestones().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public boolean isEmpty() {
        return areas.isEmpty();
    }
}
