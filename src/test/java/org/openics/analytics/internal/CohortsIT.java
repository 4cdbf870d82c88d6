package org.openics.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openics.analytics.cohorts.CohortCount;
import org.openics.analytics.cohorts.CohortDefinition;
import org.openics.analytics.cohorts.CohortPersons;
import org.openics.analytics.cohorts.Cohorts;
import org.openics.platform.ProgressListener;
import org.openics.record.AuditEntry;
import org.openics.record.IngestOptions;
import org.openics.record.PersonSummary;
import org.openics.record.SharedCareRecord;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cohorts end to end: a small hand-made population (src/test/resources/cohorts) through the record and the
 * facts store, counted against a direct count, suppressed, refused to an analyst and listed to a clinician.
 */
class CohortsIT extends PlatformIT {

    static final Path FIXTURE = Path.of("src/test/resources/cohorts");
    static final String DIABETES = "44054006";
    /** The fixture's practices: Z00001 is the demo clinician's. */
    static final Set<String> PRACTICES = Set.of("Z00001", "ZC0002", "ZC0003");

    @Autowired
    SharedCareRecord record;

    @Autowired
    FactsFeed feed;

    @Autowired
    FactsStore facts;

    @Autowired
    Cohorts cohorts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void population() {
        record.ingest(List.of(FIXTURE), IngestOptions.from("ZC0002"), ProgressListener.NONE);
        feed.update(ProgressListener.NONE);
    }

    static CohortDefinition diabetesInFixturePractices() {
        return new CohortDefinition(
                List.of(DIABETES),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                PRACTICES,
                null,
                null,
                null,
                false,
                null);
    }

    @Test
    void aCohortCountEqualsTheDirectCountOfTheFacts() {
        CohortCount count = cohorts.count(diabetesInFixturePractices());
        long direct = facts.query(c -> FactsStore.count(
                c,
                "select count(distinct p.pseudonym) from person p join condition c"
                        + " on c.pseudonym = p.pseudonym where c.code = '" + DIABETES
                        + "' and p.practice in ('Z00001', 'ZC0002', 'ZC0003')"
                        + " and p.death_date is null"));
        assertThat(direct).isGreaterThanOrEqualTo(10);
        assertThat(count.total().count()).isEqualTo(direct);
        assertThat(count.population()).isGreaterThanOrEqualTo(direct);
    }

    @Test
    void aCountBelowEightIsSuppressed() {
        // diabetes at ZC0002, a practice only this fixture uses (other tests add synthetic people at Z00001): six
        // people
        CohortCount count = cohorts.count(new CohortDefinition(
                List.of(DIABETES),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Set.of("ZC0002"),
                null,
                null,
                null,
                false,
                null));
        assertThat(count.total().suppressed()).isTrue();
        assertThat(count.total().shown()).isEqualTo("<8");
        assertThat(count.total().count()).isNull();
    }

    @Test
    void anAnalystIsRefusedAPersonListWith403AndTheRefusalIsAudited() throws Exception {
        long before = refusals("analyst");
        HttpResponse<String> response = post(
                "/api/cohorts/persons",
                "analyst:demo-analyst",
                "{\"conditions\": [\"" + DIABETES + "\"], \"practices\": [\"Z00001\", \"ZC0002\", \"ZC0003\"]}");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("analysts see no identifiable record");
        assertThat(refusals("analyst")).isEqualTo(before + 1);
    }

    @Test
    void anAnalystGetsTheCountOverHttp() throws Exception {
        HttpResponse<String> response = post(
                "/api/cohorts/count",
                "analyst:demo-analyst",
                "{\"conditions\": [\"" + DIABETES + "\"], \"practices\": [\"ZC0002\"]}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"suppressionRule\"")
                .contains("\"breakdowns\"")
                .doesNotContain("9991000");
    }

