package org.openics.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.openics.kernel.NotAuthorised;
import org.openics.kernel.UserRole;
import org.openics.record.SharedCareRecord;
import org.openics.workforce.Denominator;
import org.openics.workforce.Deployment;
import org.openics.workforce.DeploymentKind;
import org.openics.workforce.DeploymentOutcome;
import org.openics.workforce.Figure;
import org.openics.workforce.OrganisationStaffing;
import org.openics.workforce.PlaceComparison;
import org.openics.workforce.PlaceRate;
import org.openics.workforce.PlanProgress;
import org.openics.workforce.StaffGroup;
import org.openics.workforce.Workforce;
import org.openics.workforce.WorkforceFormat;
import org.openics.workforce.WorkforceImport;
import org.openics.workforce.WorkforcePlan;
import org.openics.workforce.WorkforcePlanOutcome;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "workforce",
        mixinStandardHelpOptions = true,
        description = {
            "One workforce across the ICS's employers: import returns (NHS Workforce Statistics, GP workforce),",
            "show staff in post, vacancies, turnover and sickness per organisation and group, record deployments between",
            "partners, compare places per 10,000 population, and plan each group and place against need with a trajectory.",
            "Aggregates and pseudonymous ids only (docs/workforce.md)."
        },
        subcommands = {
            WorkforceCommand.Import.class,
            WorkforceCommand.Staffing.class,
            WorkforceCommand.Places.class,
            WorkforceCommand.Deploy.class,
            WorkforceCommand.Deployments.class,
            WorkforceCommand.Plan.class,
            WorkforceCommand.Plans.class
        })
final class WorkforceCommand extends CommandGroup {

    <T> T with(Function<ConfigurableApplicationContext, T> action) {
        try (ConfigurableApplicationContext context = Platform.batch(parent.home())) {
            return action.apply(context);
        }
    }

