package org.openics.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openics.analytics.internal.FactsStore;
import org.openics.platform.ProgressListener;
import org.openics.record.IngestOptions;
import org.openics.record.IngestReport;
import org.openics.record.SharedCareRecord;
import org.openics.registry.DemoSystem;
import org.openics.registry.Registry;
import org.openics.support.PlatformIT;
import org.openics.synthetic.GenerationRequest;
import org.openics.synthetic.OutputFormat;
import org.openics.synthetic.SyntheticPopulation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small demo population through the whole path: generated, ingested by the record, fed incrementally to the
 * facts store, refreshed; then a larger one through the bench shortcut for the gradients the generator built in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndicatorsIT extends PlatformIT {

    private static final LocalDate AS_AT = LocalDate.of(2026, 6, 30);
    private static final String ICS = DemoSystem.ICB_CODE;

    @Autowired
    Registry registry;

    @Autowired
    SharedCareRecord record;

    @Autowired
    PopulationHealth health;

    @Autowired
    FactsExport factsExport;

    @Autowired
    FactsStore facts;

    @Autowired
    JdbcTemplate jdbc;

    Path small;

    @BeforeAll
    void generate() throws Exception {
        registry.loadDemoIcs();
        small = HOME.resolve("indicators-small");
        SyntheticPopulation.fhir()
                .generate(
                        DemoSystem.asAt(AS_AT),
                        new GenerationRequest(ICS, 0.003, 7, small, OutputFormat.NDJSON, AS_AT, 0),
                        ProgressListener.NONE);
    }

    private IngestReport ingest(String... types) {
        List<Path> files = java.util.Arrays.stream(types)
                .map(t -> small.resolve(t + ".ndjson"))
                .toList();
        return record.ingest(
                files, IngestOptions.from(null).with(IngestOptions.Validation.STRUCTURAL), ProgressListener.NONE);
    }

    @Test
    @Order(1)
    void refreshPullsOnlyWhatChangedAndCountsReconcileWithTheFacts() {
        assertThat(ingest("Patient", "Condition").quarantined()).isZero();
        RefreshReport first = health.refresh(ProgressListener.NONE);
        assertThat(first.indicators()).isEqualTo(health.catalogue().size()).isGreaterThanOrEqualTo(30);
        assertThat(first.factsByKind().get("person")).isEqualTo(count("record.fact_person"));
        assertThat(first.factsByKind().get("condition")).isEqualTo(count("record.fact_condition"));

        assertThat(ingest("Observation", "Encounter", "ServiceRequest").quarantined())
                .isZero();
        RefreshReport second = health.refresh(ProgressListener.NONE);
        assertThat(second.notes()).anyMatch(n -> n.contains("person=0, condition=0,"));
        for (String kind : List.of("person", "condition", "observation", "encounter", "death", "waiting_list")) {
            assertThat(second.factsByKind().get(kind)).as(kind).isEqualTo(count("record.fact_" + kind));
        }
        assertThat(health.lastRefresh()).isPresent();

        // the ICS denominator is every living person of the ICS in the facts store; the numerator every one with the
        // code
        IndicatorValue htn =
                health.value("hypertension-prevalence", Level.ICS, ICS).orElseThrow();
        long alive = facts.query(c -> scalar(
                c,
                "select count(*) from person where ics = '" + ICS
                        + "' and age is not null and (death_date is null or death_date > DATE '2026-06-30')"));
        long withHtn = facts.query(c -> scalar(
                c,
                "select count(distinct p.pseudonym) from person p join condition c using (pseudonym)"
                        + " where p.ics = '" + ICS
                        + "' and c.code = '38341003' and (p.death_date is null or p.death_date > DATE '2026-06-30')"));
        assertThat(htn.denominator()).isEqualTo((double) alive);
        assertThat(htn.numerator()).isEqualTo((double) withHtn);
        assertThat(alive).isGreaterThan(5000);
        // practices add up to their PCN, PCNs to their place, places to the ICS
        double places = health.values("hypertension-prevalence", Level.PLACE, Optional.of(ICS)).stream()
                .mapToDouble(v -> v.denominator() == null ? 0 : v.denominator())
                .sum();
        assertThat(places).isEqualTo(htn.denominator());
    }

    @Test
    @Order(2)
    void everyIndicatorHasValuesWithLimitsAtEveryLevel() {
        Map<Level, Integer> units = Map.of(Level.PLACE, 6, Level.PCN, 38);
        for (Indicator indicator : health.catalogue()) {
            for (Level level : List.of(Level.ICS, Level.PLACE, Level.PCN, Level.PRACTICE, Level.LSOA)) {
                List<IndicatorValue> values = level == Level.ICS
                        ? health.value(indicator.id(), level, ICS).map(List::of).orElse(List.of())
                        : health.values(indicator.id(), level, Optional.of(ICS));
                assertThat(values).as(indicator.id() + " at " + level).isNotEmpty();
                if (units.containsKey(level)) {
                    assertThat(values).as(indicator.id() + " at " + level).hasSize(units.get(level));
                }
                for (IndicatorValue v : values) {
                    if (!v.suppressed()) {
                        assertThat(v.value())
                                .as(indicator.id() + " " + v.code())
                                .isNotNull();
                        assertThat(v.lower95())
                                .as(indicator.id() + " " + v.code())
                                .isNotNull();
                        assertThat(v.upper95())
                                .as(indicator.id() + " " + v.code())
                                .isNotNull();
                        assertThat(v.lower998())
                                .as(indicator.id() + " " + v.code())
                                .isLessThanOrEqualTo(v.lower95());
                    } else {
                        assertThat(v.suppressionReason()).isNotBlank();
                        assertThat(v.value()).isNull();
                        assertThat(v.numerator()).isNull();
                    }
                }
            }
            if (indicator.statistic() != Statistic.LIFE_EXPECTANCY) {
                assertThat(health.value(indicator.id(), Level.ICS, ICS)
                                .orElseThrow()
                                .suppressed())
                        .as(indicator.id())
                        .isFalse();
            }
        }
        // small numbers: a count from 1 to 7 is never shown
        for (IndicatorValue v : health.values("dementia-prevalence", Level.PRACTICE, Optional.empty())) {
            if (!v.suppressed()) {
                assertThat(v.numerator())
                        .satisfiesAnyOf(
                                n -> assertThat(n).isZero(), n -> assertThat(n).isGreaterThanOrEqualTo(8));
            }
        }
        List<IndicatorValue> lambethPractices =
                health.values("hypertension-prevalence", Level.PRACTICE, Optional.of("LCPZ-E09000022"));
        assertThat(lambethPractices)
                .isNotEmpty()
                .hasSizeLessThan(health.values("hypertension-prevalence", Level.PRACTICE, Optional.empty())
                        .size());
        assertThat(health.trend("ae-attendances", Level.ICS, ICS)).hasSize(4);
        assertThat(health.breakdown("smoking", Level.ICS, ICS, Breakdown.SEX))
                .extracting(IndicatorValue::category)
                .containsExactly("Female", "Male");
        assertThat(health.breakdown("smoking", Level.ICS, ICS, Breakdown.DEPRIVATION_DECILE))
                .hasSize(10);
    }

    @Test
    @Order(3)
    void theApiServesAggregatesWithoutSignIn() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> catalogue = http.send(
                HttpRequest.newBuilder(URI.create(url("/api/indicators"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(catalogue.statusCode()).isEqualTo(200);
        assertThat(catalogue.body()).contains("premature-mortality");
        HttpResponse<String> places = http.send(
                HttpRequest.newBuilder(URI.create(url("/api/indicators/diabetes-prevalence/values?level=place")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(places.statusCode()).isEqualTo(200);
        assertThat(places.body()).contains("LCPZ-E09000022").contains("vsBenchmark95");
        HttpResponse<String> breakdown = http.send(
                HttpRequest.newBuilder(URI.create(
                                url("/api/indicators/obesity/values/ics/" + ICS + "/breakdown/deprivation-quintile")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(breakdown.statusCode()).isEqualTo(200);
        HttpResponse<String> missing = http.send(
                HttpRequest.newBuilder(URI.create(url("/api/indicators/no-such-thing")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void theGradientsTheGeneratorBuiltInAreVisible() throws Exception {
        Path larger = HOME.resolve("indicators-larger");
        SyntheticPopulation.fhir()
                .generate(
                        DemoSystem.asAt(AS_AT),
                        new GenerationRequest(ICS, 0.05, 11, larger, OutputFormat.NDJSON, AS_AT, 0),
                        ProgressListener.NONE);
        Map<String, Long> loaded = factsExport.loadGeneratorNdjson(larger, ProgressListener.NONE);
        assertThat(loaded.get("person")).isGreaterThan(100_000);
        RefreshReport report = health.refresh(ProgressListener.NONE);
        assertThat(report.persons()).isGreaterThan(100_000);

        for (Indicator indicator : health.catalogue()) {
            IndicatorValue ics = health.value(indicator.id(), Level.ICS, ICS).orElseThrow();
            assertThat(ics.suppressed()).as(indicator.id()).isFalse();
            assertThat(ics.lower95()).as(indicator.id()).isNotNull();
            for (IndicatorValue place : health.values(indicator.id(), Level.PLACE, Optional.of(ICS))) {
                assertThat(place.suppressed())
                        .as(indicator.id() + " " + place.code())
                        .isFalse();
            }
        }
        assertThat(quintile("diabetes-prevalence", "1")).isGreaterThan(quintile("diabetes-prevalence", "5"));
        assertThat(quintile("all-cause-mortality", "1")).isGreaterThan(quintile("all-cause-mortality", "5"));
        double gapMen = quintile("life-expectancy-birth-male", "5") - quintile("life-expectancy-birth-male", "1");
        double gapWomen = quintile("life-expectancy-birth-female", "5") - quintile("life-expectancy-birth-female", "1");
        assertThat(gapMen).isBetween(2.0, 15.0);
        assertThat(gapWomen).isBetween(2.0, 15.0);
        Inequality sii = health.inequality("life-expectancy-birth-female", Level.ICS, ICS)
                .orElseThrow();
        assertThat(sii.deciles()).hasSize(10);
        assertThat(sii.gapMostVsLeastDeprivedQuintile()).isNegative();
        Inequality placeSii = health.inequality("diabetes-prevalence", Level.PLACE, "LCPZ-E09000022")
                .orElseThrow();
        assertThat(placeSii.sii()).isNotNull();

        AttributableDeaths attributable =
                health.attributableDeaths(Level.ICS, ICS).orElseThrow();
        assertThat((double) attributable.observed()).isGreaterThan(attributable.expected());
        assertThat(attributable.share()).isBetween(0.0, 1.0);
        Map<String, Long> exported = factsExport.exportParquet(HOME.resolve("indicators-parquet"));
        assertThat(exported.get("person")).isEqualTo(loaded.get("person"));
        assertThat(HOME.resolve("indicators-parquet/observation.parquet")).exists();
    }

    private double quintile(String indicator, String quintile) {
        return health.breakdown(indicator, Level.ICS, ICS, Breakdown.DEPRIVATION_QUINTILE).stream()
                .filter(v -> v.category().equals(quintile))
                .findFirst()
                .orElseThrow()
                .value();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static long scalar(java.sql.Connection connection, String sql) throws java.sql.SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