    @Test
    void aClinicianSeesOnlyThePeopleOfTheirPracticeAndEachDisclosureIsAudited() {
        var clinician = record.account("clinician").orElseThrow();
        CohortPersons persons =
                cohorts.persons(diabetesInFixturePractices(), clinician, "direct care: diabetes review");
        assertThat(persons.decision().granted()).isTrue();
        // the fixture's people shown are all at the clinician's practice (other tests' synthetic people in the
        // clinician's PCN may be listed too: a legitimate relationship)
        assertThat(persons.persons())
                .filteredOn(p -> p.name().endsWith("COHORT"))
                .extracting(PersonSummary::practice)
                .containsOnly("Z00001");
        assertThat(persons.persons())
                .extracting(PersonSummary::name)
                .contains("Amara COHORT", "Bilal COHORT", "Chen COHORT", "Dara COHORT")
                .doesNotContain("Efe COHORT", "Jada COHORT");
        assertThat(persons.persons().size() + persons.withheld()).isEqualTo(persons.cohortSize());
        assertThat(persons.withheld()).isGreaterThanOrEqualTo(6);
        for (PersonSummary person : persons.persons()) {
            List<AuditEntry> log = record.accessesTo(person.person());
            assertThat(log).anySatisfy(entry -> {
                assertThat(entry.username()).isEqualTo("clinician");
                assertThat(entry.what()).isEqualTo("person list");
                assertThat(entry.purpose()).isEqualTo("direct care: diabetes review");
                assertThat(entry.granted()).isTrue();
            });
        }
    }

    @Test
    void aClinicianGetsTheListOverHttp() throws Exception {
        HttpResponse<String> response = post(
                "/api/cohorts/persons",
                "clinician:demo-clinician",
                "{\"conditions\": [\"" + DIABETES + "\"], \"practices\": [\"ZC0002\", \"ZC0003\", \"Z00001\"]}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("9991000003").doesNotContain("9991000054");
    }

    @Test
    void segmentsAreCountedAtEveryLevel() {
        var ics = cohorts.segments(org.openics.analytics.Level.ICS, java.util.Optional.empty());
        assertThat(ics).hasSize(1);
        assertThat(ics.get(0).bySegment()).hasSize(org.openics.analytics.segmentation.Segment.values().length);
        var practice = cohorts.segments(org.openics.analytics.Level.PRACTICE, java.util.Optional.of("ZC0002"));
        assertThat(practice)
                .singleElement()
                .satisfies(unit -> assertThat(unit.total().shown()).isEqualTo("<8"));
    }

    @Test
    void theCohortBuilderPageShowsTheCountAndBreakdownsToAnAnalystWithoutTheListButton() throws Exception {
        HttpResponse<String> page =
                get("/cohorts?condition=" + DIABETES + "&practice=ZC0002&run=1", "analyst:demo-analyst");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Cohort builder")
                .contains("<caption>Deprivation quintile (1 = most deprived)</caption>")
                .contains("&lt;8</span> people")
                .doesNotContain("List the people I care for");
        assertThat(get("/cohorts?condition=" + DIABETES + "&run=1", "clinician:demo-clinician")
                        .body())
                .contains("List the people I care for");
    }

    @Test
    void theObservationPickersAskTheSameAsTheShortFormAndABadPickIsNamed() throws Exception {
        String shortForm = get("/cohorts?observations=59261-8%3E58%4015m&run=1", "analyst:demo-analyst")
                .body();
        String picked = get(
                        "/cohorts?obsCode=59261-8&obsTest=%3E&obsValue=58&obsMonths=15&obsCode=&obsTest=recorded&obsValue=&obsMonths="
                                + "&run=1",
                        "analyst:demo-analyst")
                .body();
        assertThat(picked).contains("value=\"59261-8&gt;58@15m\"");
        assertThat(headline(picked)).isEqualTo(headline(shortForm)).isNotEmpty();
        assertThat(get("/cohorts?obsCode=59261-8&obsTest=%3E&obsValue=&obsMonths=&run=1", "analyst:demo-analyst")
                        .body())
                .contains("observation 1 (HbA1c (mmol/mol)): give a number for &#39;latest value above&#39;");
    }

    /** The count in the result heading, as the page shows it. */
    static String headline(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<h2 id=\"result\">\\s*<span>([^<]*)</span>")
                .matcher(page);
        return m.find() ? m.group(1) : "";
    }

    long refusals(String username) {
        return jdbc.queryForObject(
                "select count(*) from record.audit_log where username = ? and what like 'person list%' and not granted",
                Long.class, username);
    }

    HttpResponse<String> get(String path, String credentials) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header(
                                        "Authorization",
                                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes()))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String credentials, String json) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header(
                                        "Authorization",
                                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes()))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
