package org.openics.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.openics.estates.CapitalBidLink;
import org.openics.estates.EditOutcome;
import org.openics.estates.EstatePlan;
import org.openics.estates.Estates;
import org.openics.estates.EstatesImport;
import org.openics.estates.HubCoverage;
import org.openics.estates.PlaceEstate;
import org.openics.estates.PlanKind;
import org.openics.estates.PlanStatus;
import org.openics.estates.Site;
import org.openics.kernel.NotAuthorised;
import org.openics.kernel.UserRole;
import org.openics.record.SharedCareRecord;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "estates",
        mixinStandardHelpOptions = true,
        description = {
            "One estate across the ICS's partners: import ERIC-shaped site returns, list sites and the estate per place,",
            "show local care hubs with the travel distance from the neighbourhoods they serve, and the estate plan (docs/estates.md)."
        },
        subcommands = {
            EstatesCommand.Import.class,
            EstatesCommand.Sites.class,
            EstatesCommand.Places.class,
            EstatesCommand.Hubs.class,
            EstatesCommand.Plans.class,
            EstatesCommand.SaveHub.class,
            EstatesCommand.SavePlan.class
        })
final class EstatesCommand extends CommandGroup {

    <T> T with(Function<ConfigurableApplicationContext, T> action) {
        try (ConfigurableApplicationContext context = Platform.batch(parent.home())) {
            return action.apply(context);
        }
    }

    abstract static class Dated {
        @ParentCommand
        EstatesCommand estates;

        @Option(names = "--as-at", paramLabel = "YYYY-MM-DD", description = "Default: today.")
        LocalDate asAt;

        LocalDate date() {
            return asAt == null ? LocalDate.now() : asAt;
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Import ERIC-shaped site returns for a year. Good rows load in one transaction per file; each bad row is",
                "named (file:line: reason); importing the same file again changes nothing. Exit status: 0 all loaded, 2 rows rejected, 1 refused."
            })
    static final class Import implements Callable<Integer> {
        @ParentCommand
        EstatesCommand estates;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "CSV files.")
        List<Path> files;

        @Option(
                names = "--period",
                required = true,
                paramLabel = "YYYY-MM-DD",
                description = "The first day of the year the return counts (1 April).")
        LocalDate period;

        @Option(
                names = "--user",
                required = true,
                paramLabel = "NAME",
                description = "Who imports (in the change log; a local account must be an estates lead).")
        String user;

