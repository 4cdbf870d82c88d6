package org.openics.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openics.analytics.statistics.Confidence;
import org.openics.analytics.statistics.DirectlyStandardisedRates;
import org.openics.analytics.statistics.Estimate;
import org.openics.analytics.statistics.EuropeanStandardPopulation;
import org.openics.analytics.statistics.IndirectlyStandardised;
import org.openics.analytics.statistics.InequalityIndices;
import org.openics.analytics.statistics.InequalityOptions;
import org.openics.analytics.statistics.LifeExpectancy;
import org.openics.analytics.statistics.LifeTableBand;
import org.openics.analytics.statistics.Limits;
import org.openics.analytics.statistics.Means;
import org.openics.analytics.statistics.PersonFrequencyBand;
import org.openics.analytics.statistics.Proportions;
import org.openics.analytics.statistics.QuantileValue;
import org.openics.analytics.statistics.Rates;
import org.openics.analytics.statistics.ReferenceBand;
import org.openics.analytics.statistics.SlopeIndex;
import org.openics.analytics.statistics.StandardisationBand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code openics stats METHOD --in FILE.csv}: the OHID/PHE statistics for analysts, CSV in and CSV out, pure
 * computation without starting the platform. Columns a method does not name are grouping columns, echoed.
 */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Public health statistics as PHEindicatormethods and the Fingertips technical guidance define them.",
            "Reads a CSV with a header, writes CSV to standard output. Columns a method does not name are grouping"
                    + " columns: one result per group, the grouping columns echoed first.",
            "Limits are lowercl/uppercl for one confidence level, lower95_0cl/upper95_0cl/lower99_8cl/upper99_8cl "
                    + "for --confidence 0.95,0.998. An empty cell is a value the method suppresses (or cannot compute).",
            "Starts no server and no database."
        },
        subcommands = {
            StatsCommand.Proportion.class,
            StatsCommand.Rate.class,
            StatsCommand.Dsr.class,
            StatsCommand.IsRatio.class,
            StatsCommand.IsRate.class,
            StatsCommand.Mean.class,
            StatsCommand.LifeExpectancyMethod.class,
            StatsCommand.Sii.class
        })
