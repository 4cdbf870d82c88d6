package org.openics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openics.analytics.Breakdown;
import org.openics.analytics.FactsExport;
import org.openics.analytics.Level;
import org.openics.analytics.PopulationDescribed;
import org.openics.analytics.PopulationHealth;
import org.openics.platform.ProgressListener;
import org.openics.record.SharedCareRecord;
import org.openics.registry.DemoSystem;
import org.openics.registry.Registry;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's path (a record sample, analytics fed straight from the generator, a refresh), then a walk over every
 * figure it publishes — every indicator at the ICS, its places and PCNs (values, all five breakdowns, trends) and every
 * practice and LSOA value, every inequality and attributable-deaths answer — through the API, checked here from first
 * principles (not with the validity layer's own code): none may be inconsistent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedFiguresIT extends PlatformIT {

    /** 5% of the demo ICS (about 105,000 people): a minute's work here; the demo itself describes more. */
    static final double WALK_SCALE = 0.05;

    private static final String ICS = DemoSystem.ICB_CODE;
    private static final Set<String> RATES =
            Set.of("CRUDE_RATE", "DSR", "INDIRECTLY_STANDARDISED_RATIO", "LIFE_EXPECTANCY");

    @Autowired
    Registry registry;

    @Autowired
    SharedCareRecord record;

    @Autowired
    PopulationHealth health;

    @Autowired
    FactsExport facts;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> problems = new ArrayList<>();
    private final ByteArrayOutputStream messages = new ByteArrayOutputStream();
    private int figures;

    @BeforeAll
    void runTheDemosPath() throws Exception {
        registry.loadDemoIcs();
        Path home = Files.createDirectories(HOME.resolve("published-figures-it"));
        new DemoPopulation(
                        record,
                        health,
                        facts,
                        ProgressListener.NONE,
                        new PrintStream(messages, true, StandardCharsets.UTF_8))
                .ensure(home, DemoPopulationIT.TINY, WALK_SCALE);
    }

    /** Leaves the shared platform as the other tests expect it: analytics describing the record's people again. */
    @AfterAll
    void backToTheRecord() {
        facts.replaceFacts(
                new PopulationDescribed(PopulationDescribed.Source.RECORD, 0, null, null, null, null, "the record"),
                sink -> {},
                ProgressListener.NONE);
        health.refresh(ProgressListener.NONE);
    }

    @Test
    void theApiSaysWhichPopulationTheFiguresDescribe() throws Exception {
        JsonNode population = get("/api/indicators/population");
        assertThat(population.path("source").asText()).isEqualTo("SYNTHETIC_GENERATOR");
        assertThat(population.path("people").asLong()).isGreaterThan(100_000);
        assertThat(population.path("scale").asDouble()).isEqualTo(WALK_SCALE);
        assertThat(population.path("recordPeople").asLong())
                .isPositive()
                .isLessThan(population.path("people").asLong());
        assertThat(population.path("description").asText())
                .contains("synthetic")
                .contains("record");
        assertThat(get("/api/indicators/refresh").path("persons").asLong())
                .isEqualTo(population.path("people").asLong());
        assertThat(messages.toString(StandardCharsets.UTF_8)).contains("straight into the facts store");
    }

    @Test
    void everyPublishedFigureIsConsistent() throws Exception {
        JsonNode catalogue = get("/api/indicators");
        List<JsonNode> places = list(get("/api/indicators/premature-mortality/values?level=PLACE&parent=" + ICS));
        assertThat(places).hasSize(6);
        for (JsonNode indicator : catalogue) {
            String id = indicator.path("id").asText();
            Map<String, List<String>> units = new HashMap<>();
            units.put("ICS", List.of(ICS));
            for (String level : List.of("PLACE", "PCN", "PRACTICE", "LSOA")) {
                List<JsonNode> values =
                        list(get("/api/indicators/" + id + "/values?level=" + level + "&parent=" + ICS));
                if (level.equals("PLACE") || level.equals("PCN")) {
                    units.put(
                            level,
                            values.stream().map(v -> v.path("code").asText()).toList());
                }
                values.forEach(v -> check(indicator, v));
            }
            for (String level : List.of("ICS", "PLACE", "PCN")) {
                for (String code : units.get(level)) {
                    check(indicator, get("/api/indicators/" + id + "/values/" + level + "/" + code));
                    for (Breakdown by : Breakdown.values()) {
                        if (by == Breakdown.TOTAL) {
                            continue;
                        }
                        if (level.equals("PCN")) { // the same rows the API serves, without 7,600 HTTP round trips
                            health.breakdown(id, Level.PCN, code, by)
                                    .forEach(v -> check(indicator, json.valueToTree(v)));
                        } else {
                            list(get("/api/indicators/" + id + "/values/" + level + "/" + code + "/breakdown/"
                                            + by.name().toLowerCase()))
                                    .forEach(v -> check(indicator, v));
                        }
                    }
                    list(get("/api/indicators/" + id + "/values/" + level + "/" + code + "/trend"))
                            .forEach(v -> check(indicator, v));
                    if (!level.equals("PCN")) {
                        checkInequality(indicator, level, code);
                    }
                }
            }
        }
        for (String code : concat(
                List.of(ICS), places.stream().map(v -> v.path("code").asText()).toList())) {
            checkAttributable(
                    get("/api/indicators/attributable-deaths/" + (code.equals(ICS) ? "ICS" : "PLACE") + "/" + code));
        }
        assertThat(figures).as("figures walked").isGreaterThan(50_000);
        assertThat(problems)
                .as(problems.size() + " inconsistent figures of " + figures + "; the first: "
                        + problems.subList(0, Math.min(20, problems.size())))
                .isEmpty();
    }

    @Test
    void everyPlaceShowsItsMortalityAndLifeExpectancyWithIntervals() throws Exception {
        for (String id : List.of(
                "premature-mortality",
                "all-cause-mortality",
                "life-expectancy-birth-male",
                "life-expectancy-birth-female")) {
            for (JsonNode place : list(get("/api/indicators/" + id + "/values?level=PLACE&parent=" + ICS))) {
                assertThat(place.path("suppressed").asBoolean())
                        .as(id + " " + place.path("code").asText())
                        .isFalse();
                assertThat(place.path("lower95").isNumber()
                                && place.path("upper95").isNumber())
                        .as(id + " limits")
                        .isTrue();
            }
            JsonNode ics = get("/api/indicators/" + id + "/values/ICS/" + ICS + "/inequality");
            assertThat(ics.path("sii").isNumber())
                    .as(id + " SII at the ICS: " + ics.path("siiNotCalculated"))
                    .isTrue();
        }
    }

    private void check(JsonNode indicator, JsonNode v) {
        figures++;
        String where = indicator.path("id").asText() + " " + v.path("level").asText() + " "
                + v.path("code").asText() + " " + v.path("breakdown").asText() + " "
                + v.path("category").asText() + " " + v.path("period").asText() + ": ";
        if (v.path("suppressed").asBoolean()) {
            for (String field :
                    List.of("value", "numerator", "denominator", "lower95", "upper95", "lower998", "upper998")) {
                if (!v.path(field).isNull() && !v.path(field).isMissingNode()) {
                    problems.add(where + "suppressed but shows " + field);
                }
            }
            if (v.path("suppressionReason").asText("").isBlank()) {
                problems.add(where + "suppressed without a reason");
            }
            return;
        }
        if (!v.path("value").isNumber()) {
            problems.add(where + "shown without a value");
            return;
        }
        double value = number(v, "value", where);
        String statistic = indicator.path("statistic").asText();
        Double l95 = optional(v, "lower95", where);
        Double u95 = optional(v, "upper95", where);
        Double l998 = optional(v, "lower998", where);
        Double u998 = optional(v, "upper998", where);
        if (l95 == null || u95 == null || l998 == null || u998 == null) {
            problems.add(where + "shown without both intervals");
            return;
        }
        if (!(l95 <= value + 1e-9 * Math.max(1, Math.abs(value))
                && value <= u95 + 1e-9 * Math.max(1, Math.abs(value)))) {
            problems.add(where + "value " + value + " outside its 95% interval " + l95 + " to " + u95);
        }
        if (!(l998 <= l95 + 1e-9 * Math.max(1, Math.abs(l95)) && u95 <= u998 + 1e-9 * Math.max(1, Math.abs(u95)))) {
            problems.add(where + "95% interval " + l95 + " to " + u95 + " not inside 99.8% " + l998 + " to " + u998);
        }
        double lowest = Math.min(value, l998);
        if ((RATES.contains(statistic) || statistic.equals("COUNT") || statistic.equals("PROPORTION"))
                && lowest < -1e-9) {
            problems.add(where + statistic + " below zero: " + lowest);
        }
        double multiplier = indicator.path("multiplier").asDouble();
        if (statistic.equals("PROPORTION") && Math.max(value, u998) > multiplier * (1 + 1e-9)) {
            problems.add(where + "share above " + multiplier + ": " + Math.max(value, u998));
        }
        Double numerator = optional(v, "numerator", where);
        Double denominator = optional(v, "denominator", where);
        if (statistic.equals("PROPORTION") && numerator != null && denominator != null && numerator > denominator) {
            problems.add(where + "numerator " + numerator + " above denominator " + denominator);
        }
        if (numerator != null
                && numerator >= 1
                && numerator <= 7
                && !indicator.path("id").asText().startsWith("deaths-attributable")) {
            problems.add(where + "a count of 1 to 7 is shown: " + numerator);
        }
    }

    private void checkInequality(JsonNode indicator, String level, String code) throws Exception {
        String where = indicator.path("id").asText() + " inequality " + level + " " + code + ": ";
        JsonNode i = get(
                "/api/indicators/" + indicator.path("id").asText() + "/values/" + level + "/" + code + "/inequality");
        figures++;
        boolean sii = i.path("sii").isNumber();
        if (sii == i.path("siiNotCalculated").isObject()) {
            problems.add(where + "an SII must be either published or not calculated with a reason: " + i);
        }
        if (sii) {
            double value = number(i, "sii", where);
            if (!(number(i, "siiLower95", where) <= value && value <= number(i, "siiUpper95", where))) {
                problems.add(where + "SII outside its interval: " + i);
            }
            for (JsonNode decile : i.path("deciles")) {
                if (decile.path("suppressed").asBoolean()) {
                    problems.add(where + "SII derived from a suppressed decile "
                            + decile.path("category").asText());
                }
            }
            if (i.path("deciles").size() != 10) {
                problems.add(where + "SII from " + i.path("deciles").size() + " deciles");
            }
            if (indicator.path("statistic").asText().equals("PROPORTION")) {
                double m = indicator.path("multiplier").asDouble();
                if (number(i, "siiLower95", where) < -m || number(i, "siiUpper95", where) > m) {
                    problems.add(where + "SII interval wider than a share allows: " + i);
                }
            }
        }
        boolean rii = i.path("rii").isNumber();
        if (rii == i.path("riiNotCalculated").isObject()) {
            problems.add(where + "an RII must be either published or not calculated with a reason: " + i);
        }
        if (rii) {
            double value = number(i, "rii", where);
            double lower = number(i, "riiLower95", where);
            if (!(value > 0 && lower > 0 && lower <= value && value <= number(i, "riiUpper95", where))) {
                problems.add(where + "RII not positive or outside its interval: " + i);
            }
            if (!sii) {
                problems.add(where + "RII without an SII");
            }
        }
        for (JsonNode decile : i.path("deciles")) {
            check(indicator, decile);
        }
    }

    private void checkAttributable(JsonNode a) {
        figures++;
        String where = "attributable deaths " + a.path("code").asText() + ": ";
        double attributable = number(a, "attributable", where);
        double share = number(a, "share", where);
        if (attributable < 0 || share < 0 || share > 1) {
            problems.add(where + "attributable " + attributable + ", share " + share);
        }
        boolean fewerThanExpected =
                a.path("observed").asDouble() < a.path("expected").asDouble();
        if (fewerThanExpected != a.path("note").isObject()) {
            problems.add(where + "fewer deaths than expected must be explained, and only then: " + a);
        }
    }

    /** A number, never a signed zero (the API must not write "-0.0"). */
    private double number(JsonNode node, String field, String where) {
        JsonNode n = node.path(field);
        if (!n.isNumber()) {
            problems.add(where + field + " is not a number: " + n);
            return Double.NaN;
        }
        double x = n.asDouble();
        if (x == 0 && Double.doubleToRawLongBits(x) != 0) {
            problems.add(where + field + " is a signed zero");
        }
        if (!Double.isFinite(x)) {
            problems.add(where + field + " is not finite");
        }
        return x;
    }

    private Double optional(JsonNode node, String field, String where) {
        return node.path(field).isNumber() ? number(node, field, where) : null;
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        if (response.body().contains(":-0.0,") || response.body().contains(":-0.0}")) {
            problems.add(path + ": the answer contains a signed zero");
        }
        return json.readTree(response.body());
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> result = new ArrayList<>();
        array.forEach(result::add);
        return result;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
