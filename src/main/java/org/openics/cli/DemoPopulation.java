package org.openics.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.openics.analytics.FactsExport;
import org.openics.analytics.PopulationDescribed;
import org.openics.analytics.PopulationHealth;
import org.openics.analytics.RefreshReport;
import org.openics.platform.ProgressListener;
import org.openics.record.IngestOptions;
import org.openics.record.IngestReport;
import org.openics.record.SharedCareRecord;
import org.openics.registry.DemoSystem;
import org.openics.synthetic.GenerationRequest;
import org.openics.synthetic.GenerationSummary;
import org.openics.synthetic.OutputFormat;
import org.openics.synthetic.SyntheticPopulation;

/**
 * The demo's synthetic population: on the first start it is generated, ingested into the shared care
 * record and analysed; later starts find the marker in OPENICS_HOME and reuse it (analysing again only
 * when no refresh has completed). Messages go to standard error, progress bars through the listener.
 */
final class DemoPopulation {

    /**
     * Default share of the demo ICS's 2,094,802 registered patients: about 10,500 people and 96,000
     * resources, so that every practice has a value and the six places differ. Measured (docs/development.md):
     * generation takes seconds; the record's ingest sets the pace (2,414 resources/s on a quiet 2-core
     * machine, so about 40 s; several times longer while other builds load it). Raise with --scale.
     */
    static final double DEFAULT_SCALE = 0.005;

    /**
     * Default share of the demo ICS that analytics describes: large enough that every place's under-75 mortality, life
     * expectancy and SII are published with intervals. These people go straight from the generator into the facts store
     * (no FHIR, no record), so the first start stays short; the record keeps its small sample for person-level pages.
     */
    static final double DEFAULT_ANALYTICS_SCALE = 0.5;

    /** The same people every time. */
    static final long SEED = 20260630L;

    /** A few realistic faults so that the data quality page and the quarantine have something to show. */
    static final double DEFECT_RATE = 0.001;

    /** The synthetic extract arrives as if sent by the demo ICB. */
    static final String SOURCE = DemoSystem.ICB_CODE;

    static final LocalDate AS_AT = LocalDate.parse("2026-06-30");

    static final String MARKER = "demo-population.properties";

    /** What a start did. */
    enum Outcome {
        LOADED,
        REUSED,
        SKIPPED
    }

    private final SharedCareRecord record;
    private final PopulationHealth analytics;
    private final FactsExport facts;
    private final ProgressListener progress;
    private final PrintStream messages;

    DemoPopulation(
            SharedCareRecord record,
            PopulationHealth analytics,
            FactsExport facts,
            ProgressListener progress,
            PrintStream messages) {
        this.record = record;
        this.analytics = analytics;
        this.facts = facts;
        this.progress = progress;
        this.messages = messages;
    }

    /** The record's sample only; analytics describes the record's people. */
    Outcome ensure(Path home, double scale) {
        return ensure(home, scale, 0);
    }

