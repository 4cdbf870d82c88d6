package org.openics.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.openics.kernel.Actor;
import org.openics.mutualaid.BalancePlan;
import org.openics.mutualaid.Diagnostics;
import org.openics.mutualaid.DiagnosticsRow;
import org.openics.mutualaid.ImportReport;
import org.openics.mutualaid.MutualAid;
import org.openics.mutualaid.Plan;
import org.openics.mutualaid.PlanOptions;
import org.openics.mutualaid.TravelLimit;
import org.openics.mutualaid.WaitingLists;
import org.openics.mutualaid.WaitsRow;
import org.openics.record.SharedCareRecord;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "mutualaid",
        mixinStandardHelpOptions = true,
        description =
                "Mutual aid across providers: waiting lists (from the last `indicators refresh`), the board of offers, the optimised plan.",
        subcommands = {
            MutualAidCommand.Waits.class,
            MutualAidCommand.Offers.class,
            MutualAidCommand.PlanRun.class,
            MutualAidCommand.DiagnosticsRun.class,
            MutualAidCommand.Sites.class,
            MutualAidCommand.Import.class
        })
final class MutualAidCommand extends CommandGroup {

    /** The acting account (a local account's role decides what it may do); the refusal names the roles that may. */
    static Actor actor(ConfigurableApplicationContext context, String user) {
        return context.getBean(SharedCareRecord.class)
                .account(user)
                .orElseThrow(() -> new IllegalArgumentException("no account " + user + " (try operations or analyst)"));
    }

    @Command(
            name = "waits",
            mixinStandardHelpOptions = true,
            description =
                    "Waiting list by provider × treatment function (all priorities): waiting, median and 92nd centile, 18-week share, 52/65/78+.")
    static final class Waits implements Callable<Integer> {
        @ParentCommand
        MutualAidCommand group;

        @Option(names = "--as-at", paramLabel = "DATE", description = "Date (YYYY-MM-DD; default today).")
        LocalDate asAt;

