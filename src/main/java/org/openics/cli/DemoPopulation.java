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
import java.util.Properties;
import java.util.stream.Stream;
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

    /** The same people every time. */
    static final long SEED = 20260630L;

    /** A few realistic faults so that the data quality page and the quarantine have something to show. */
    static final double DEFECT_RATE = 0.001;

    /** The synthetic extract arrives as if sent by the demo ICB. */
    static final String SOURCE = DemoSystem.ICB_CODE;

    static final LocalDate AS_AT = LocalDate.parse("2026-06-30");

    static final String MARKER = "demo-population.properties";

    /** What a start did. */
    enum Outcome { LOADED, REUSED, SKIPPED }

    private final SharedCareRecord record;
    private final PopulationHealth analytics;
    private final ProgressListener progress;
    private final PrintStream messages;

    DemoPopulation(SharedCareRecord record, PopulationHealth analytics, ProgressListener progress, PrintStream messages) {
        this.record = record;
        this.analytics = analytics;
        this.progress = progress;
        this.messages = messages;
    }

    /** Makes sure {@code home} holds the population (scale 0: none). */
    Outcome ensure(Path home, double scale) {
        if (scale <= 0) {
            return Outcome.SKIPPED;
        }
        Path marker = home.resolve(MARKER);
        Outcome outcome;
        if (Files.exists(marker)) {
            Properties loaded = read(marker);
            messages.printf(Locale.ROOT, "Reusing the synthetic population in %s (%s people, scale %s).%n", home,
                    loaded.getProperty("people"), loaded.getProperty("scale"));
            if (Double.parseDouble(loaded.getProperty("scale")) != scale) {
                messages.printf(Locale.ROOT, "  It was made at scale %s, not %s: use a fresh OPENICS_HOME for another size.%n",
                        loaded.getProperty("scale"), scale);
            }
            outcome = Outcome.REUSED;
        } else {
            load(home, scale, marker);
            outcome = Outcome.LOADED;
        }
        if (analytics.lastRefresh().isEmpty()) {
            analyse();
        }
        return outcome;
    }

    private void load(Path home, double scale, Path marker) {
        Path folder = home.resolve("demo-population");
        try {
            long started = System.nanoTime();
            messages.printf(Locale.ROOT, "Generating the synthetic population (scale %s of the demo ICS's 2.1 million patients) ...%n",
                    scale);
            GenerationSummary generated = SyntheticPopulation.fhir().generate(DemoSystem.asAt(AS_AT),
                    new GenerationRequest(DemoSystem.ICB_CODE, scale, SEED, folder, OutputFormat.NDJSON, AS_AT, DEFECT_RATE), progress);
            messages.printf(Locale.ROOT, "  %,d people, %,d resources in %.1f s%n", generated.people(), generated.lines(),
                    generated.elapsed().toMillis() / 1000.0);
            messages.println("Ingesting it into the shared care record ...");
            IngestReport ingested = record.ingest(List.of(folder), IngestOptions.from(SOURCE).with(IngestOptions.Validation.STRUCTURAL),
                    progress);
            messages.printf(Locale.ROOT, "  read %,d: stored %,d, duplicates %,d, quarantined %,d in %.1f s (%,.0f resources/s)%n",
                    ingested.read(), ingested.stored(), ingested.duplicates(), ingested.quarantined(), ingested.millis() / 1000.0,
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
            messages.printf(Locale.ROOT, "  %d indicators, %,d values for %,d people in %.1f s%n", report.indicators(), report.values(),
                    report.persons(), report.took().toMillis() / 1000.0);
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