    /**
     * Makes sure {@code home} holds the population (scale 0: none) and, with {@code analyticsScale} above 0, that analytics
     * describes a synthetic population of that size fed straight from the generator.
     */
    Outcome ensure(Path home, double scale, double analyticsScale) {
        if (scale <= 0) {
            return Outcome.SKIPPED;
        }
        Path marker = home.resolve(MARKER);
        Outcome outcome;
        if (Files.exists(marker)) {
            Properties loaded = read(marker);
            messages.printf(
                    Locale.ROOT,
                    "Reusing the synthetic population in %s (%s people, scale %s).%n",
                    home,
                    loaded.getProperty("people"),
                    loaded.getProperty("scale"));
            if (Double.parseDouble(loaded.getProperty("scale")) != scale) {
                messages.printf(
                        Locale.ROOT,
                        "  It was made at scale %s, not %s: use a fresh OPENICS_HOME for another size.%n",
                        loaded.getProperty("scale"),
                        scale);
            }
            outcome = Outcome.REUSED;
        } else {
            if (analyticsScale > 0) {
                // the two populations go to different stores (PostgreSQL, DuckDB): made side by side, the start is
                // shorter
                ExecutorService background = Executors.newSingleThreadExecutor(task -> {
                    Thread thread = new Thread(task, "demo-analytics-population");
                    thread.setDaemon(true);
                    return thread;
                });
                try {
                    Future<long[]> fed = background.submit(() -> feedAnalytics(analyticsScale));
                    long people = load(home, scale, marker);
                    long[] analysed = fed.get();
                    facts.describe(described(analysed[0], analyticsScale, people, scale));
                    messages.printf(
                            Locale.ROOT,
                            "  analytics population: %,d people, %,d fact rows in %.1f s (made alongside the ingest)%n",
                            analysed[0],
                            analysed[1],
                            analysed[2] / 1000.0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while making the analytics population", e);
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                } finally {
                    background.shutdownNow();
                }
                append(marker, "analytics-scale", Double.toString(analyticsScale));
            } else {
                load(home, scale, marker);
            }
            outcome = Outcome.LOADED;
        }
        if (outcome == Outcome.LOADED || analytics.lastRefresh().isEmpty()) {
            analyse(); // new facts, or an analysis interrupted on an earlier start
        }
        return outcome;
    }

    /**
     * Generates the analytics population and replaces the facts store's facts with it (progress not shown: it runs beside
     * the ingest's); people, fact rows and milliseconds.
     */
    private long[] feedAnalytics(double analyticsScale) {
        messages.printf(
                Locale.ROOT,
                "Generating the population analytics describes (scale %s of the demo ICS) straight into the facts store,"
                        + " alongside ...%n",
                analyticsScale);
        long started = System.nanoTime();
        GenerationRequest request = new GenerationRequest(
                DemoSystem.ICB_CODE, analyticsScale, SEED, Path.of("."), OutputFormat.NDJSON, AS_AT, 0);
        long[] people = {0};
        Map<String, Long> rows = facts.replaceFacts(
                new PopulationDescribed(
                        PopulationDescribed.Source.SYNTHETIC_GENERATOR,
                        0,
                        analyticsScale,
                        SEED,
                        AS_AT,
                        null,
                        "A synthetic population fed straight from the generator (being loaded)."),
                sink -> {
                    try {
                        people[0] = SyntheticPopulation.fhir()
                                .people(
                                        DemoSystem.asAt(AS_AT),
                                        request,
                                        p -> DemoFacts.add(p, sink),
                                        ProgressListener.NONE)
                                .people();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                ProgressListener.NONE);
        return new long[] {
            people[0],
            rows.values().stream().mapToLong(Long::longValue).sum(),
            (System.nanoTime() - started) / 1_000_000
        };
    }

    /** The sentence the API and pages show beside the figures. */
    static PopulationDescribed described(long people, double analyticsScale, long recordPeople, double recordScale) {
        return new PopulationDescribed(
                PopulationDescribed.Source.SYNTHETIC_GENERATOR,
                people,
                analyticsScale,
                SEED,
                AS_AT,
                recordPeople,
                String.format(
                        Locale.UK,
                        "A synthetic population of %,d people (%s%% of the demo ICS's 2.1 million registered patients, seed %d,"
                                + " as at %s), made by the generator straight into the analytics facts; the shared care record holds a separate"
                                + " synthetic sample of %,d people (%s%%) for the person-level pages.",
                        people,
                        percent(analyticsScale),
                        SEED,
                        AS_AT.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)),
                        recordPeople,
                        percent(recordScale)));
    }

    private static String percent(double scale) {
        return new java.math.BigDecimal(Double.toString(scale * 100))
                .stripTrailingZeros()
                .toPlainString();
    }

    private static void append(Path marker, String key, String value) {
        Properties properties = read(marker);
        properties.setProperty(key, value);
        try (var out = Files.newBufferedWriter(marker)) {
            properties.store(
                    out, "The demo's synthetic population is in the record; delete this file to load it again");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the record's sample; the number of people. */
    private long load(Path home, double scale, Path marker) {
        Path folder = home.resolve("demo-population");
        try {
            long started = System.nanoTime();
            messages.printf(
                    Locale.ROOT,
                    "Generating the synthetic population (scale %s of the demo ICS's 2.1 million patients) ...%n",
                    scale);
            GenerationSummary generated = SyntheticPopulation.fhir()
                    .generate(
                            DemoSystem.asAt(AS_AT),
                            new GenerationRequest(
                                    DemoSystem.ICB_CODE, scale, SEED, folder, OutputFormat.NDJSON, AS_AT, DEFECT_RATE),
                            progress);
            messages.printf(
                    Locale.ROOT,
                    "  %,d people, %,d resources in %.1f s%n",
                    generated.people(),
                    generated.lines(),
                    generated.elapsed().toMillis() / 1000.0);
            int resident = DemoResident.addTo(folder);
            messages.printf(
                    Locale.ROOT,
                    "  and the demo resident, Rita Resident (NHS number 900 000 0009, %d resources)%n",
                    resident);
            messages.println("Ingesting it into the shared care record ...");
            IngestReport ingested = record.ingest(
                    List.of(folder), IngestOptions.from(SOURCE).with(IngestOptions.Validation.STRUCTURAL), progress);
            messages.printf(
                    Locale.ROOT,
                    "  read %,d: stored %,d, duplicates %,d, quarantined %,d in %.1f s (%,.0f resources/s)%n",
                    ingested.read(),
                    ingested.stored(),
                    ingested.duplicates(),
                    ingested.quarantined(),
                    ingested.millis() / 1000.0,
                    ingested.resourcesPerSecond());
            Properties done = new Properties();
            done.setProperty("scale", Double.toString(scale));
            done.setProperty("seed", Long.toString(SEED));
            done.setProperty("people", Long.toString(generated.people()));
            done.setProperty("resources", Long.toString(ingested.read()));
            done.setProperty("seconds", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
            try (var out = Files.newBufferedWriter(marker)) {
                done.store(out, "The demo's synthetic population is in the record; delete this file to load it again");
            }
            return generated.people();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(folder);
        }
    }

    private void analyse() {
        messages.println("Analysing the population (indicators) ...");
        try {
            RefreshReport report = analytics.refresh(progress);
            messages.printf(
                    Locale.ROOT,
                    "  %d indicators, %,d values for %,d people in %.1f s%n",
                    report.indicators(),
                    report.values(),
                    report.persons(),
                    report.took().toMillis() / 1000.0);
        } catch (UnsupportedOperationException e) {
            // analytics lands in parallel: the record is loaded, the dashboards fill once a refresh can run
            messages.println("  not available in this build: " + e.getMessage());
        }
    }

    private static Properties read(Path marker) {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(marker)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
