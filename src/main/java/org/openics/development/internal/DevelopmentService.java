package org.openics.development.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openics.analytics.Indicator;
import org.openics.analytics.PopulationHealth;
import org.openics.development.Condition;
import org.openics.development.ConditionUpdate;
import org.openics.development.Development;
import org.openics.development.DevelopmentPermission;
import org.openics.development.DevelopmentPlan;
import org.openics.development.EditOutcome;
import org.openics.development.Milestone;
import org.openics.development.MilestoneEdit;
import org.openics.development.WorkArea;
import org.openics.development.WorkAreaEdit;
import org.openics.development.demo.DemoDevelopment;
import org.openics.development.plan.Checked;
import org.openics.development.plan.EditRules;
import org.openics.kernel.Actor;
import org.openics.kernel.Authorisation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DevelopmentService implements Development {

    private final JdbcDevelopmentStore store;
    private final PopulationHealth populationHealth;
    private final PlanYaml yaml;
    private final Clock clock;

    DevelopmentService(JdbcDevelopmentStore store, PopulationHealth populationHealth, PlanYaml yaml) {
        this.store = store;
        this.populationHealth = populationHealth;
        this.yaml = yaml;
        this.clock = Clock.systemDefaultZone();
    }

    @Override
    public List<Condition> conditions() {
        return store.conditions();
    }

    @Override
    public Optional<Condition> condition(String id) {
        return conditions().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    @Transactional
    public EditOutcome recordUpdate(String conditionId, LocalDate asOf, String rag, String note, Actor actor) {
        String author = Authorisation.require(actor, DevelopmentPermission.ASSESS_CONDITION)
                .username();
        if (condition(conditionId).isEmpty()) {
            return EditOutcome.refused(List.of("No condition '" + conditionId + "'."));
        }
        Checked<ConditionUpdate> update =
                EditRules.update(conditionId, asOf, rag, note, author, LocalDate.now(clock), clock.instant());
        update.value().ifPresent(store::insertUpdate);
        return outcome(update);
    }

    @Override
    public DevelopmentPlan plan() {
        return store.plan();
    }

    @Override
    @Transactional
    public EditOutcome editWorkArea(WorkAreaEdit edit, Actor actor) {
        String author =
                Authorisation.require(actor, DevelopmentPermission.EDIT_PLAN).username();
        Optional<WorkArea> area = plan().area(edit.code());
        if (area.isEmpty()) {
            return EditOutcome.refused(List.of("No work area '" + edit.code() + "'."));
        }
        WorkArea a = area.get();
        store.saveArea(
                new WorkArea(
                        a.code(),
                        a.number(),
                        a.title(),
                        edit.lead(),
                        edit.destination(),
                        edit.approach(),
                        edit.completed(),
                        a.milestones()),
                author,
                clock.instant());
        return EditOutcome.ok();
    }

    @Override
    @Transactional
    public EditOutcome saveMilestone(MilestoneEdit edit, Actor actor) {
        String author =
                Authorisation.require(actor, DevelopmentPermission.EDIT_PLAN).username();
        DevelopmentPlan plan = plan();
        Optional<WorkArea> area = plan.area(edit.workArea() == null ? "" : edit.workArea());
        if (area.isEmpty()) {
            return EditOutcome.refused(List.of("No work area '" + edit.workArea() + "'."));
        }
        boolean adding = edit.id() == null || edit.id().isBlank();
        if (!adding && plan.milestone(edit.id()).isEmpty()) {
            return EditOutcome.refused(List.of("No milestone '" + edit.id() + "'."));
        }
        String id = adding ? nextId(area.get()) : edit.id();
        Checked<Milestone> milestone = EditRules.milestone(edit, id, knownIndicators());
        milestone.value().ifPresent(m -> store.saveMilestone(m, author, clock.instant()));
        return outcome(milestone);
    }

    private static String nextId(WorkArea area) {
        int highest = area.milestones().stream()
                .map(Milestone::id)
                .filter(id -> id.startsWith(area.code() + "-"))
                .map(id -> id.substring(area.code().length() + 1))
                .filter(s -> s.matches("\\d+"))
                .mapToInt(Integer::parseInt)
                .max()
                .orElse(0);
        return area.code() + "-" + (highest + 1);
    }

    /** Ids of the analytics catalogue; empty (nothing checked) when analytics has none. */
    Set<String> knownIndicators() {
        return populationHealth.catalogue().stream().map(Indicator::id).collect(Collectors.toSet());
    }

    @Override
    public String exportPlan() {
        return yaml.write(plan());
    }

    @Override
    @Transactional
    public EditOutcome importPlan(String text, Actor actor) {
        String author =
                Authorisation.require(actor, DevelopmentPermission.IMPORT_PLAN).username();
        PlanImporter.Result checked = PlanImporter.check(yaml, text, knownIndicators());
        if (!checked.problems().isEmpty()) {
            return EditOutcome.refused(checked.problems());
        }
        store.replacePlan(checked.plan(), author, clock.instant());
        return EditOutcome.ok();
    }

    @Override
    @Transactional
    public boolean loadDemo() {
        boolean loaded = false;
        if (!store.hasConditions()) {
            DemoDevelopment.conditions().forEach(store::insertCondition);
            loaded = true;
        }
        if (!store.hasPlan()) {
            store.replacePlan(DemoPlan.plan(), "demo", Instant.now(clock));
            loaded = true;
        }
        return loaded;
    }

    private static EditOutcome outcome(Checked<?> checked) {
        return checked.ok() ? EditOutcome.ok() : EditOutcome.refused(checked.problems());
    }
}