final class StatsCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return 0;
    }

    /** Options every method shares. */
    static final class Common {
        @Option(names = "--in", required = true, paramLabel = "FILE.csv", description = "Input CSV with a header row.")
        Path in;

        @Option(
                names = "--confidence",
                paramLabel = "LEVELS",
                defaultValue = "0.95",
                description =
                        "Confidence level(s), e.g. 0.95 or 0.95,0.998 (95 and 99.8 accepted; default ${DEFAULT-VALUE}).")
        String confidence;

        List<Confidence> levels() {
            return Confidence.parseList(confidence);
        }
    }

    /** One method: which columns it names, and how it turns a group's rows into output rows. */
    abstract static class Method implements Callable<Integer> {

        @Mixin
        Common common;

        abstract Set<String> named();

        abstract List<String> required();

        /** Output columns after the grouping columns. */
        abstract List<String> resultColumns(List<Confidence> levels);

        /** Output rows (without the grouping values) for one group. */
        abstract List<List<String>> compute(List<StatsTable.Row> rows, List<Confidence> levels);

        /** Groups in output order. */
        List<StatsTable.Group> groups(StatsTable table) {
            return table.groups();
        }

        void check(StatsTable table) {}

        @Override
        public Integer call() throws IOException {
            List<Confidence> levels = common.levels();
            StatsTable table = StatsTable.read(common.in, named(), required());
            check(table);
            List<String> header = new ArrayList<>(table.groupColumns());
            header.addAll(resultColumns(levels));
            // everything is computed before anything is written, so bad input leaves standard output empty
            List<List<String>> records = new ArrayList<>();
            for (StatsTable.Group group : groups(table)) {
                for (List<String> result : compute(group.rows(), levels)) {
                    List<String> record = new ArrayList<>(group.key());
                    record.addAll(result);
                    records.add(record);
                }
            }
            // one buffered writer (System.out flushes on every line), not closed (that would close standard output)
            java.io.Writer out = new java.io.BufferedWriter(
                    new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
            CSVPrinter printer = new CSVPrinter(
                    out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
            printer.printRecord(header);
            printer.printRecords(records);
            printer.flush();
            return 0;
        }

        double sum(List<StatsTable.Row> rows, String column) {
            double sum = 0;
            for (StatsTable.Row row : rows) {
                sum += row.number(column);
            }
            return sum;
        }
    }

    /** {@code value, lowercl, uppercl} or the columns for each level. */
    static List<String> estimateColumns(String prefix, List<Confidence> levels) {
        List<String> columns = new ArrayList<>();
        columns.add(prefix.isEmpty() ? "value" : prefix);
        columns.addAll(limitColumns(prefix.isEmpty() ? "" : prefix + "_", levels));
        return columns;
    }

    static List<String> limitColumns(String prefix, List<Confidence> levels) {
        List<String> columns = new ArrayList<>();
        for (Confidence c : levels) {
            String suffix = levels.size() == 1 ? "cl" : c.suffix() + "cl";
            columns.add(prefix + "lower" + suffix);
            columns.add(prefix + "upper" + suffix);
        }
        return columns;
    }

    static List<String> cells(Estimate estimate) {
        List<String> cells = new ArrayList<>();
        cells.add(number(estimate.value()));
        for (Limits l : estimate.limits()) {
            cells.add(number(l.lower()));
            cells.add(number(l.upper()));
        }
        return cells;
    }

    /** Full precision without exponents; empty for a value that is suppressed or undefined. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        String shortest = Double.toString(value);
        return shortest.indexOf('E') < 0 ? shortest : BigDecimal.valueOf(value).toPlainString();
    }

    static Set<String> names(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }

    /** Proportion and rate: rows of one group are summed; without grouping columns each row is its own result. */
    abstract static class Counts extends Method {

        @Option(
                names = "--multiplier",
                paramLabel = "M",
                description = "Scale of the result (default ${DEFAULT-VALUE}).")
        double multiplier = defaultMultiplier();

        abstract double defaultMultiplier();

        abstract Estimate estimate(double x, double n, List<Confidence> levels);

        @Override
        Set<String> named() {
            return names("x", "n");
        }

        @Override
        List<String> required() {
            return List.of("x", "n");
        }

        @Override
        List<String> resultColumns(List<Confidence> levels) {
            return estimateColumns("", levels);
        }

        @Override
        List<StatsTable.Group> groups(StatsTable table) {
            return table.groupColumns().isEmpty()
                    ? table.rows().stream()
                            .map(row -> new StatsTable.Group(List.of(), List.of(row)))
                            .toList()
                    : table.groups();
        }

        @Override
        List<List<String>> compute(List<StatsTable.Row> rows, List<Confidence> levels) {
            return List.of(rows.get(0).located(() -> cells(estimate(sum(rows, "x"), sum(rows, "n"), levels))));
        }
    }

    @Command(
            name = "proportion",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Proportion x/n with Wilson score limits.",
                "Columns: x, n. Default multiplier 1 (100 for %%)."
            })
    static final class Proportion extends Counts {
        @Override
        double defaultMultiplier() {
            return 1;
        }

        @Override
        Estimate estimate(double x, double n, List<Confidence> levels) {
            return Proportions.of(x, n, multiplier, levels);
        }
    }

    @Command(
            name = "rate",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Crude rate x/n per multiplier: exact Poisson limits below 10 events, Byar's from 10.",
                "Columns: x, n. Default multiplier 100000."
            })
    static final class Rate extends Counts {
        @Override
        double defaultMultiplier() {
            return 100_000;
        }

        @Override
        Estimate estimate(double x, double n, List<Confidence> levels) {
            return Rates.crude(x, n, multiplier, levels);
        }
    }

    @Command(
            name = "dsr",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Directly standardised rate with Dobson limits; suppressed (empty) when the total count is "
                        + "under 10.",
                "Columns: ageband, x, n, optional stdpop (default: the 2013 European Standard Population by band label"
                        + " 0-4, 5-9 ... 85-89, 90+). An empty x counts as zero. Default multiplier 100000.",
                "With --non-independent, x is the number of people with 'frequency' events in the band (extra column "
                        + "frequency) and the limits are widened for people with several events."
            })
    static final class Dsr extends Method {

        @Option(names = "--multiplier", paramLabel = "M", description = "Rate per M (default ${DEFAULT-VALUE}).")
        double multiplier = 100_000;

        @Option(
                names = "--non-independent",
                description = "Events are not independent: adjust the limits using column frequency.")
        boolean nonIndependent;

        @Override
        Set<String> named() {
            return names("ageband", "x", "n", "stdpop", "frequency");
        }

        @Override
        List<String> required() {
            return nonIndependent ? List.of("ageband", "x", "n", "frequency") : List.of("ageband", "x", "n");
        }

        @Override
        List<String> resultColumns(List<Confidence> levels) {
            return estimateColumns("", levels);
        }

        /** Whether the file gives its own standard populations (then every row must). */
        private boolean ownStandard;

        @Override
        void check(StatsTable table) {
            if (!nonIndependent && table.has("frequency")) {
                throw new IllegalArgumentException(
                        table.file() + ": has a frequency column; add --non-independent to use it, or remove it");
            }
            ownStandard = table.has("stdpop");
        }

        @Override
        List<List<String>> compute(List<StatsTable.Row> rows, List<Confidence> levels) {
            if (nonIndependent) {
                List<PersonFrequencyBand> bands = new ArrayList<>();
                for (StatsTable.Row row : rows) {
                    bands.add(row.located(() -> new PersonFrequencyBand(
                            row.text("ageband"),
                            row.number("frequency"),
                            row.countOrZero("x"),
                            row.number("n"),
                            standardPopulation(row))));
                }
                return List.of(rows.get(0)
                        .located(() ->
                                cells(DirectlyStandardisedRates.ofNonIndependentEvents(bands, multiplier, levels))));
            }
            List<StandardisationBand> bands = new ArrayList<>();
            for (StatsTable.Row row : rows) {
                bands.add(standardisationBand(row));
            }
            return List.of(cells(DirectlyStandardisedRates.of(bands, multiplier, levels)));
        }

        private StandardisationBand standardisationBand(StatsTable.Row row) {
            return row.located(() -> new StandardisationBand(
                    row.text("ageband"), row.countOrZero("x"), row.number("n"), standardPopulation(row)));
        }

        /** Band label to ESP 2013 population, parsed once per distinct label. */
        private final Map<String, java.util.Optional<Double>> esp = new java.util.HashMap<>();

        private double standardPopulation(StatsTable.Row row) {
            if (ownStandard) {
                return row.number("stdpop");
            }
            String band = row.text("ageband");
            return esp.computeIfAbsent(band, EuropeanStandardPopulation::forBand)
                    .orElseThrow(() -> row.problem(
                            "ageband",
                            "'" + band + "' is not a 2013 European Standard Population band (0-4, 5-9 ... 85-89, 90+);"
                                    + " give a stdpop column"));
        }
    }

    /** Indirect standardisation: local and reference counts and populations per age band. */
    abstract static class Indirect extends Method {

        @Override
        Set<String> named() {
            return names("ageband", "x", "n", "x_ref", "n_ref");
        }

        @Override
        List<String> required() {
            return List.of("ageband", "x", "n", "x_ref", "n_ref");
        }

        @Override
        List<String> resultColumns(List<Confidence> levels) {
            return estimateColumns("", levels);
        }

        abstract Estimate estimate(List<ReferenceBand> bands, List<Confidence> levels);

        @Override
        List<List<String>> compute(List<StatsTable.Row> rows, List<Confidence> levels) {
            List<ReferenceBand> bands = new ArrayList<>();
            for (StatsTable.Row row : rows) {
                bands.add(row.located(() -> new ReferenceBand(
                        row.text("ageband"),
                        row.countOrZero("x"),
                        row.countOrZero("n"),
                        row.countOrZero("x_ref"),
                        row.number("n_ref"))));
            }
            return List.of(cells(estimate(bands, levels)));
        }
    }

    @Command(
            name = "isratio",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Indirectly standardised ratio (observed/expected, e.g. an SMR): exact limits below 10 "
                        + "events, Byar's from 10.",
                "Columns: ageband, x, n, x_ref, n_ref (an empty x counts as zero)."
            })
    static final class IsRatio extends Indirect {

        @Option(
                names = "--refvalue",
                paramLabel = "1|100",
                description = "Scale of the ratio: 1 or 100 (default ${DEFAULT-VALUE}).")
        double refValue = 1;

        @Override
        Estimate estimate(List<ReferenceBand> bands, List<Confidence> levels) {
            return IndirectlyStandardised.ratio(bands, refValue, levels);
        }
    }

    @Command(
            name = "israte",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Indirectly standardised rate: the ratio times the reference crude rate per multiplier.",
                "Columns: ageband, x, n, x_ref, n_ref (an empty x counts as zero). Default multiplier 100000."
            })
    static final class IsRate extends Indirect {

        @Option(names = "--multiplier", paramLabel = "M", description = "Rate per M (default ${DEFAULT-VALUE}).")
        double multiplier = 100_000;

        @Override
        Estimate estimate(List<ReferenceBand> bands, List<Confidence> levels) {
            return IndirectlyStandardised.rate(bands, multiplier, levels);
        }
    }

    @Command(
            name = "mean",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {"Mean of column value per group, with Student's t limits."})
    static final class Mean extends Method {

        @Override
        Set<String> named() {
            return names("value");
        }

        @Override
        List<String> required() {
            return List.of("value");
        }

        @Override
        List<String> resultColumns(List<Confidence> levels) {
            return estimateColumns("", levels);
        }

        @Override
        List<List<String>> compute(List<StatsTable.Row> rows, List<Confidence> levels) {
            return List.of(
                    cells(Means.of(rows.stream().map(r -> r.number("value")).toList(), levels)));
        }
    }

    @Command(
            name = "life-expectancy",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Life expectancy at each start age (Chiang II abridged life table, Silcocks' variance for 90+).",
                "Columns: startage (0, 1, 5, 10 ... 90, or labels such as 1-4 and 90+), deaths, pop; 20 bands per group.",
                "Output: one row per group and start age. A whole group is empty when a band is missing, has no "
                        + "population, negative deaths or more deaths than population, or the total population is 5,000 or less;"
                        + " a value (not its limits) is empty when its 95%% interval is wider than 20 years."
            })
    static final class LifeExpectancyMethod extends Method {

        /** The first number in a band label, as the published method reads start ages. */
        private static final java.util.regex.Pattern START_AGE = java.util.regex.Pattern.compile("\\D*(\\d+).*");

        @Override
        Set<String> named() {
            return names("startage", "deaths", "pop");
        }

        @Override
        List<String> required() {
            return List.of("startage", "deaths", "pop");
        }

        @Override
        List<String> resultColumns(List<Confidence> levels) {
            List<String> columns = new ArrayList<>(List.of("startage"));
            columns.addAll(estimateColumns("", levels));
            return columns;
        }

        @Override
        List<List<String>> compute(List<StatsTable.Row> rows, List<Confidence> levels) {
            List<LifeTableBand> bands = new ArrayList<>();
            Map<Integer, String> labels = new java.util.HashMap<>();
            for (StatsTable.Row row : rows) {
                String label = row.text("startage");
                java.util.regex.Matcher m = START_AGE.matcher(label);
                if (!m.matches()) {
                    throw row.problem("startage", "'" + label + "' is not a start age (0, 1, 5, 10 ... 90)");
                }
                int age = Integer.parseInt(m.group(1));
                labels.put(age, label);
                bands.add(new LifeTableBand(age, row.number("deaths"), row.number("pop")));
            }
            List<List<String>> out = new ArrayList<>();
            for (LifeExpectancy.AtAge at : LifeExpectancy.of(bands, levels)) {
                List<String> record = new ArrayList<>();
                record.add(labels.get(at.startAge()));
                record.addAll(cells(at.estimate()));
                out.add(record);
            }
            return out;
        }
    }

    @Command(
            name = "sii",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Slope index of inequality (and with --rii the relative index) across 5 to 100 quantiles "
                        + "ordered from most to least deprived.",
                "Columns: quantile, population, value, and se or lowercl+uppercl (95%%).",
                "Limits are simulated (--reps, default 100000) with a fixed --seed: the same seed gives the same "
                        + "limits as R's set.seed(seed) followed by PHEindicatormethods::phe_sii on the same groups.",
                "Output: sii, its limits, then rii and its limits with --rii, then intercept."
            })
    static final class Sii extends Method {

        @Option(names = "--value-type", paramLabel = "0|1|2", description = "0 other (default), 1 rate, 2 proportion.")
        int valueType = InequalityOptions.OTHER;

        @Option(
                names = "--transform",
                description = "Log (rates) or logit (proportions) transform before the regression.")
        boolean transform;

        @Option(names = "--rii", description = "Also output the relative index of inequality and its limits.")
        boolean rii;

        @Option(
                names = "--reps",
                paramLabel = "N",
                description = "Simulations for the limits (at least 1000; default ${DEFAULT-VALUE}).")
        int reps = InequalityOptions.DEFAULT_REPETITIONS;

        @Option(names = "--seed", paramLabel = "N", description = "Random seed (default ${DEFAULT-VALUE}).")
        int seed = 1;

        @Option(
                names = "--multiplier",
                paramLabel = "M",
                description =
                        "Scale of the SII (default ${DEFAULT-VALUE}); negative reverses polarity and inverts the RII.")
        double multiplier = 1;

        private InequalityIndices indices;

        /** Every quantile in the file: a group without all of them has no SII (R drops it with a warning). */
        private Set<String> quantiles;

        @Override
        Set<String> named() {
            return names("quantile", "population", "value", "se", "lowercl", "uppercl");
        }

        @Override
        List<String> required() {
            return List.of("quantile", "population", "value");
        }

        @Override
        void check(StatsTable table) {
            if (!table.has("se") && !(table.has("lowercl") && table.has("uppercl"))) {
                throw new IllegalArgumentException(
                        table.file() + ": needs a column se, or columns lowercl and uppercl (95%)");
            }
            if (transform && table.has("se")) {
                throw new IllegalArgumentException(table.file()
                        + ": --transform needs lowercl and uppercl rather than se (the limits are transformed)");
            }
            quantiles = table.rows().stream().map(r -> r.text("quantile")).collect(java.util.stream.Collectors.toSet());
            indices = new InequalityIndices(
                    new InequalityOptions(valueType, transform, multiplier, reps, seed, common.levels()));
        }

        @Override
        List<String> resultColumns(List<Confidence> levels) {
            List<String> columns = new ArrayList<>(List.of("sii"));
            columns.addAll(limitColumns("sii_", levels));
            if (rii) {
                columns.add("rii");
                columns.addAll(limitColumns("rii_", levels));
            }
            columns.add("intercept");
            return columns;
        }

        /** Groups in sorted order (numbers as numbers), as R's group_by orders them and draws from the stream. */
        @Override
        List<StatsTable.Group> groups(StatsTable table) {
            List<StatsTable.Group> groups = new ArrayList<>(table.groups());
            groups.sort((a, b) -> {
                for (int i = 0; i < a.key().size(); i++) {
                    int c = NATURAL.compare(a.key().get(i), b.key().get(i));
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            });
            return groups;
        }

        @Override
        List<List<String>> compute(List<StatsTable.Row> rows, List<Confidence> levels) {
            Set<String> present =
                    rows.stream().map(r -> r.text("quantile")).collect(java.util.stream.Collectors.toSet());
            if (!present.equals(quantiles) || present.size() != rows.size()) {
                System.err.println("openics: warning: no SII for the group at line "
                        + rows.get(0).line() + ": it has " + rows.size() + " rows for " + present.size() + " of the "
                        + quantiles.size() + " quantiles");
                return List.of();
            }
            List<StatsTable.Row> ordered = new ArrayList<>(rows);
            ordered.sort(Comparator.comparing(r -> r.text("quantile"), NATURAL));
            List<QuantileValue> quantiles = new ArrayList<>();
            for (StatsTable.Row row : ordered) {
                quantiles.add(row.located(() -> new QuantileValue(
                        row.text("quantile"),
                        row.number("population"),
                        row.number("value"),
                        row.optional("se"),
                        row.optional("lowercl"),
                        row.optional("uppercl"))));
            }
            SlopeIndex index = rows.get(0).located(() -> indices.next(quantiles));
            List<String> record = new ArrayList<>();
            record.add(number(index.sii()));
            index.limits().forEach(b -> {
                record.add(number(b.siiLower()));
                record.add(number(b.siiUpper()));
            });
            if (rii) {
                record.add(number(index.rii()));
                index.limits().forEach(b -> {
                    record.add(number(b.riiLower()));
                    record.add(number(b.riiUpper()));
                });
            }
            record.add(number(index.intercept()));
            return List.of(record);
        }
    }

    /** Numbers in numeric order, before any text, text in code-point order. */
    static final Comparator<String> NATURAL = (a, b) -> {
        Double x = parse(a);
        Double y = parse(b);
        if (x != null && y != null) {
            return Double.compare(x, y);
        }
        if (x != null || y != null) {
            return x != null ? -1 : 1;
        }
        return a.compareTo(b);
    };

    private static Double parse(String text) {
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
