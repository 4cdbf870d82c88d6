package org.openics.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.openics.kernel.Actor;
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
import picocli.CommandLine.ParentCommand;

@Command(name = "mutualaid", mixinStandardHelpOptions = true,
        description = "Mutual aid across providers: waiting lists (from the last `indicators refresh`), the board of offers, the optimised plan.",
        subcommands = {MutualAidCommand.Waits.class, MutualAidCommand.Offers.class, MutualAidCommand.PlanRun.class})
final class MutualAidCommand extends CommandGroup {

    /** The acting account (a local account's role decides what it may do); the refusal names the roles that may. */
    static Actor actor(ConfigurableApplicationContext context, String user) {
        return context.getBean(SharedCareRecord.class).account(user)
                .orElseThrow(() -> new IllegalArgumentException("no account " + user + " (try operations or analyst)"));
    }

    @Command(name = "waits", mixinStandardHelpOptions = true,
            description = "Waiting list by provider × treatment function (all priorities): waiting, median and 92nd centile, 18-week share, 52/65/78+.")
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
                WaitingLists waits = context.getBean(MutualAid.class).waits(actor(context, user), asAt == null ? LocalDate.now() : asAt);
                System.out.printf("%-8s %-4s %8s %8s %8s %8s %6s %6s %6s%n", "provider", "TF", "waiting", "median", "p92", "<18wk", "52+", "65+", "78+");
                for (WaitsRow r : waits.rows()) {
                    if (r.priority().isEmpty()) {
                        System.out.printf(Locale.ROOT, "%-8s %-4s %8d %8s %8s %7.1f%% %6d %6d %6d%n", r.provider(), r.treatmentFunction(), r.waiting(),
                                r.medianWeeks().map(m -> String.format(Locale.ROOT, "%.1f", m)).orElse("n/c"),
                                r.centile92Weeks().map(m -> String.format(Locale.ROOT, "%.1f", m)).orElse("n/c"), 100 * r.shareWithin18(),
                                r.over52(), r.over65(), r.over78());
                    }
                }
                System.out.println(waits.entries() + " open pathways on " + waits.asAt() + "; n/c = not calculated (fewer than 5 waiters)");
                return 0;
            }
        }
    }

    @Command(name = "offers", mixinStandardHelpOptions = true, description = "The board's capacity offers (the demo seeds some).")
    static final class Offers implements Callable<Integer> {
        @ParentCommand
        MutualAidCommand group;
        @Option(names = "--user", defaultValue = "operations", description = "Acting account (default: ${DEFAULT-VALUE}).")
        String user;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Platform.batch(group.parent.home())) {
                context.getBean(MutualAid.class).offers(actor(context, user)).forEach(o -> System.out.printf(
                        "%4d %-5s %-6s TF %s %3d/week × %2d weeks, %4d left, until %s%n", o.id(), o.provider(), o.site(), o.specialty(),
                        o.slotsPerWeek(), o.weeks(), o.slotsLeft(), o.expires()));
                return 0;
            }
        }
    }

    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = {"Optimise transfers over the board's open offers: most urgent, then longest waiters first, within capacity,",
                "specialty and travel limits, without widening the deprivation gap (unless --no-equity). What-ifs: --limit, --site/--specialty/--slots."})
    static final class PlanRun implements Callable<Integer> {
        @ParentCommand
        MutualAidCommand group;
        @Option(names = "--as-at", paramLabel = "DATE", description = "Date (YYYY-MM-DD; default today).")
        LocalDate asAt;
        @Option(names = "--user", defaultValue = "operations", description = "Acting account (default: ${DEFAULT-VALUE}).")
        String user;
        @Option(names = "--horizon", defaultValue = "12", description = "Weeks planned (default: ${DEFAULT-VALUE}).")
        int horizon;
        @Option(names = "--limit", defaultValue = "50", description = "Travel limit assumed for waiters: 50, 100 or anywhere (default: ${DEFAULT-VALUE}).")
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
            TravelLimit travel = TravelLimit.parse(limit).orElseThrow(() -> new IllegalArgumentException("--limit is 50, 100 or anywhere"));
            try (ConfigurableApplicationContext context = Platform.batch(group.parent.home())) {
                System.err.println("planning ...");
                Plan p = context.getBean(MutualAid.class).plan(actor(context, user), asAt == null ? LocalDate.now() : asAt,
                        new PlanOptions(horizon, !noEquity, travel, Optional.ofNullable(site), Optional.ofNullable(specialty), slots));
                p.transfers().forEach(t -> System.out.printf(Locale.ROOT, "%-5s -> %-6s TF %s %5d waiters, mean %.1f miles, max %.1f%n",
                        t.origin(), t.site(), t.specialty(), t.waiters(), t.meanMiles(), t.maxMiles()));
                System.out.printf(Locale.ROOT, "%s: moved %d of %d waiters (%d in reach, %d slots); 52+ weeks at the horizon %d -> %d;"
                                + " deprivation gap %.2f -> %.2f weeks; objective %.1f, bound %.1f, gap %.4f%%; %d ms%n", p.method().label(), p.moved(),
                        p.waiters(), p.waitersInReach(), p.slotsOffered(), p.before().over52(), p.after().over52(), p.before().deprivationGap(),
                        p.after().deprivationGap(), p.objective(), p.bound(), p.gapPercent(), p.solveMillis());
                return 0;
            }
        }
    }
}