    static String figure(Figure f) {
        return f.calculated() ? String.format(Locale.UK, "%.1f", f.value()) : "-";
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Import CSV returns. Good rows load in one transaction per file; each bad row is named (file:line: reason);",
                "importing the same file again changes nothing. Exit status: 0 all loaded, 2 rows rejected, 1 refused."
            })
    static final class Import implements Callable<Integer> {
        @ParentCommand
        WorkforceCommand workforce;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "CSV files.")
        List<Path> files;

        @Option(names = "--format", required = true, description = "${COMPLETION-CANDIDATES}.")
        WorkforceFormat format;

        @Option(
                names = "--period",
                paramLabel = "YYYY-MM-DD",
                description = "The month a GP workforce file counts (required for GP_WORKFORCE).")
        LocalDate period;

        @Option(
                names = "--user",
                required = true,
                paramLabel = "NAME",
                description = "Who imports (in the change log; a local account must be a workforce lead).")
        String user;

        @Override
        public Integer call() {
            return workforce.with(context -> CsvImports.run(files, "figures", (name, text) -> {
                WorkforceImport r = context.getBean(Workforce.class)
                        .importCsv(
                                name,
                                text,
                                format,
                                period,
                                ModuleActors.writer(
                                        context.getBean(SharedCareRecord.class), user, UserRole.WORKFORCE_LEAD));
                return new CsvImports.Outcome(r.file(), r.read(), r.loaded(), r.rejected(), r.changes());
            }));
        }
    }

    @Command(
            name = "staffing",
            mixinStandardHelpOptions = true,
            description =
                    "Staff per organisation and group as at a date: FTE in post, deployed in/out, working FTE, vacancy, turnover, sickness.")
    static final class Staffing implements Callable<Integer> {
        @ParentCommand
        WorkforceCommand workforce;

        @Option(names = "--as-at", paramLabel = "YYYY-MM-DD", description = "Default: today.")
        LocalDate asAt;

        @Option(names = "--group", description = "Only this staff group: ${COMPLETION-CANDIDATES}.")
        StaffGroup group;

        @Override
        public Integer call() {
            LocalDate date = asAt == null ? LocalDate.now() : asAt;
            List<OrganisationStaffing> rows =
                    workforce.with(c -> c.getBean(Workforce.class).staffing(date, ModuleActors.reader(null)));
            PrintStream out = System.out;
            out.printf(
                    "%-8s %-18s %10s %8s %8s %10s %8s %8s %8s%n",
                    "org", "group", "FTE", "in", "out", "working", "vac%", "turn%", "sick%");
            rows.stream()
                    .filter(r -> group == null || r.group() == group)
                    .forEach(r -> out.printf(
                            Locale.UK,
                            "%-8s %-18s %10.2f %8.2f %8.2f %10.2f %8s %8s %8s%n",
                            r.organisation(),
                            r.group(),
                            r.inPostFte(),
                            r.deployedInFte(),
                            r.deployedOutFte(),
                            r.workingFte(),
                            figure(r.vacancyRate()),
                            figure(r.turnover()),
                            figure(r.sicknessRate())));
            return 0;
        }
    }

    @Command(
            name = "places",
            mixinStandardHelpOptions = true,
            description =
                    "FTE of a staff group per 10,000 population in each place, with 95% intervals and the comparison with the ICS.")
    static final class Places implements Callable<Integer> {
        @ParentCommand
        WorkforceCommand workforce;

        @Option(
                names = "--group",
                defaultValue = "GP",
                description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
        StaffGroup group;

        @Option(
                names = "--per",
                defaultValue = "REGISTERED",
                description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
        Denominator per;

        @Option(names = "--as-at", paramLabel = "YYYY-MM-DD", description = "Default: today.")
        LocalDate asAt;

        @Override
        public Integer call() {
            LocalDate date = asAt == null ? LocalDate.now() : asAt;
            PlaceComparison c = workforce.with(
                    ctx -> ctx.getBean(Workforce.class).comparePlaces(group, per, date, ModuleActors.reader(null)));
            System.out.printf(
                    "%s FTE per 10,000 %s as at %s; ICS %s%n",
                    group.label(),
                    per.label(),
                    date,
                    c.icsRate().calculated()
                            ? String.format(Locale.UK, "%.2f", c.icsRate().value())
                            : "not calculated: " + c.icsRate().reason());
            for (PlaceRate r : c.places()) {
                System.out.printf(
                        Locale.UK,
                        "  %-32s %9.2f FTE  %s%n",
                        r.name(),
                        r.fte(),
                        r.rate().calculated()
                                ? String.format(
                                        Locale.UK,
                                        "%.2f (%.2f-%.2f) %s",
                                        r.rate().value(),
                                        r.lower95(),
                                        r.upper95(),
                                        r.comparison())
                                : "not calculated: " + r.rate().reason());
            }
            System.out.println("Method: " + c.method() + ".");
            return 0;
        }
    }

    @Command(
            name = "deploy",
            mixinStandardHelpOptions = true,
            description = {
                "Record a member of staff working for a partner: a secondment, joint post, shared bank or passport transfer.",
                "The staff id must be a pseudonym, never a name, NHS number or National Insurance number."
            })
    static final class Deploy implements Callable<Integer> {
        @ParentCommand
        WorkforceCommand workforce;

        @Option(names = "--id", required = true, paramLabel = "PSEUDONYM")
        String id;

        @Option(names = "--kind", required = true, description = "${COMPLETION-CANDIDATES}.")
        DeploymentKind kind;

        @Option(names = "--from", required = true, paramLabel = "ODS", description = "The employer.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "ODS", description = "The host.")
        String to;

        @Option(names = "--group", required = true, description = "${COMPLETION-CANDIDATES}.")
        StaffGroup group;

        @Option(names = "--fte", defaultValue = "1.0")
        double fte;

        @Option(names = "--start", required = true, paramLabel = "YYYY-MM-DD")
        LocalDate start;

        @Option(names = "--end", paramLabel = "YYYY-MM-DD", description = "Exclusive; none for open-ended.")
        LocalDate end;

        @Option(
                names = "--user",
                required = true,
                paramLabel = "NAME",
                description = "Who records it (in the change log).")
        String user;

        @Override
        public Integer call() {
            String problem = Deployment.problem(id, kind, from, to, group, fte, start, Optional.ofNullable(end));
            if (problem != null) {
                System.err.println("openics: " + problem);
                return 1;
            }
            try {
                DeploymentOutcome outcome = workforce.with(c -> c.getBean(Workforce.class)
                        .recordDeployment(
                                new Deployment(
                                        0,
                                        id,
                                        kind,
                                        from.toUpperCase(Locale.ROOT),
                                        to.toUpperCase(Locale.ROOT),
                                        group,
                                        fte,
                                        start,
                                        Optional.ofNullable(end)),
                                ModuleActors.writer(c.getBean(SharedCareRecord.class), user, UserRole.WORKFORCE_LEAD)));
                if (!outcome.done()) {
                    System.err.println("openics: " + String.join("; ", outcome.problems()));
                    return 1;
                }
                System.out.println("Recorded deployment "
                        + outcome.recorded().orElseThrow().id() + ".");
                return 0;
            } catch (NotAuthorised e) {
                System.err.println("openics: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(
            name = "deployments",
            mixinStandardHelpOptions = true,
            description = "List deployments between partners, newest first.")
    static final class Deployments implements Callable<Integer> {
        @ParentCommand
        WorkforceCommand workforce;

        @Override
        public Integer call() {
            for (Deployment d :
                    workforce.with(c -> c.getBean(Workforce.class).deployments(ModuleActors.reader(null)))) {
                System.out.printf(
                        Locale.UK,
                        "%5d %-14s %-18s %-7s -> %-7s %-18s %5.2f FTE %s to %s%n",
                        d.id(),
                        d.pseudonym(),
                        d.kind(),
                        d.fromOrganisation(),
                        d.toOrganisation(),
                        d.group(),
                        d.fte(),
                        d.start(),
                        d.end().map(Object::toString).orElse("open"));
            }
            return 0;
        }
    }

    @Command(
            name = "plan",
            mixinStandardHelpOptions = true,
            description = {
                "Save a workforce plan: a staff group's target FTE per 10,000 of a population in a place by a date, from a baseline.",
                "One plan per group, place and population: saving one for the same three revises it; the same values again change nothing."
            })
    static final class Plan implements Callable<Integer> {
        @ParentCommand
        WorkforceCommand workforce;

        @Option(names = "--title", required = true)
        String title;

        @Option(names = "--group", required = true, description = "${COMPLETION-CANDIDATES}.")
        StaffGroup group;

        @Option(
                names = "--place",
                required = true,
                paramLabel = "CODE",
                description = "The place's code (./openics registry tree).")
        String place;

        @Option(
                names = "--per",
                defaultValue = "REGISTERED",
                description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
        Denominator per;

        @Option(names = "--target", required = true, paramLabel = "FTE_PER_10000")
        double target;

        @Option(names = "--baseline", required = true, paramLabel = "YYYY-MM-DD")
        LocalDate baseline;

        @Option(names = "--by", required = true, paramLabel = "YYYY-MM-DD", description = "The target date.")
        LocalDate by;

        @Option(
                names = "--user",
                required = true,
                paramLabel = "NAME",
                description = "Who saves it (in the change log).")
        String user;

        @Override
        public Integer call() {
            String problem = WorkforcePlan.problem(title, group, place, per, target, baseline, by);
            if (problem != null) {
                System.err.println("openics: " + problem);
                return 1;
            }
            try {
                WorkforcePlanOutcome outcome = workforce.with(c -> c.getBean(Workforce.class)
                        .savePlan(
                                new WorkforcePlan(
                                        0, title, group, place.toUpperCase(Locale.ROOT), per, target, baseline, by),
                                ModuleActors.writer(c.getBean(SharedCareRecord.class), user, UserRole.WORKFORCE_LEAD)));
                if (!outcome.done()) {
                    System.err.println("openics: " + String.join("; ", outcome.problems()));
                    return 1;
                }
                System.out.println((outcome.changed() ? "Saved" : "Unchanged:") + " workforce plan "
                        + outcome.saved().orElseThrow().id() + ".");
                return 0;
            } catch (NotAuthorised e) {
                System.err.println("openics: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(
            name = "plans",
            mixinStandardHelpOptions = true,
            description =
                    "Every workforce plan as at a date: the need, FTE in post, where the trajectory is, the gap and the status.")
    static final class Plans implements Callable<Integer> {
        @ParentCommand
        WorkforceCommand workforce;

        @Option(names = "--as-at", paramLabel = "YYYY-MM-DD", description = "Default: today.")
        LocalDate asAt;

        @Option(
                names = "--trajectory",
                description = "Also print each plan's trajectory (planned and in post at each quarter).")
        boolean trajectory;

        @Override
        public Integer call() {
            LocalDate date = asAt == null ? LocalDate.now() : asAt;
            List<PlanProgress> plans =
                    workforce.with(c -> c.getBean(Workforce.class).plans(date, ModuleActors.reader(null)));
            System.out.printf(
                    "%4s %-28s %-18s %8s %10s %10s %10s %10s  %s%n",
                    "plan", "place", "group", "target", "needed", "in post", "planned", "gap", "status");
            for (PlanProgress p : plans) {
                System.out.printf(
                        Locale.UK,
                        "%4d %-28s %-18s %8.2f %10s %10.2f %10s %10s  %s%n",
                        p.plan().id(),
                        p.placeName(),
                        p.plan().group(),
                        p.plan().targetPer10k(),
                        figure(p.neededFte()),
                        p.actualFte(),
                        figure(p.plannedFte()),
                        figure(p.gapToNeed()),
                        p.status());
                if (trajectory) {
                    p.trajectory()
                            .forEach(pt -> System.out.printf(
                                    Locale.UK,
                                    "       %s planned %s in post %s%n",
                                    pt.date(),
                                    pt.plannedFte() == null ? "-" : String.format(Locale.UK, "%.2f", pt.plannedFte()),
                                    pt.actualFte() == null ? "-" : String.format(Locale.UK, "%.2f", pt.actualFte())));
                }
            }
            System.out.println("Method: " + PlanProgress.METHOD + ".");
            return 0;
        }
    }
}
