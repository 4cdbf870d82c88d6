package org.openics.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.openics.estates.EstatePlan;
import org.openics.estates.Estates;
import org.openics.estates.EstatesImport;
import org.openics.estates.HubCoverage;
import org.openics.estates.PlaceEstate;
import org.openics.estates.Site;
import org.openics.kernel.UserRole;
import org.openics.record.SharedCareRecord;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "estates", mixinStandardHelpOptions = true,
        description = {"One estate across the ICS's partners: import ERIC-shaped site returns, list sites and the estate per place,",
            "show local care hubs with the travel distance from the neighbourhoods they serve, and the estate plan (docs/estates.md)."},
        subcommands = {EstatesCommand.Import.class, EstatesCommand.Sites.class, EstatesCommand.Places.class, EstatesCommand.Hubs.class,
            EstatesCommand.Plans.class})
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

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import ERIC-shaped site returns for a year. Good rows load in one transaction per file; each bad row is",
                "named (file:line: reason); importing the same file again changes nothing. Exit status: 0 all loaded, 2 rows rejected, 1 refused."})
    static final class Import implements Callable<Integer> {
        @ParentCommand
        EstatesCommand estates;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "CSV files.")
        List<Path> files;

        @Option(names = "--period", required = true, paramLabel = "YYYY-MM-DD", description = "The first day of the year the return counts (1 April).")
        LocalDate period;

        @Option(names = "--user", required = true, paramLabel = "NAME", description = "Who imports (in the change log; a local account must be an estates lead).")
        String user;

        @Override
        public Integer call() {
            return estates.with(context -> CsvImports.run(files, "sites", (name, text) -> {
                EstatesImport r = context.getBean(Estates.class).importSites(name, text, period,
                        ModuleActors.writer(context.getBean(SharedCareRecord.class), user, UserRole.ESTATES_LEAD));
                return new CsvImports.Outcome(r.file(), r.read(), r.loaded(), r.rejected(), r.changes());
            }));
        }
    }

    @Command(name = "sites", mixinStandardHelpOptions = true, description = "Every site as at a date: owner, place, floor area, condition, backlog.")
    static final class Sites extends Dated implements Callable<Integer> {
        @Override
        public Integer call() {
            for (Site s : estates.with(c -> c.getBean(Estates.class).sites(date(), ModuleActors.reader(null)))) {
                System.out.printf(Locale.UK, "%-8s %-40s %-14s %-16s %10.0f m²  %s  backlog %s (critical %s)%n", s.siteCode(), s.name(), s.owner(),
                        s.place(), s.floorAreaM2(), s.condition().map(Enum::name).orElse("-"), s.backlog().total(), s.backlog().critical());
            }
            return 0;
        }
    }

    @Command(name = "places", mixinStandardHelpOptions = true, description = "The estate per place: sites, floor area, void space, backlog, running cost, carbon, deprivation.")
    static final class Places extends Dated implements Callable<Integer> {
        @Override
        public Integer call() {
            for (PlaceEstate p : estates.with(c -> c.getBean(Estates.class).places(date(), ModuleActors.reader(null)))) {
                System.out.printf(Locale.UK, "%-36s %3d sites %10.0f m² (void %.0f) backlog %s running %s carbon %.0f t; most deprived fifth %s%n",
                        p.name(), p.sites(), p.floorAreaM2(), p.voidM2(), p.backlog().total(), p.runningCost(), p.carbonTonnes(),
                        p.mostDeprivedShare() == null ? "not known" : String.format(Locale.UK, "%.0f%%", p.mostDeprivedShare()));
            }
            return 0;
        }
    }

    @Command(name = "hubs", mixinStandardHelpOptions = true, description = "Local care hubs: services hosted for which PCNs, travel distance from each.")
    static final class Hubs extends Dated implements Callable<Integer> {
        @Override
        public Integer call() {
            for (HubCoverage h : estates.with(c -> c.getBean(Estates.class).hubs(date(), ModuleActors.reader(null)))) {
                System.out.printf(Locale.UK, "%s (%s): mean travel %s%n", h.hub().name(), h.hub().siteCode(), h.meanDistanceKm() == null
                        ? "not calculated: " + h.notCalculated() : String.format(Locale.UK, "%.2f km", h.meanDistanceKm()));
                h.reach().forEach(r -> System.out.printf(Locale.UK, "  %-32s %6.2f km (straight %5.2f)  %s%n", r.pcnName(), r.travelKm(), r.straightKm(),
                        String.join(", ", r.services())));
            }
            return 0;
        }
    }

    @Command(name = "plans", mixinStandardHelpOptions = true, description = "The estate plan: disposals, relocations, new hubs, refurbishments.")
    static final class Plans implements Callable<Integer> {
        @ParentCommand
        EstatesCommand estates;

        @Override
        public Integer call() {
            for (EstatePlan p : estates.with(c -> c.getBean(Estates.class).plans(ModuleActors.reader(null)))) {
                System.out.printf(Locale.UK, "%3d %-13s %-8s %-11s due %s  %s%s%n", p.id(), p.kind(), p.siteCode(), p.status(), p.due(), p.title(),
                        p.capitalBid().map(b -> "  [capital bid " + b + "]").orElse(""));
            }
            return 0;
        }
    }
}
