package org.openics.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.openics.analytics.Breakdown;
import org.openics.analytics.FactsExport;
import org.openics.analytics.Indicator;
import org.openics.analytics.IndicatorValue;
import org.openics.analytics.Level;
import org.openics.analytics.PopulationHealth;
import org.openics.analytics.RefreshReport;
import org.openics.platform.ConsoleProgress;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Population health indicators and the analytics facts store. */
final class IndicatorCommands {

    private IndicatorCommands() {}

    @Command(
            name = "indicators",
            mixinStandardHelpOptions = true,
            description = {
                "Population health indicators (docs/indicators.md): refresh them from the record, list the catalogue,",
                "show values at a level with breakdowns. Exit status: 0 done, 1 failure (e.g. the facts store busy), 2 not found."
            },
            subcommands = {Refresh.class, ListCommand.class, Show.class})
    static final class Indicators extends CommandGroup {}

    @Command(
            name = "refresh",
            mixinStandardHelpOptions = true,
            description = {
                "Pull new facts from the shared care record into the facts store (OPENICS_HOME/analytics/facts.duckdb),",
                "recompute every indicator at every level with breakdowns, comparisons and inequalities, and keep the results",
                "in the store for pages and APIs. Progress on standard error, a summary on standard output."
            })
    static final class Refresh implements Callable<Integer> {

        @ParentCommand
        Indicators group;

        @Option(names = "--json", description = "Print the refresh report as one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (ConfigurableApplicationContext context = Platform.batch(group.parent.home())) {
                RefreshReport report = context.getBean(PopulationHealth.class).refresh(new ConsoleProgress());
                if (json) {
                    System.out.println(RegistryCommand.json().writeValueAsString(report));
                } else {
                    System.out.printf(
                            "refreshed %d indicators for %,d people: %,d values in %.1f s%n",
                            report.indicators(),
                            report.persons(),
                            report.values(),
                            report.took().toMillis() / 1000.0);
                    System.out.println("facts in the store: " + report.factsByKind());
                    report.notes().forEach(n -> System.out.println("  " + n));
                }
                return 0;
            }
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "The indicator catalogue: id, statistic, unit, polarity, title.")
    static final class ListCommand implements Callable<Integer> {

        @ParentCommand
        Indicators group;

        @Option(names = "--json", description = "The whole catalogue as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (ConfigurableApplicationContext context = Platform.batch(group.parent.home())) {
                List<Indicator> catalogue =
                        context.getBean(PopulationHealth.class).catalogue();
                if (json) {
                    System.out.println(RegistryCommand.json().writeValueAsString(catalogue));
                    return 0;
                }
                for (Indicator i : catalogue) {
                    System.out.printf(
                            "%-36s %-30s %-16s %-13s %s%s%n",
                            i.id(), i.statistic(), i.unit(), i.polarity(), i.title(), i.headline() ? "  *" : "");
                }
                System.out.printf("%d indicators (* headline)%n", catalogue.size());
                return 0;
            }
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = {
                "Values of one indicator: every unit of a level (optionally inside --code's parent with --parent),",
                "or one unit (--code) with a breakdown (--by). Suppressed values show as 'suppressed' with the reason."
            })
    static final class Show implements Callable<Integer> {

        @ParentCommand
        Indicators group;

        @Parameters(index = "0", paramLabel = "ID", description = "Indicator id (see: openics indicators list).")
        String id;

        @Option(
                names = "--level",
                defaultValue = "ICS",
                description = "ICS, PLACE, PCN, PRACTICE or LSOA (default ${DEFAULT-VALUE}).")
        Level level;

        @Option(names = "--code", description = "One unit's code (e.g. LCPZ-E09000022, UZ0001, Z00001).")
        String code;

        @Option(names = "--parent", description = "Only units inside this one (e.g. practices of a place).")
        String parent;

        @Option(
                names = "--by",
                description =
                        "deprivation, deprivation-decile, ethnicity, age or sex (needs --code, or the only unit of the level).")
        String by;

        @Option(names = "--trend", description = "The value over periods (quarters where the indicator has them).")
        boolean trend;

