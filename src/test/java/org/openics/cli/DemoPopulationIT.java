package org.openics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openics.analytics.PopulationHealth;
import org.openics.platform.ProgressListener;
import org.openics.record.SharedCareRecord;
import org.openics.record.SourceStatistics;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;

/** `openics demo` populates the record on the first start and reuses the population on the next. */
class DemoPopulationIT extends PlatformIT {

    /** About 400 people: the same steps as the default, in seconds. */
    static final double TINY = 0.0002;

    @Autowired
    SharedCareRecord record;

    @Autowired
    PopulationHealth analytics;

    @Autowired
    org.openics.analytics.FactsExport facts;

    @Test
    void theFirstStartGeneratesIngestsAndRemembersTheSecondReuses() throws Exception {
        Path home = Files.createDirectories(HOME.resolve("demo-population-it"));
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        DemoPopulation population = new DemoPopulation(record, analytics, facts, ProgressListener.NONE,
                new PrintStream(messages, true, StandardCharsets.UTF_8));

        assertThat(population.ensure(home, TINY)).isEqualTo(DemoPopulation.Outcome.LOADED);
        SourceStatistics loaded = statistics();
        assertThat(loaded.stored()).isPositive();
        assertThat(home.resolve(DemoPopulation.MARKER)).exists();
        assertThat(home.resolve("demo-population")).as("the generated files are removed once ingested").doesNotExist();
        assertThat(messages.toString(StandardCharsets.UTF_8)).contains("Generating").contains("Ingesting");

        messages.reset();
        assertThat(population.ensure(home, TINY)).isEqualTo(DemoPopulation.Outcome.REUSED);
        assertThat(statistics().stored()).isEqualTo(loaded.stored());
        assertThat(statistics().ingests()).isEqualTo(loaded.ingests());
        assertThat(messages.toString(StandardCharsets.UTF_8)).contains("Reusing").doesNotContain("Generating");
    }

    @Test
    void scaleZeroMeansNoPopulation() throws Exception {
        Path home = Files.createDirectories(HOME.resolve("demo-population-none"));
        DemoPopulation population = new DemoPopulation(record, analytics, facts, ProgressListener.NONE, System.err);
        assertThat(population.ensure(home, 0)).isEqualTo(DemoPopulation.Outcome.SKIPPED);
        assertThat(home.resolve(DemoPopulation.MARKER)).doesNotExist();
    }

    private SourceStatistics statistics() {
        return record.sourceStatistics().stream().filter(s -> s.source().equals(DemoPopulation.SOURCE)).findFirst().orElseThrow();
    }
}
