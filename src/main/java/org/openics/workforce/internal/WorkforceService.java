package org.openics.workforce.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.analytics.IndicatorValue;
import org.openics.analytics.Level;
import org.openics.analytics.PopulationHealth;
import org.openics.kernel.Actor;
import org.openics.kernel.Authorisation;
import org.openics.kernel.CsvRows;
import org.openics.kernel.OdsCode;
import org.openics.registry.DemoSystem;
import org.openics.registry.Organisation;
import org.openics.registry.OrganisationKind;
import org.openics.registry.PopulationMeasure;
import org.openics.registry.Registry;
import org.openics.registry.SystemOfSystems;
import org.openics.workforce.Denominator;
import org.openics.workforce.Deployment;
import org.openics.workforce.DeploymentOutcome;
import org.openics.workforce.OrganisationStaffing;
import org.openics.workforce.PlaceComparison;
import org.openics.workforce.PlanProgress;
import org.openics.workforce.StaffGroup;
import org.openics.workforce.StaffingFigure;
import org.openics.workforce.Workforce;
import org.openics.workforce.WorkforceFormat;
import org.openics.workforce.WorkforceImport;
import org.openics.workforce.WorkforcePermission;
import org.openics.workforce.WorkforcePlan;
import org.openics.workforce.WorkforcePlanOutcome;
import org.openics.workforce.demo.DemoWorkforce;
import org.openics.workforce.importing.Directory;
import org.openics.workforce.importing.GpWorkforceReader;
import org.openics.workforce.importing.ParsedReturn;
import org.openics.workforce.importing.WorkforceStatisticsReader;
import org.openics.workforce.planning.Trajectory;
import org.openics.workforce.staffing.PerCapita;
import org.openics.workforce.staffing.Staffing;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class WorkforceService implements Workforce {

    /** The analytics indicator whose numerator counts residents with two or more long-term conditions. */
    static final String MULTIMORBIDITY = "multimorbidity";

    private final JdbcWorkforceStore store;
    private final Registry registry;
    private final PopulationHealth populationHealth;
    private final Clock clock = Clock.systemDefaultZone();

    WorkforceService(JdbcWorkforceStore store, Registry registry, PopulationHealth populationHealth) {
        this.store = store;
        this.registry = registry;
        this.populationHealth = populationHealth;
    }

    @Override
    @Transactional
    public WorkforceImport importCsv(
            String fileName, String text, WorkforceFormat format, LocalDate period, Actor actor) {
        Authorisation.require(actor, WorkforcePermission.IMPORT_RETURNS);
        CsvRows csv = CsvRows.parse(fileName, text);
        SystemOfSystems system = registry.asAt(period == null ? LocalDate.now(clock) : period);
        Directory directory = directory(system);
        ParsedReturn parsed = format == WorkforceFormat.GP_WORKFORCE
                ? GpWorkforceReader.read(csv, period, directory)
                : WorkforceStatisticsReader.read(csv, directory);
        long changes = 0;
        for (StaffingFigure f : parsed.figures()) {
            if (store.upsert(f, fileName, actor.username(), clock.instant())) {
                changes++;
            }
        }
        WorkforceImport report =
                new WorkforceImport(fileName, format, parsed.read(), parsed.loadedRows(), parsed.rejected(), changes);
        store.log(
                actor,
                "import " + format,
                fileName + ": read " + report.read() + ", loaded " + report.loaded() + ", rejected "
                        + report.rejected().size() + ", changes " + changes,
                clock.instant());
        return report;
    }

    static Directory directory(SystemOfSystems system) {
        return new Directory() {
            @Override
            public boolean isOrganisation(String code) {
                return system.organisation(OdsCode.of(code)).isPresent();
            }

            @Override
            public boolean isPlace(String code) {
                return system.organisation(OdsCode.of(code))
                        .map(o -> o.kind() == OrganisationKind.PLACE)
                        .orElse(false);
            }

            @Override
            public Optional<String> placeOfPractice(String practiceCode) {
                return system.organisation(OdsCode.of(practiceCode))
                        .filter(o -> o.kind() == OrganisationKind.GP_PRACTICE)
                        .flatMap(o -> system.placeOf(o.code()))
                        .map(p -> p.code().value());
            }
        };
    }

    @Override
    @Transactional
    public DeploymentOutcome recordDeployment(Deployment d, Actor actor) {
        Authorisation.require(actor, WorkforcePermission.RECORD_DEPLOYMENT);
        SystemOfSystems system = registry.asAt(d.start());
        for (String org : List.of(d.fromOrganisation(), d.toOrganisation())) {
            if (system.organisation(OdsCode.of(org)).isEmpty()) {
                return DeploymentOutcome.refused("organisation " + org + " is not in the registry on " + d.start());
            }
        }
        Optional<Deployment> stored = store.insert(d, actor.username(), clock.instant());
        if (stored.isEmpty()) {
            return DeploymentOutcome.refused(
                    "this deployment (staff id, kind, organisations and start) is recorded already");
        }
        store.log(
                actor,
                "record deployment",
                stored.get().id() + " " + d.kind() + " " + d.fromOrganisation() + " -> " + d.toOrganisation() + " "
                        + d.group() + " " + d.fte() + " FTE from " + d.start()
                        + d.end().map(e -> " until " + e).orElse(""),
                clock.instant());
        return DeploymentOutcome.recorded(stored.get());
    }

    @Override
    public List<OrganisationStaffing> staffing(LocalDate asAt, Actor actor) {
        Authorisation.require(actor, WorkforcePermission.READ_AGGREGATES);
        SystemOfSystems system = registry.asAt(asAt);
        return Staffing.organisations(
                Staffing.inForce(store.figures(asAt), asAt),
                store.deployments(),
                asAt,
                code -> system.organisation(code).map(Organisation::name).orElse(code.value()));
    }

    @Override
    public List<StaffingFigure> figures(LocalDate asAt, Actor actor) {
        Authorisation.require(actor, WorkforcePermission.READ_AGGREGATES);
        return Staffing.inForce(store.figures(asAt), asAt);
    }

    @Override
    @Transactional
    public List<Deployment> deployments(Actor actor) {
        Authorisation.require(actor, WorkforcePermission.READ_MOVEMENTS);
        List<Deployment> all = store.deployments();
        store.log(actor, "read deployments", all.size() + " deployments (pseudonymous ids)", clock.instant());
        return all;
    }

    @Override
    public PlaceComparison comparePlaces(StaffGroup group, Denominator denominator, LocalDate asAt, Actor actor) {
        Authorisation.require(actor, WorkforcePermission.READ_AGGREGATES);
        SystemOfSystems system = registry.asAt(asAt);
        List<PerCapita.Population> populations = new ArrayList<>();
        for (Organisation place : system.organisations(OrganisationKind.PLACE)) {
            populations.add(population(system, place, denominator));
        }
        return PerCapita.compare(
                group,
                denominator,
                asAt,
                Staffing.fteByPlace(Staffing.inForce(store.figures(asAt), asAt), group),
                populations);
    }

    private PerCapita.Population population(SystemOfSystems system, Organisation place, Denominator denominator) {
        String code = place.code().value();
        return switch (denominator) {
            case REGISTERED, WEIGHTED -> {
                PopulationMeasure measure = denominator == Denominator.REGISTERED
                        ? PopulationMeasure.REGISTERED
                        : PopulationMeasure.WEIGHTED_PRIMARY_MEDICAL_CARE;
                List<Organisation> practices = system.practicesUnder(place.code());
                double sum = 0;
                int missing = 0;
                for (Organisation p : practices) {
                    Optional<Double> v = system.population(p.code(), measure);
                    sum += v.orElse(0.0);
                    missing += v.isEmpty() ? 1 : 0;
                }
                yield practices.isEmpty() || missing == practices.size()
                        ? new PerCapita.Population(
                                code,
                                place.name(),
                                null,
                                "no " + denominator.label() + " in the registry for this place")
                        : missing > 0
                                ? new PerCapita.Population(
                                        code,
                                        place.name(),
                                        null,
                                        missing + " of " + practices.size() + " practices have no "
                                                + denominator.label() + " in the registry")
                                : new PerCapita.Population(code, place.name(), sum, null);
            }
            case RESIDENT ->
                system.residentPopulation(place.code())
                        .map(r -> new PerCapita.Population(code, place.name(), (double) r, null))
                        .orElseGet(() -> new PerCapita.Population(
                                code, place.name(), null, "no resident population in the registry"));
            case MULTIMORBID ->
                populationHealth
                        .value(MULTIMORBIDITY, Level.PLACE, code)
                        .filter(v -> !v.suppressed() && v.numerator() != null)
                        .map(IndicatorValue::numerator)
                        .map(n -> new PerCapita.Population(code, place.name(), n, null))
                        .orElseGet(() -> new PerCapita.Population(
                                code,
                                place.name(),
                                null,
                                "analytics has no unsuppressed multimorbidity count for this place (run a refresh)"));
        };
    }

    @Override
    @Transactional
    public WorkforcePlanOutcome savePlan(WorkforcePlan plan, Actor actor) {
        Authorisation.require(actor, WorkforcePermission.EDIT_PLANS);
        SystemOfSystems system = registry.asAt(plan.baseline());
        if (!directory(system).isPlace(plan.place())) {
            return WorkforcePlanOutcome.refused(
                    "place " + plan.place() + " is not a place in the registry on " + plan.baseline());
        }
        JdbcWorkforceStore.SavedPlan saved = store.savePlan(plan, actor.username(), clock.instant());
        if (saved.changed()) {
            store.log(
                    actor,
                    "save plan",
                    saved.plan().id() + " " + plan.group() + " in " + plan.place() + ": " + plan.targetPer10k()
                            + " FTE per 10,000 " + plan.per().label() + " by " + plan.targetDate() + " from "
                            + plan.baseline() + " '" + plan.title() + "'",
                    clock.instant());
        }
        return WorkforcePlanOutcome.saved(saved.plan(), saved.changed());
    }

    @Override
    public List<PlanProgress> plans(LocalDate asAt, Actor actor) {
        Authorisation.require(actor, WorkforcePermission.READ_AGGREGATES);
        SystemOfSystems system = registry.asAt(asAt);
        List<StaffingFigure> returns = store.figures(asAt);
        Map<List<Object>, Double> fte = new HashMap<>();
        List<PlanProgress> result = new ArrayList<>();
        for (WorkforcePlan plan : store.plans()) {
            Optional<Organisation> place =
                    system.organisation(OdsCode.of(plan.place())).filter(o -> o.kind() == OrganisationKind.PLACE);
            PerCapita.Population population = place.map(p -> population(system, p, plan.per()))
                    .orElseGet(() -> new PerCapita.Population(
                            plan.place(), plan.place(), null, "not a place in the registry on " + asAt));
            result.add(Trajectory.progress(
                    plan,
                    population.name(),
                    asAt,
                    population,
                    date -> fte.computeIfAbsent(
                            List.of(plan.group(), plan.place(), date),
                            k -> Staffing.fteByPlace(Staffing.inForce(returns, date), plan.group())
                                    .getOrDefault(plan.place(), 0.0))));
        }
        return result;
    }

    @Override
    @Transactional
    public boolean loadDemo() {
        if (store.hasFigures()
                || registry.organisation(OdsCode.of(DemoSystem.ICB_CODE), LocalDate.now(clock))
                        .isEmpty()) {
            return false;
        }
        SystemOfSystems system = registry.asAt(DemoWorkforce.PERIODS.get(DemoWorkforce.PERIODS.size() - 1));
        Actor demo = new Actor(
                "demo", org.openics.kernel.UserRole.WORKFORCE_LEAD, Optional.of(DemoSystem.ICB_CODE), Optional.empty());
        for (StaffingFigure f : DemoWorkforce.figures(system)) {
            store.upsert(f, "DEMO:synthetic South East London", demo.username(), clock.instant());
        }
        DemoWorkforce.deployments().forEach(d -> store.insert(d, demo.username(), clock.instant()));
        DemoWorkforce.plans(system.organisations(OrganisationKind.PLACE).stream()
                        .map(p -> p.code().value())
                        .toList())
                .forEach(p -> store.savePlan(p, demo.username(), clock.instant()));
        store.log(demo, "load demo", "synthetic workforce of the demo ICS", clock.instant());
        return true;
    }
}