        @Override
        public Integer call() {
            return estates.with(context -> CsvImports.run(files, "sites", (name, text) -> {
                EstatesImport r = context.getBean(Estates.class)
                        .importSites(
                                name,
                                text,
                                period,
                                ModuleActors.writer(
                                        context.getBean(SharedCareRecord.class), user, UserRole.ESTATES_LEAD));
                return new CsvImports.Outcome(r.file(), r.read(), r.loaded(), r.rejected(), r.changes());
            }));
        }
    }

    @Command(
            name = "sites",
            mixinStandardHelpOptions = true,
            description = "Every site as at a date: owner, place, floor area, condition, backlog.")
    static final class Sites extends Dated implements Callable<Integer> {
        @Override
        public Integer call() {
            for (Site s : estates.with(c -> c.getBean(Estates.class).sites(date(), ModuleActors.reader(null)))) {
                System.out.printf(
                        Locale.UK,
                        "%-8s %-40s %-14s %-16s %10.0f m²  %s  backlog %s (critical %s)%n",
                        s.siteCode(),
                        s.name(),
                        s.owner(),
                        s.place(),
                        s.floorAreaM2(),
                        s.condition().map(Enum::name).orElse("-"),
                        s.backlog().total(),
                        s.backlog().critical());
            }
            return 0;
        }
    }

    @Command(
            name = "places",
            mixinStandardHelpOptions = true,
            description =
                    "The estate per place: sites, floor area, void space, backlog, running cost, carbon, deprivation.")
    static final class Places extends Dated implements Callable<Integer> {
        @Override
        public Integer call() {
            for (PlaceEstate p :
                    estates.with(c -> c.getBean(Estates.class).places(date(), ModuleActors.reader(null)))) {
                System.out.printf(
                        Locale.UK,
                        "%-36s %3d sites %10.0f m² (void %.0f) backlog %s running %s carbon %.0f t; most deprived fifth %s%n",
                        p.name(),
                        p.sites(),
                        p.floorAreaM2(),
                        p.voidM2(),
                        p.backlog().total(),
                        p.runningCost(),
                        p.carbonTonnes(),
                        p.mostDeprivedShare() == null
                                ? "not known"
                                : String.format(Locale.UK, "%.0f%%", p.mostDeprivedShare()));
            }
            return 0;
        }
    }

    @Command(
            name = "hubs",
            mixinStandardHelpOptions = true,
            description = "Local care hubs: services hosted for which PCNs, travel distance from each.")
    static final class Hubs extends Dated implements Callable<Integer> {
        @Override
        public Integer call() {
            for (HubCoverage h : estates.with(c -> c.getBean(Estates.class).hubs(date(), ModuleActors.reader(null)))) {
                System.out.printf(
                        Locale.UK,
                        "%s (%s): mean travel %s%n",
                        h.hub().name(),
                        h.hub().siteCode(),
                        h.meanDistanceKm() == null
                                ? "not calculated: " + h.notCalculated()
                                : String.format(Locale.UK, "%.2f km", h.meanDistanceKm()));
                h.reach()
                        .forEach(r -> System.out.printf(
                                Locale.UK,
                                "  %-32s %6.2f km (straight %5.2f)  %s%n",
                                r.pcnName(),
                                r.travelKm(),
                                r.straightKm(),
                                String.join(", ", r.services())));
            }
            return 0;
        }
    }

    @Command(
            name = "plans",
            mixinStandardHelpOptions = true,
            description = "The estate plan: disposals, relocations, new hubs, refurbishments.")
    static final class Plans implements Callable<Integer> {
        @ParentCommand
        EstatesCommand estates;

        @Override
        public Integer call() {
            estates.with(c -> {
                Estates e = c.getBean(Estates.class);
                java.util.Map<Long, CapitalBidLink> bids = new java.util.HashMap<>();
                e.capitalBids(LocalDate.now(), ModuleActors.reader(null)).forEach(b -> bids.put(b.plan(), b));
                for (EstatePlan p : e.plans(ModuleActors.reader(null))) {
                    System.out.printf(
                            Locale.UK,
                            "%3d %-13s %-8s %-11s due %s  %s%s%n",
                            p.id(),
                            p.kind(),
                            p.siteCode(),
                            p.status(),
                            p.due(),
                            p.title(),
                            p.capitalBid()
                                    .map(b -> "  [capital bid " + b
                                            + (bids.containsKey(p.id())
                                                    ? ": " + bids.get(p.id()).decision()
                                                    : "") + "]")
                                    .orElse(""));
                }
                return 0;
            });
            return 0;
        }
    }

    /** Prints the outcome of a write; exit 0 when saved, 1 when refused (with every reason) or not authorised. */
    static int report(java.util.function.Supplier<EditOutcome> write, String what) {
        try {
            EditOutcome outcome = write.get();
            if (!outcome.done()) {
                outcome.problems().forEach(p -> System.err.println("openics: " + p));
                return 1;
            }
            System.out.println("Saved " + what + (outcome.id() == 0 ? "" : " " + outcome.id()) + ".");
            return 0;
        } catch (NotAuthorised e) {
            System.err.println("openics: " + e.getMessage());
            return 1;
        }
    }

    @Command(
            name = "hub",
            mixinStandardHelpOptions = true,
            description = {
                "Save (add or replace) the local care hub on a site: the services it hosts and the neighbourhoods (PCNs) it serves,",
                "each with the population-weighted centre its travel distance is measured from. Each bad line is named; nothing is saved then."
            })
    static final class SaveHub implements Callable<Integer> {
        @ParentCommand
        EstatesCommand estates;

        @Option(names = "--site", required = true, paramLabel = "SITE_CODE", description = "A site with a return.")
        String site;

        @Option(names = "--name", required = true)
        String name;

        @Option(
                names = "--service",
                paramLabel = "'SERVICE | PROVIDER | PCN PCN'",
                description = "A hosted service (repeat; no PCNs: for every neighbourhood served).")
        List<String> services = List.of();

        @Option(names = "--serves", paramLabel = "'PCN, LAT, LON'", description = "A neighbourhood served (repeat).")
        List<String> serves = List.of();

        @Option(
                names = "--user",
                required = true,
                paramLabel = "NAME",
                description = "Who saves it (in the change log).")
        String user;

        @Override
        public Integer call() {
            return estates.with(c -> report(
                    () -> c.getBean(Estates.class)
                            .saveHub(
                                    site,
                                    name,
                                    String.join("\n", services),
                                    String.join("\n", serves),
                                    ModuleActors.writer(
                                            c.getBean(SharedCareRecord.class), user, UserRole.ESTATES_LEAD)),
                    "hub " + site));
        }
    }

    @Command(
            name = "plan",
            mixinStandardHelpOptions = true,
            description = {
                "Add an estate plan (a disposal, relocation, new hub or refurbishment), or revise one with --id; --capital-bid links",
                "it to a bid of the finance module's capital rounds."
            })
    static final class SavePlan implements Callable<Integer> {
        @ParentCommand
        EstatesCommand estates;

        @Option(names = "--id", defaultValue = "0", description = "The plan to revise (default: a new plan).")
        long id;

        @Option(names = "--kind", required = true, description = "${COMPLETION-CANDIDATES}.")
        PlanKind kind;

        @Option(names = "--site", required = true, paramLabel = "SITE_CODE")
        String site;

        @Option(names = "--to", paramLabel = "SITE_CODE", description = "Where a relocation moves the services.")
        String to;

        @Option(names = "--title", required = true)
        String title;

        @Option(names = "--due", required = true, paramLabel = "YYYY-MM-DD")
        LocalDate due;

        @Option(
                names = "--status",
                defaultValue = "PROPOSED",
                description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
        PlanStatus status;

        @Option(
                names = "--floor-area",
                defaultValue = "0",
                paramLabel = "M2",
                description = "Floor area added (negative: released).")
        double floorArea;

        @Option(
                names = "--running-cost",
                defaultValue = "0",
                paramLabel = "POUNDS",
                description = "Change in annual running cost (negative: a saving).")
        String runningCost;

        @Option(names = "--capital-bid", paramLabel = "BID_ID")
        String capitalBid;

        @Option(
                names = "--user",
                required = true,
                paramLabel = "NAME",
                description = "Who saves it (in the change log).")
        String user;

        @Override
        public Integer call() {
            EstatePlan.Draft draft =
                    EstatePlan.draft(id, kind, site, to, title, due, status, floorArea, runningCost, capitalBid);
            if (draft.problem() != null) {
                System.err.println("openics: " + draft.problem());
                return 1;
            }
            EstatePlan plan = draft.plan();
            return estates.with(c -> report(
                    () -> c.getBean(Estates.class)
                            .savePlan(
                                    plan,
                                    ModuleActors.writer(
                                            c.getBean(SharedCareRecord.class), user, UserRole.ESTATES_LEAD)),
                    "estate plan"));
        }
    }
}
