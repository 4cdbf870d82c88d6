package org.openics.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.openics.finance.AllocationRun;
import org.openics.finance.CapitalPlan;
import org.openics.finance.ComponentNeed;
import org.openics.finance.Finance;
import org.openics.finance.Grouping;
import org.openics.finance.LedgerImport;
import org.openics.finance.NeedComponent;
import org.openics.finance.NeedFromFile;
import org.openics.finance.NeedIndexTable;
import org.openics.finance.NeedUnit;
import org.openics.finance.RejectedLine;
import org.openics.finance.RerunCheck;
import org.openics.finance.SystemPosition;
import org.openics.finance.UnitName;
import org.openics.finance.WeightedPopulationsImport;
import org.openics.finance.capital.Portfolio;
import org.openics.finance.capital.SensitivityReport;
import org.openics.finance.capital.SolveReport;
import org.openics.finance.capital.WeightChange;
import org.openics.finance.capital.YearSpend;
import org.openics.kernel.Actor;
import org.openics.kernel.UserRole;
import org.openics.record.SharedCareRecord;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "finance",
        mixinStandardHelpOptions = true,
        description =
                "The single pound: need indices, allocation runs, budgets, pooled funds, ledger actuals and the system position.",
        subcommands = {
            FinanceCommand.Need.class,
            FinanceCommand.Import.class,
            FinanceCommand.Ledger.class,
            FinanceCommand.Position.class,
            FinanceCommand.Runs.class,
            FinanceCommand.Capital.class,
            FinanceCommand.LocalNeed.class
        })
final class FinanceCommand extends CommandGroup {

    /**
     * Who acts: the command line holds the store's credentials, so whoever runs it acts as a finance lead under the name
     * given (shown in the change log); a local account of another role is refused by the entry point.
     */
    static Actor actor(ConfigurableApplicationContext context, String username) {
        return context.getBean(SharedCareRecord.class)
                .account(username)
                .orElseGet(() -> new Actor(username, UserRole.FINANCE_LEAD, Optional.empty(), Optional.empty()));
    }

    static void printRejected(List<RejectedLine> rejected) {
        rejected.forEach(r -> System.err.println(r));
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Import an NHS England weighted-populations file into the store for its allocation year (replacing that year,",
                "all in one transaction; the same file again changes nothing). Exit status 0, 2 rows rejected, 1 unusable."
            })
    static final class Import implements Callable<Integer> {
        @ParentCommand
        FinanceCommand finance;

        @Option(
                names = "--weighted",
                required = true,
                paramLabel = "FILE",
                description = "NHS England weighted-populations CSV.")
        Path file;

        @Option(
                names = "--year",
                paramLabel = "YYYY/YY",
                description = "The allocation year, when the file name does not say it.")
        String year;

