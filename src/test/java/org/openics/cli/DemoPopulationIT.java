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
        DemoPopulation population = new DemoPopulation(
                record,
                analytics,
                facts,
                ProgressListener.NONE,
                new PrintStream(messages, true, StandardCharsets.UTF_8));

        assertThat(population.ensure(home, TINY)).isEqualTo(DemoPopulation.Outcome.LOADED);
        SourceStatistics loaded = statistics();
        assertThat(loaded.stored()).isPositive();
        assertThat(home.resolve(DemoPopulation.MARKER)).exists();
        assertThat(home.resolve("demo-population"))
                .as("the generated files are removed once ingested")
                .doesNotExist();
        assertThat(messages.toString(StandardCharsets.UTF_8))
                .contains("Generating")
                .contains("Ingesting")
                .contains("Rita Resident");
        theReadmesResidentHasARecordTheDemoAccountsMaySee();

        messages.reset();
        assertThat(population.ensure(home, TINY)).isEqualTo(DemoPopulation.Outcome.REUSED);
        assertThat(statistics().stored()).isEqualTo(loaded.stored());
        assertThat(statistics().ingests()).isEqualTo(loaded.ingests());
        assertThat(messages.toString(StandardCharsets.UTF_8))
                .contains("Reusing")
                .doesNotContain("Generating");
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** The README's resident (900 000 0009) has her record, every resource stored; she, the clinician and the care worker see it. */
    void theReadmesResidentHasARecordTheDemoAccountsMaySee() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from record.resource where id like 'demo-resident%'", Integer.class))
                .as("her resources, none quarantined")
                .isEqualTo(14);
        var person = record.personByNhsNumber(new org.openics.kernel.NhsNumber(DemoResident.NHS_NUMBER))
                .orElseThrow();
        for (String username : java.util.List.of("resident", "clinician", "careworker")) {
            var actor = record.account(username).orElseThrow();
            var decision = record.requestAccess(new org.openics.record.AccessRequest(
                    actor, person, "the README's tour", "direct care", java.util.Optional.empty()));
            assertThat(decision.granted())
                    .as(username + ": " + decision.reason())
                    .isTrue();
        }
    }

    @Test
    void scaleZeroMeansNoPopulation() throws Exception {
        Path home = Files.createDirectories(HOME.resolve("demo-population-none"));
        DemoPopulation population = new DemoPopulation(record, analytics, facts, ProgressListener.NONE, System.err);
        assertThat(population.ensure(home, 0)).isEqualTo(DemoPopulation.Outcome.SKIPPED);
        assertThat(home.resolve(DemoPopulation.MARKER)).doesNotExist();
    }

    private SourceStatistics statistics() {
        return record.sourceStatistics().stream()
                .filter(s -> s.source().equals(DemoPopulation.SOURCE))
                .findFirst()
                .orElseThrow();
    }
}
