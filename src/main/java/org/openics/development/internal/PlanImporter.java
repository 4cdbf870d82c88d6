package org.openics.development.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openics.development.DevelopmentPlan;
import org.openics.development.Milestone;
import org.openics.development.MilestoneEdit;
import org.openics.development.WorkArea;
import org.openics.development.plan.Checked;
import org.openics.development.plan.EditRules;

/**
 * Reads a development plan document (the YAML of {@code plan import}) and checks every milestone by the rules of the
 * form. The import of a real ICS's plan and the demo's start both go through here.
 */
public final class PlanImporter {

    private static final PlanYaml YAML = new PlanYaml();

    /** The plan when there were no problems, and every problem. */
    record Result(DevelopmentPlan plan, List<String> problems) {}

    private PlanImporter() {}

    static Result check(PlanYaml yaml, String text, Set<String> knownIndicators) {
        PlanYaml.Parsed parsed = yaml.read(text);
        List<String> problems = new ArrayList<>(parsed.problems());
        List<WorkArea> areas = new ArrayList<>();
        for (PlanYaml.Area area : parsed.areas()) {
            List<Milestone> milestones = new ArrayList<>();
            for (MilestoneEdit m : area.milestones()) {
                Checked<Milestone> checked = EditRules.milestone(m, m.id(), knownIndicators);
                checked.problems().forEach(p -> problems.add(area.code() + " / " + m.id() + ": " + p));
                checked.value().ifPresent(milestones::add);
            }
            if (problems.isEmpty()) {
                areas.add(new WorkArea(
                        area.code(),
                        areas.size() + 1,
                        area.title(),
                        area.lead(),
                        area.destination(),
                        area.approach(),
                        area.completed(),
                        milestones));
            }
        }
        return new Result(problems.isEmpty() ? new DevelopmentPlan(areas) : null, List.copyOf(problems));
    }

    /**
     * The plan a document describes, checked as an import checks it (indicator ids as they are).
     *
     * @throws IllegalArgumentException naming the source and every problem, when there is any
     */
    public static DevelopmentPlan read(String text, String source) {
        Result result = check(YAML, text, Set.of());
        if (!result.problems().isEmpty()) {
            throw new IllegalArgumentException(
                    source + ": not a valid development plan:\n  " + String.join("\n  ", result.problems()));
        }
        return result.plan();
    }
}