        @Option(
                names = "--user",
                defaultValue = "${env:USER:-operator}",
                paramLabel = "NAME",
                description = "Who imports (change log).")
        String user;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Platform.batch(finance.parent.home())) {
                WeightedPopulationsImport r = context.getBean(Finance.class)
                        .importWeightedPopulations(actor(context, user), file, Optional.ofNullable(year));
                if (!r.usable()) {
                    System.err.println("openics: " + r.problem().get());
                    return 1;
                }
                printRejected(r.rejected());
                System.out.printf(
                        "%s (%s, %s): rows read %d = loaded %d + rejected %d; %s%n",
                        r.file(),
                        r.format(),
                        r.year(),
                        r.read(),
                        r.loaded(),
                        r.rejected().size(),
                        r.changed() ? "stored" : "unchanged (already held)");
                r.notes().forEach(n -> System.out.println("note: " + n));
                return r.rejected().isEmpty() ? 0 : 2;
            }
        }
    }

    @Command(
            name = "ledger",
            mixinStandardHelpOptions = true,
            description = {
                "Import a ledger extract (CSV: period YYYY-MM, organisation, budget code, subjective, amount). Good rows replace",
                "what was held for their (period, organisation); bad rows are listed file:line:reason. Re-importing changes nothing.",
                "Exit status 0, 2 rows rejected, 1 unusable."
            })
    static final class Ledger implements Callable<Integer> {
        @ParentCommand
        FinanceCommand finance;

        @picocli.CommandLine.Parameters(paramLabel = "FILE", description = "The ledger extract.")
        Path file;

        @Option(
                names = "--user",
                defaultValue = "${env:USER:-operator}",
                paramLabel = "NAME",
                description = "Who imports (change log).")
        String user;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Platform.batch(finance.parent.home())) {
                LedgerImport r = context.getBean(Finance.class).importLedger(actor(context, user), file);
                if (r.problem().isPresent()) {
                    System.err.println("openics: " + r.problem().get());
                    return 1;
                }
                printRejected(r.rejected());
                System.out.printf(
                        "%s: rows read %d = loaded %d + rejected %d; periods %s; %s%n",
                        r.file(),
                        r.read(),
                        r.loaded(),
                        r.rejected().size(),
                        r.periods(),
                        r.changed() ? "stored" : "unchanged (already held)");
                return r.rejected().isEmpty() ? 0 : 2;
            }
        }
    }

    @Command(
            name = "position",
            mixinStandardHelpOptions = true,
            description =
                    "The system financial position: budgets' forecasts and RAG, pools' risk shares, organisations' net, council flags.")
    static final class Position implements Callable<Integer> {
        @ParentCommand
        FinanceCommand finance;

        @Option(
                names = "--year",
                required = true,
                paramLabel = "YYYY/YY",
                description = "Financial year, e.g. 2026/27.")
        String year;

        @Option(
                names = "--as-at",
                paramLabel = "YYYY-MM",
                description = "Use actuals up to this month (default: the latest held).")
        java.time.YearMonth asAt;

        @Option(names = "--json", description = "Print the position as one JSON object.")
        boolean json;

        @Option(
                names = "--user",
                defaultValue = "${env:USER:-operator}",
                paramLabel = "NAME",
                description = "Who reads.")
        String user;

        @Override
        public Integer call() throws IOException {
            try (ConfigurableApplicationContext context = Platform.batch(finance.parent.home())) {
                SystemPosition p =
                        context.getBean(Finance.class).position(actor(context, user), year, Optional.ofNullable(asAt));
                if (json) {
                    System.out.println(RegistryCommand.json().writeValueAsString(p));
                    return 0;
                }
                System.out.println("Position " + p.year()
                        + (p.asAt()
                                .map(m -> ", actuals to " + m + " (month " + p.monthsOfActuals() + ")")
                                .orElse(", no actuals")));
                System.out.println("RAG rule: " + p.ragRule());
                for (SystemPosition.PoolPosition pool : p.pools()) {
                    System.out.printf(
                            "pool %-12s forecast %s, variance %s %s%n",
                            pool.fund().code(), pool.forecast(), pool.forecastVariance(), pool.rag());
                    pool.shares()
                            .forEach(s -> System.out.printf(
                                    "    %-40s carries %s (%s%%%s)%n",
                                    s.name(), s.carries(), s.sharePercent(), s.capped() ? ", capped" : ""));
                }
                for (SystemPosition.OrganisationPosition o : p.organisations()) {
                    System.out.printf(
                            "%-14s %-45s net %s%s%n",
                            o.organisation(),
                            o.name(),
                            o.net(),
                            o.flag().map(f -> "  ! " + f).orElse(""));
                }
                return 0;
            }
        }
    }

    @Command(
            name = "local-need",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "NHS England's need index of each place beside the local need index from the system's own population",
                "(analytics: age, sex, deprivation, long-term conditions, premature deaths), with each place's largest difference explained.",
                "Needs stored weighted populations and an indicator refresh (docs/finance.md#local-need-index)."
            })
    static final class LocalNeed implements Callable<Integer> {
        @ParentCommand
        FinanceCommand finance;

        @Option(
                names = "--year",
                required = true,
                paramLabel = "YYYY/YY",
                description = "Allocation year of the stored weighted populations.")
        String year;

        @Option(names = "--ics", required = true, paramLabel = "CODE", description = "ICB code (the demo's is QZZ).")
        String ics;

        @Option(names = "--json", description = "Print one JSON object with a places array.")
        boolean json;

        @Option(
                names = "--user",
                defaultValue = "${env:USER:-operator}",
                paramLabel = "NAME",
                description = "Who reads.")
        String user;

        @Override
        public Integer call() throws IOException {
            try (ConfigurableApplicationContext context = Platform.batch(finance.parent.home())) {
                org.openics.finance.LocalNeedTable t =
                        context.getBean(Finance.class).localNeed(actor(context, user), year, ics);
                if (json) {
                    System.out.println(RegistryCommand.json().writeValueAsString(t.asDocument()));
                    return 0;
                }
                System.out.println("Local need index beside NHS England's, " + t.ics() + " " + t.year()
                        + ". Population: " + t.population());
                for (org.openics.finance.LocalNeedTable.Place p : t.places()) {
                    System.out.println(p.name() + " (" + p.code() + ")");
                    for (org.openics.finance.LocalNeedTable.Component c : p.components()) {
                        System.out.printf(
                                "  %-24s NHS England %-8s local %-8s %s%n",
                                c.component().header(),
                                c.nhsEngland() == null
                                        ? "-"
                                        : c.nhsEngland()
                                                .setScale(4, java.math.RoundingMode.HALF_EVEN)
                                                .toPlainString(),
                                c.local() == null ? "-" : c.local().toPlainString(),
                                c.reason() != null
                                        ? c.reason()
                                        : "difference " + c.difference().toPlainString() + "; "
                                                + String.join(
                                                        ", ",
                                                        c.drivers().stream()
                                                                .map(d -> d.name() + " x"
                                                                        + d.ratio()
                                                                                .toPlainString())
                                                                .toList()));
                    }
                    System.out.println("  " + p.explanation());
                }
                t.notes().forEach(n -> System.out.println("Note: " + n));
                return 0;
            }
        }
    }

    @Command(
            name = "runs",
            mixinStandardHelpOptions = true,
            description = "List saved allocation runs, or re-run one (--rerun ID) and compare.")
    static final class Runs implements Callable<Integer> {
        @ParentCommand
        FinanceCommand finance;

        @Option(
                names = "--rerun",
                paramLabel = "ID",
                description = "Compute a saved run again from its saved inputs and compare every figure.")
        Long rerun;

        @Option(
                names = "--user",
                defaultValue = "${env:USER:-operator}",
                paramLabel = "NAME",
                description = "Who acts (change log).")
        String user;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Platform.batch(finance.parent.home())) {
                Finance f = context.getBean(Finance.class);
                Actor actor = actor(context, user);
                if (rerun != null) {
                    RerunCheck check = f.rerun(actor, rerun);
                    System.out.println(
                            "run " + rerun + " re-run as " + check.rerun().id() + ": "
                                    + (check.identical() ? "identical figures" : "DIFFERENT figures"));
                    return check.identical() ? 0 : 2;
                }
                for (AllocationRun r : f.runs(actor)) {
                    System.out.printf(
                            "%4d  %-40s %s  %s%n",
                            r.id(),
                            r.name(),
                            r.inputs().envelope(),
                            r.result().ok()
                                    ? "settled"
                                    : "refused: " + String.join(" ", r.result().problems()));
                }
                return 0;
            }
        }
    }

    @Command(
            name = "capital",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "The portfolio of a stored capital round: spend against the envelope per year, the solver's objective, proven",
                "bound, gap and whether it is proven optimal, every bid chosen (with who may approve it under the scheme of",
                "delegation) or left out (with the reason), and the marginal bids (in or out if the envelope moves by 2%).",
                "Without --round: the demo round if held, else the first. Exit status 0, 2 the round was refused, 1 no such round."
            },
            footer = {"%nExample: openics finance capital --round DEMO-2026 --sensitivity"})
    static final class Capital implements Callable<Integer> {
        @ParentCommand
        FinanceCommand finance;

        @Option(
                names = "--round",
                paramLabel = "ID",
                description = "The capital round (default: the demo round, else the first held).")
        String round;

        @Option(
                names = "--sensitivity",
                description = "Also re-solve with each criterion's weight ±10% and list the choices that change.")
        boolean sensitivity;

        @Option(
                names = "--json",
                description = "Print one JSON object: 'plan', 'bids' and (with --sensitivity) 'sensitivity'.")
        boolean json;

        @Option(
                names = "--user",
                defaultValue = "${env:USER:-operator}",
                paramLabel = "NAME",
                description = "Who reads.")
        String user;

        @Override
        public Integer call() throws IOException {
            try (ConfigurableApplicationContext context = Platform.batch(finance.parent.home())) {
                Finance f = context.getBean(Finance.class);
                Actor actor = actor(context, user);
                List<CapitalPlan> rounds = f.capitalRounds(actor);
                Optional<CapitalPlan> chosen = round != null
                        ? rounds.stream().filter(r -> r.id().equals(round)).findFirst()
                        : rounds.stream()
                                .filter(r -> r.id().equals(CapitalPlan.DEMO_ROUND))
                                .findFirst()
                                .or(() -> rounds.stream().findFirst());
                if (chosen.isEmpty()) {
                    System.err.println("openics: "
                            + (rounds.isEmpty()
                                    ? "no capital round is held (load the demo: openics demo, or POST"
                                            + " /api/finance/capital/{id})"
                                    : "no capital round " + round + "; held: "
                                            + String.join(
                                                    ", ",
                                                    rounds.stream()
                                                            .map(CapitalPlan::id)
                                                            .toList())));
                    return 1;
                }
                CapitalPlan plan = chosen.get();
                if (sensitivity && plan.planned()) {
                    System.err.println(
                            "re-solving with each of " + plan.round().criteria().size() + " weights ±10% ...");
                }
                SensitivityReport report =
                        sensitivity && plan.planned() ? f.capitalSensitivity(actor, plan.id()) : null;
                if (json) {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("plan", plan);
                    doc.put("bids", plan.bids());
                    if (report != null) {
                        doc.put("sensitivity", report);
                    }
                    System.out.println(RegistryCommand.json().writeValueAsString(doc));
                    return plan.planned() ? 0 : 2;
                }
                print(plan, report);
                return plan.planned() ? 0 : 2;
            }
        }

        static void print(CapitalPlan plan, SensitivityReport report) {
            System.out.println(
                    plan.id() + ": " + plan.name() + " (" + plan.round().bids().size() + " bids, planned "
                            + plan.plannedAt() + " by " + plan.plannedBy() + ")");
            System.out.println("objective: " + plan.round().objective().definition());
            if (!plan.planned()) {
                System.out.println("REFUSED: the round cannot be planned as submitted:");
                plan.refusals().forEach(r -> System.out.println("  " + r));
                return;
            }
            Portfolio p = plan.portfolio().get();
            SolveReport s = p.solve();
            System.out.printf(
                    "objective %s, proven bound %s, gap %s, %s (%d ms, %s)%n",
                    s.objective().toPlainString(),
                    s.bound().toPlainString(),
                    s.gap().toPlainString(),
                    s.provenOptimal() ? "proven optimal" : "NOT proven optimal",
                    s.solveTime().toMillis(),
                    s.precision());
            System.out.println("year        envelope            committed           headroom");
            for (YearSpend y : p.spend()) {
                System.out.printf("%-10s  %-18s  %-18s  %s%n", y.year(), y.envelope(), y.committed(), y.headroom());
            }
            List<CapitalPlan.BidLine> lines = plan.bids();
            System.out.println("chosen (" + p.chosen().size() + "):");
            lines.stream()
                    .filter(b -> b.status().equals("chosen"))
                    .forEach(b -> System.out.printf(
                            "  %-8s %-14s value %-6s %s%s%n    %s%n    approve: %s — %s%n",
                            b.id(),
                            b.totalCost(),
                            b.value().toPlainString(),
                            b.title(),
                            b.reason().isEmpty() ? "" : " [" + b.reason() + "]",
                            b.organisation() + (b.location().isEmpty() ? "" : ", " + b.location()),
                            b.approver(),
                            b.approval()));
            System.out.println("left out (" + p.rejected().size() + "):");
            lines.stream()
                    .filter(b -> b.status().equals("rejected"))
                    .forEach(b -> System.out.printf(
                            "  %-8s %-14s %s%n    %s: %s%n", b.id(), b.totalCost(), b.title(), b.reason(), b.detail()));
            System.out.println("marginal (envelope ±2%):" + (p.marginal().isEmpty() ? " none" : ""));
            lines.stream()
                    .filter(b -> !b.marginal().isEmpty())
                    .forEach(b -> System.out.printf("  %-8s %-12s %s%n", b.id(), b.marginal(), b.marginalDetail()));
            if (report != null) {
                System.out.println("sensitivity (each weight ±10%): "
                        + (report.sensitiveBids().isEmpty()
                                ? "no choice changes"
                                : "choices that change: " + report.sensitiveBids()));
                for (WeightChange c : report.cases()) {
                    System.out.printf(
                            "  %-16s %6s  in %s  out %s%s%n",
                            c.criterion(),
                            c.change().toPlainString(),
                            c.comesIn(),
                            c.goesOut(),
                            c.solve().provenOptimal()
                                    ? ""
                                    : "  (re-solve not proven optimal, gap "
                                            + c.solve().gap().toPlainString() + ")");
                }
            }
        }
    }

    @Command(
            name = "need",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Relative need index per component for a grouping of an ICB's practices:",
                "  (weighted / registered for the unit) / (weighted / registered for the ICB),",
                "from an NHS England GP practice weighted-populations file (either published layout; 'registered' is the",
                "file's 'pop 2022/23' column). --by practice, local-authority, district, sub-icb, pcn and custom need no",
                "registry import. Every rejected line is listed with file:line:reason on standard error.",
                "Exit status: 0 every row loaded, 2 some rows rejected, 1 the file could not be used."
            },
            footer = {
                "%nExample: openics finance need --weighted ../shared/refdata/england/gp_practice_weighted_populations_2022_23.csv"
                        + " --ics QKK --by local-authority --json"
            })
    static final class Need implements Callable<Integer> {

        @ParentCommand
        FinanceCommand finance;

        @Option(
                names = "--weighted",
                required = true,
                paramLabel = "FILE",
                description = "NHS England weighted-populations CSV.")
        Path file;

        @Option(
                names = "--ics",
                required = true,
                paramLabel = "CODE",
                description = "The ICB's code (ICS22 in the file), e.g. QKK.")
        String ics;

        @Option(
                names = "--by",
                defaultValue = "local-authority",
                paramLabel = "GROUPING",
                description =
                        "practice, pcn, sub-icb, local-authority (upper tier), district (lower tier) or custom (default: ${DEFAULT-VALUE}).")
        String by;

        @Option(
                names = "--cluster",
                paramLabel = "FILE",
                description =
                        "For --by custom: a CSV of practice,cluster[,cluster name] lines naming each practice's cluster.")
        Path clusters;

        @Option(
                names = "--year",
                paramLabel = "YYYY/YY",
                description = "The allocation year, when the file name does not say it.")
        String year;

        @Option(names = "--json", description = "Print one JSON object (with a 'units' array) on standard output.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            Grouping grouping = Grouping.parse(by)
                    .orElseThrow(() -> new IllegalArgumentException("--by " + by
                            + " is not a grouping: practice, pcn, sub-icb, local-authority, district, custom"));
            if (!grouping.fromFile()) {
                throw new IllegalArgumentException(
                        "--by " + by + " needs the registry: use 'openics finance import' and the API or pages");
            }
            Map<String, UnitName> custom = grouping == Grouping.CUSTOM ? clusters(clusters) : Map.of();
            NeedFromFile need = NeedFromFile.compute(file, Optional.ofNullable(year), ics, grouping, custom);
            WeightedPopulationsImport report = need.report();
            if (need.table().isEmpty()) {
                System.err.println("openics: " + report.problem().get());
                return 1;
            }
            report.rejected().forEach(r -> System.err.println(r));
            NeedIndexTable table = need.table().get();
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("file", report.file());
                doc.put("format", report.format());
                doc.put("rowsRead", report.read());
                doc.put("loaded", report.loaded());
                doc.put(
                        "rejected",
                        report.rejected().stream().map(RejectedLine::toString).toList());
                doc.putAll(table.asDocument());
                doc.put("notes", concat(report.notes(), table.notes()));
                System.out.println(RegistryCommand.json().writeValueAsString(doc));
            } else {
                print(System.out, report, table);
            }
            return report.rejected().isEmpty() ? 0 : 2;
        }

        private static List<String> concat(List<String> a, List<String> b) {
            return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
        }

        static Map<String, UnitName> clusters(Path file) throws IOException {
            if (file == null) {
                throw new IllegalArgumentException("--by custom needs --cluster FILE (practice,cluster[,name] lines)");
            }
            Map<String, UnitName> map = new LinkedHashMap<>();
            int line = 0;
            for (String text : Files.readAllLines(file)) {
                line++;
                String[] cells = text.split(",", -1);
                if (text.isBlank() || (line == 1 && cells[0].trim().equalsIgnoreCase("practice"))) {
                    continue;
                }
                if (cells.length < 2 || cells[0].isBlank() || cells[1].isBlank()) {
                    throw new IllegalArgumentException(file.getFileName() + ":" + line + ": needs practice,cluster");
                }
                String code = cells[1].trim();
                map.put(
                        cells[0].trim(),
                        new UnitName(code, cells.length > 2 && !cells[2].isBlank() ? cells[2].trim() : code));
            }
            return map;
        }

        private static void print(PrintStream out, WeightedPopulationsImport report, NeedIndexTable table) {
            out.printf(
                    "%s (%s, %s): rows read %d = loaded %d + rejected %d%n",
                    report.file(),
                    report.format(),
                    report.year(),
                    report.read(),
                    report.loaded(),
                    report.rejected().size());
            out.printf(
                    "Relative need index of %s %s by %s (1.000 = the ICB's need per head)%n",
                    table.ics(), table.icsName(), table.grouping().option());
            StringBuilder head = new StringBuilder(String.format("%-10s %-32s %12s", "code", "name", "registered"));
            for (NeedComponent c : NeedComponent.values()) {
                head.append(String.format(" %9s", abbreviate(c.header())));
            }
            out.println(head);
            for (NeedUnit unit : table.units()) {
                StringBuilder row = new StringBuilder(String.format(
                        "%-10s %-32s %,12.0f", unit.code(), abbreviate32(unit.name()), unit.registered()));
                for (ComponentNeed c : unit.components()) {
                    row.append(c.index() == null ? String.format(" %9s", "n/a") : String.format(" %9.3f", c.index()));
                }
                out.println(row);
            }
            report.notes().forEach(n -> out.println("note: " + n));
            table.notes().forEach(n -> out.println("note: " + n));
        }

        private static String abbreviate(String header) {
            return header.replace(" WP", "")
                    .replace("Primary Medical Care", "PMC")
                    .replace("Health Ineq", "HI");
        }

        private static String abbreviate32(String name) {
            return name.length() <= 32 ? name : name.substring(0, 31) + "…";
        }
    }
}