        @Option(names = "--user", defaultValue = "analyst", description = "Acting account (default: ${DEFAULT-VALUE}).")
        String user;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Platform.batch(group.parent.home())) {
                WaitingLists waits = context.getBean(MutualAid.class)
                        .waits(actor(context, user), asAt == null ? LocalDate.now() : asAt);
                System.out.printf(
                        "%-8s %-4s %8s %8s %8s %8s %6s %6s %6s%n",
                        "provider", "TF", "waiting", "median", "p92", "<18wk", "52+", "65+", "78+");
                for (WaitsRow r : waits.rows()) {
                    if (r.priority().isEmpty()) {
                        System.out.printf(
                                Locale.ROOT,
                                "%-8s %-4s %8d %8s %8s %7.1f%% %6d %6d %6d%n",
                                r.provider(),
                                r.treatmentFunction(),
                                r.waiting(),
                                r.medianWeeks()
                                        .map(m -> String.format(Locale.ROOT, "%.1f", m))
                                        .orElse("n/c"),
                                r.centile92Weeks()
                                        .map(m -> String.format(Locale.ROOT, "%.1f", m))
                                        .orElse("n/c"),
                                100 * r.shareWithin18(),
                                r.over52(),
                                r.over65(),
                                r.over78());
                    }
                }
                System.out.println(waits.entries() + " open pathways on " + waits.asAt()
                        + "; n/c = not calculated (fewer than 5 waiters)");
                return 0;
            }
        }
    }

    @Command(
            name = "offers",
            mixinStandardHelpOptions = true,
            description = "The board's capacity offers (the demo seeds some).")
    static final class Offers implements Callable<Integer> {
        @ParentCommand
        MutualAidCommand group;

        @Option(
                names = "--user",
                defaultValue = "operations",
                description = "Acting account (default: ${DEFAULT-VALUE}).")
        String user;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Platform.batch(group.parent.home())) {
                context.getBean(MutualAid.class)
                        .offers(actor(context, user))
                        .forEach(o -> System.out.printf(
                                "%4d %-5s %-6s TF %s %3d/week × %2d weeks, %4d left, until %s%n",
                                o.id(),
                                o.provider(),
                                o.site(),
                                o.specialty(),
                                o.slotsPerWeek(),
                                o.weeks(),
                                o.slotsLeft(),
                                o.expires()));
                return 0;
            }
        }
    }

    @Command(
            name = "plan",
            mixinStandardHelpOptions = true,
            description = {
                "Optimise transfers over the board's open offers: most urgent, then longest waiters first, within capacity,",
                "specialty and travel limits, without widening the deprivation gap (unless --no-equity). What-ifs: --limit, --site/--specialty/--slots."
            })
    static final class PlanRun implements Callable<Integer> {
        @ParentCommand
        MutualAidCommand group;

        @Option(names = "--as-at", paramLabel = "DATE", description = "Date (YYYY-MM-DD; default today).")
        LocalDate asAt;

        @Option(
                names = "--user",
                defaultValue = "operations",
                description = "Acting account (default: ${DEFAULT-VALUE}).")
        String user;

        @Option(names = "--horizon", defaultValue = "12", description = "Weeks planned (default: ${DEFAULT-VALUE}).")
        int horizon;

        @Option(
                names = "--limit",
                defaultValue = "50",
                description = "Travel limit assumed for waiters: 50, 100 or anywhere (default: ${DEFAULT-VALUE}).")
        String limit;

        @Option(names = "--no-equity", description = "Do not protect the deprivation gap.")
        boolean noEquity;

        @Option(names = "--site", description = "What if this site offered --slots more a week in --specialty.")
        String site;

        @Option(names = "--specialty", description = "Treatment function code of the what-if.")
        String specialty;

        @Option(names = "--slots", defaultValue = "0", description = "Extra slots a week of the what-if.")
        int slots;

        @Override
        public Integer call() {
            TravelLimit travel = TravelLimit.parse(limit)
                    .orElseThrow(() -> new IllegalArgumentException("--limit is 50, 100 or anywhere"));
            try (ConfigurableApplicationContext context = Platform.batch(group.parent.home())) {
                System.err.println("planning ...");
                Plan p = context.getBean(MutualAid.class)
                        .plan(
                                actor(context, user),
                                asAt == null ? LocalDate.now() : asAt,
                                new PlanOptions(
                                        horizon,
                                        !noEquity,
                                        travel,
                                        Optional.ofNullable(site),
                                        Optional.ofNullable(specialty),
                                        slots));
                p.transfers()
                        .forEach(t -> System.out.printf(
                                Locale.ROOT,
                                "%-5s -> %-6s TF %s %5d waiters, mean %.1f miles, max %.1f%n",
                                t.origin(),
                                t.site(),
                                t.specialty(),
                                t.waiters(),
                                t.meanMiles(),
                                t.maxMiles()));
                System.out.printf(
                        Locale.ROOT,
                        "%s: moved %d of %d waiters (%d in reach, %d slots); 52+ weeks at the horizon %d -> %d;"
                                + " deprivation gap %.2f -> %.2f weeks; objective %.1f, bound %.1f, gap %.4f%%; %d ms%n",
                        p.method().label(),
                        p.moved(),
                        p.waiters(),
                        p.waitersInReach(),
                        p.slotsOffered(),
                        p.before().over52(),
                        p.after().over52(),
                        p.before().deprivationGap(),
                        p.after().deprivationGap(),
                        p.objective(),
                        p.bound(),
                        p.gapPercent(),
                        p.solveMillis());
                return 0;
            }
        }
    }

    @Command(
            name = "diagnostics",
            mixinStandardHelpOptions = true,
            description = {
                "Diagnostics demand against supply from the latest return on or before the date: the six-week standard per",
                "modality and provider; with --balance, the optimiser's recommendation over the sites' offered tests a week."
            })
    static final class DiagnosticsRun implements Callable<Integer> {
        @ParentCommand
        MutualAidCommand group;

        @Option(names = "--as-at", paramLabel = "DATE", description = "Date (YYYY-MM-DD; default today).")
        LocalDate asAt;

        @Option(
                names = "--user",
                defaultValue = "analyst",
                description = "Acting account (default: ${DEFAULT-VALUE}; --balance needs an operations lead).")
        String user;

        @Option(names = "--balance", description = "Also run the balancing recommendation.")
        boolean balance;

        @Option(names = "--horizon", defaultValue = "4", description = "Weeks planned (default: ${DEFAULT-VALUE}).")
        int horizon;

        @Option(
                names = "--limit",
                defaultValue = "50",
                description = "Travel limit assumed: 50, 100 or anywhere (default: ${DEFAULT-VALUE}).")
        String limit;

        @Override
        public Integer call() {
            TravelLimit travel = TravelLimit.parse(limit)
                    .orElseThrow(() -> new IllegalArgumentException("--limit is 50, 100 or anywhere"));
            LocalDate date = asAt == null ? LocalDate.now() : asAt;
            try (ConfigurableApplicationContext context = Platform.batch(group.parent.home())) {
                MutualAid mutualAid = context.getBean(MutualAid.class);
                Diagnostics d = mutualAid.diagnostics(actor(context, user), date);
                if (d.returnDate().isEmpty()) {
                    System.out.println("no diagnostics return loaded on or before " + date
                            + " (mutualaid import waits FILE --return-date DATE)");
                }
                System.out.printf(
                        "%-8s %-7s %8s %7s %16s %6s %7s %9s %8s%n",
                        "provider", "test", "waiting", "6+wk", "share 6+ (95%)", "13+", "median", "tests/wk", "weeks");
                for (List<DiagnosticsRow> rows : List.of(d.modalities(), d.providers())) {
                    for (DiagnosticsRow r : rows) {
                        System.out.printf(
                                Locale.ROOT,
                                "%-8s %-7s %8d %7d %5.1f%% (%.1f-%.1f) %6d %7s %9d %8s%n",
                                r.provider(),
                                r.modality().name(),
                                r.waiting(),
                                r.sixPlus(),
                                100 * r.shareSixPlus(),
                                100 * r.lower95(),
                                100 * r.upper95(),
                                r.thirteenPlus(),
                                r.medianWeeks().map(String::valueOf).orElse("n/c"),
                                r.testsPerWeek(),
                                r.weeksOfCapacity()
                                        .map(w -> String.format(Locale.ROOT, "%.1f", w))
                                        .orElse("n/c"));
                    }
                }
                System.out.println(
                        d.returnDate().map(r -> "return of " + r + ": ").orElse("") + d.waiting() + " waiting, "
                                + d.sixPlus()
                                + " six weeks or more; standard: under 1%; n/c = not calculated (fewer than 5 waiters, or no capacity loaded)");
                if (balance) {
                    BalancePlan b = mutualAid.balanceDiagnostics(
                            actor(context, user),
                            date,
                            new PlanOptions(horizon, false, travel, Optional.empty(), Optional.empty(), 0));
                    Plan p = b.plan();
                    p.transfers()
                            .forEach(t -> System.out.printf(
                                    Locale.ROOT,
                                    "%-5s -> %-6s %-7s %5d waiters, mean %.1f miles, max %.1f%n",
                                    t.origin(),
                                    t.site(),
                                    t.specialty(),
                                    t.waiters(),
                                    t.meanMiles(),
                                    t.maxMiles()));
                    System.out.printf(
                            Locale.ROOT,
                            "%s: moved %d of %d waiters (%d of %d waiting 6+ weeks; %d left); %d tests offered over %d weeks;"
                                    + " objective %.1f, bound %.1f, gap %.4f%%; %d ms%n",
                            p.method().label(),
                            p.moved(),
                            p.waiters(),
                            b.sixPlusMoved(),
                            b.sixPlusBefore(),
                            b.sixPlusLeft(),
                            p.slotsOffered(),
                            p.horizonWeeks(),
                            p.objective(),
                            p.bound(),
                            p.gapPercent(),
                            p.solveMillis());
                }
                return 0;
            }
        }
    }

    @Command(
            name = "sites",
            mixinStandardHelpOptions = true,
            description = "The registered sites (hospitals, independent sector, CDCs).")
    static final class Sites implements Callable<Integer> {
        @ParentCommand
        MutualAidCommand group;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Platform.batch(group.parent.home())) {
                context.getBean(MutualAid.class)
                        .sites()
                        .forEach(s -> System.out.printf(
                                Locale.ROOT,
                                "%-6s %-5s %-11s %9.4f %9.4f  %s%n",
                                s.code(),
                                s.provider(),
                                s.kind(),
                                s.location().latitude(),
                                s.location().longitude(),
                                s.name()));
                return 0;
            }
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Load CSV files: KIND is sites (code,name,provider,provider_name,kind,latitude,longitude),",
                "capacity (site,modality,tests_per_week,offered_per_week), waits (provider,modality,weeks_waited,waiting; with --return-date)",
                "or offers (site,specialty,slots_per_week,weeks,expires). Bad rows are rejected with file:line: field: reason."
            })
    static final class Import implements Callable<Integer> {
        @ParentCommand
        MutualAidCommand group;

        @Parameters(index = "0", paramLabel = "KIND", description = "sites, capacity, waits or offers.")
        String kind;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "CSV files.")
        List<Path> files;

        @Option(
                names = "--return-date",
                paramLabel = "DATE",
                description = "The date a diagnostics waiting-list return counts (waits only).")
        LocalDate returnDate;

        @Option(
                names = "--user",
                defaultValue = "operations",
                description = "Acting account (default: ${DEFAULT-VALUE}).")
        String user;

        @Override
        public Integer call() {
            if (kind.equals("waits") && returnDate == null) {
                System.err.println("openics: a diagnostics return needs --return-date");
                return 1;
            }
            try (ConfigurableApplicationContext context = Platform.batch(group.parent.home())) {
                MutualAid mutualAid = context.getBean(MutualAid.class);
                Actor actor = actor(context, user);
                return CsvImports.run(files, "rows", (name, text) -> {
                    ImportReport r = switch (kind) {
                        case "sites" -> mutualAid.importSites(actor, name, text);
                        case "capacity" -> mutualAid.importDiagnosticCapacity(actor, name, text);
                        case "waits" -> mutualAid.importDiagnosticWaits(actor, name, text, returnDate);
                        case "offers" -> mutualAid.importOffers(actor, name, text);
                        default ->
                            throw new IllegalArgumentException(
                                    "KIND is sites, capacity, waits or offers, not '" + kind + "'");
                    };
                    return new CsvImports.Outcome(r.file(), r.read(), r.loaded(), r.rejected(), r.loaded());
                });
            }
        }
    }
}