        @Option(names = "--json", description = "JSON on standard output.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (ConfigurableApplicationContext context = Platform.batch(group.parent.home())) {
                PopulationHealth health = context.getBean(PopulationHealth.class);
                Optional<Indicator> indicator = health.indicator(id);
                if (indicator.isEmpty()) {
                    System.err.println("no indicator " + id + " (see: openics indicators list)");
                    return 2;
                }
                List<IndicatorValue> values;
                if (by != null || trend) {
                    String unit = code;
                    if (unit == null) {
                        List<IndicatorValue> all = health.values(id, level, Optional.empty());
                        if (all.size() != 1) {
                            System.err.println("give --code: the level " + level + " has " + all.size() + " units");
                            return 2;
                        }
                        unit = all.get(0).code();
                    }
                    values = trend ? health.trend(id, level, unit) : health.breakdown(id, level, unit, breakdown(by));
                } else if (code != null) {
                    values = health.value(id, level, code).map(List::of).orElse(List.of());
                } else {
                    values = health.values(id, level, Optional.ofNullable(parent));
                }
                if (values.isEmpty()) {
                    System.err.println(
                            "no values: run `openics indicators refresh` first, or check the level and code");
                    return 2;
                }
                if (json) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("indicator", indicator.get());
                    out.put("values", values);
                    out.put("optOutsExcluded", health.optOutsExcluded().orElse(null));
                    System.out.println(RegistryCommand.json().writeValueAsString(out));
                    return 0;
                }
                Indicator i = indicator.get();
                System.out.printf("%s — %s (%s; %s)%n", i.id(), i.title(), i.unit(), i.period());
                System.out.printf(
                        "%-16s %-32s %-14s %12s %12s %12s %12s  %-9s %-9s%n",
                        "code",
                        "name",
                        "category",
                        "numerator",
                        "value",
                        "lower 95%",
                        "upper 95%",
                        "vs ICS",
                        "vs parent");
                for (IndicatorValue v : values) {
                    String name = v.name() == null
                            ? ""
                            : v.name().length() > 32 ? v.name().substring(0, 31) + "…" : v.name();
                    String category = trend ? v.period() : v.category();
                    if (v.suppressed()) {
                        System.out.printf(
                                "%-16s %-32s %-14s suppressed: %s%n", v.code(), name, category, v.suppressionReason());
                    } else {
                        System.out.printf(
                                "%-16s %-32s %-14s %12s %12s %12s %12s  %-9s %-9s%n",
                                v.code(),
                                name,
                                category,
                                count(v.numerator()),
                                fmt(v.value()),
                                fmt(v.lower95()),
                                fmt(v.upper95()),
                                v.vsBenchmark95(),
                                v.vsParent95());
                    }
                }
                // where opt-outs change the figures, say by how many people (docs/opt-outs.md)
                health.optOutsExcluded()
                        .ifPresent(o -> System.out.println(
                                o.description() + " (per area: /api/indicators/opt-outs/LEVEL/CODE)"));
                return 0;
            }
        }

        private static Breakdown breakdown(String by) {
            return switch (by.toLowerCase(Locale.ROOT)) {
                case "deprivation", "deprivation-quintile", "quintile" -> Breakdown.DEPRIVATION_QUINTILE;
                case "deprivation-decile", "decile" -> Breakdown.DEPRIVATION_DECILE;
                case "local-deprivation-decile", "local-decile" -> Breakdown.LOCAL_DEPRIVATION_DECILE;
                case "ethnicity", "ethnic-group" -> Breakdown.ETHNICITY;
                case "age", "age-band" -> Breakdown.AGE_BAND;
                case "sex" -> Breakdown.SEX;
                case "total" -> Breakdown.TOTAL;
                default ->
                    throw new IllegalArgumentException(
                            "--by should be deprivation, deprivation-decile, ethnicity, age or sex, not " + by);
            };
        }

        /** A numerator: a count of events or people prints as an integer (104, 1,204), a weighted one with its decimals. */
        static String count(Double v) {
            if (v == null) {
                return "";
            }
            return v == Math.rint(v) && Math.abs(v) < 1e15
                    ? String.format(java.util.Locale.UK, "%,d", v.longValue())
                    : fmt(v);
        }

        private static String fmt(Double v) {
            return v == null ? "" : Math.abs(v) >= 1000 ? String.format("%,.0f", v) : String.format("%.2f", v);
        }
    }

    @Command(
            name = "facts",
            mixinStandardHelpOptions = true,
            description = "The analytics facts store (OPENICS_HOME/analytics/facts.duckdb): export it as Parquet.",
            subcommands = {Export.class, LoadNdjson.class})
    static final class Facts extends CommandGroup {}

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {
                "Write person, condition, observation, encounter and waiting_list as Parquet files (zstd) into DIR:",
                "the same files a national Spark job would read. Exit status: 0 done, 1 failure."
            })
    static final class Export implements Callable<Integer> {

        @ParentCommand
        Facts group;

        @Option(
                names = "--out",
                required = true,
                paramLabel = "DIR",
                description = "Output folder (created if missing).")
        Path out;

        @Override
        public Integer call() throws Exception {
            try (ConfigurableApplicationContext context = Platform.batch(group.parent.home())) {
                Map<String, Long> rows = context.getBean(FactsExport.class).exportParquet(out);
                rows.forEach((table, n) ->
                        System.out.printf("%-14s %,12d rows  %s%n", table, n, out.resolve(table + ".parquet")));
                return 0;
            }
        }
    }

    @Command(
            name = "load-ndjson",
            mixinStandardHelpOptions = true,
            description = {
                "BENCH ONLY: replace the facts store's facts with a generator NDJSON folder read directly by DuckDB",
                "(the same fact tables the record feed produces; used by bench/indicators-refresh.sh at full scale because",
                "ingesting 19 M resources through the record takes too long). Not for real data: it bypasses the record."
            })
    static final class LoadNdjson implements Callable<Integer> {

        @ParentCommand
        Facts group;

        @Parameters(
                index = "0",
                paramLabel = "DIR",
                description = "Folder written by openics generate (Patient.ndjson, ...).")
        Path dir;

        @Option(
                names = "--demo",
                description =
                        "Load the built-in demo ICS into the registry first (for files from generate --ics demo).")
        boolean demo;

        @Override
        public Integer call() throws Exception {
            try (ConfigurableApplicationContext context = Platform.batch(group.parent.home())) {
                if (demo) {
                    context.getBean(org.openics.registry.Registry.class).loadDemoIcs();
                }
                long started = System.nanoTime();
                Map<String, Long> rows =
                        context.getBean(FactsExport.class).loadGeneratorNdjson(dir, new ConsoleProgress());
                System.out.printf("loaded %s in %.1f s%n", rows, (System.nanoTime() - started) / 1e9);
                return 0;
            }
        }
    }
}
