package org.openics.engagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openics.engagement.demo.DemoConsultations;
import org.openics.governance.Governance;
import org.openics.kernel.UserRole;
import org.openics.registry.Organisation;
import org.openics.registry.OrganisationKind;
import org.openics.registry.Registry;
import org.openics.support.Browser;
import org.openics.support.PlatformIT;
import org.openics.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A respondent's home area (an LSOA of their place, from the registry; no postcode) and ethnic group (2021 census):
 * responses by deprivation quintile equal a direct count against the registry's IMD; ethnic group is "not calculated"
 * without a population; a home area outside the place is refused with nothing stored; the privacy notice is linked from
 * the form and says what is kept, why, for how long and whom to contact.
 */
class RespondentsDeprivationIT extends PlatformIT {

    @Autowired
    Engagement engagement;

    @Autowired
    Governance governance;

    @Autowired
    Registry registry;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void demo() {
        registry.loadDemoIcs();
        governance.loadDemo();
        engagement.loadDemo();
    }

    @Test
    void responsesByDeprivationQuintileOfTheHomeAreaEqualADirectCountAndEthnicGroupIsNotCalculated() {
        LocalDate today = LocalDate.now();
        var lead = TestActors.of(UserRole.ENGAGEMENT_LEAD);
        Consultation c = new Consultation(
                "home-areas",
                "Walk-in centres",
                "Where should they be?",
                "QZZ-ICP",
                "Everyone",
                today,
                today.plusDays(20),
                today.plusDays(5),
                List.of(),
                List.of(Question.choice("where", "Where?", true, "Near home", "Near work")));
        assertThat(engagement.create(lead, c).stored()).isTrue();
        var system = registry.asAt(today);
        Organisation place = system.organisations(OrganisationKind.PLACE).get(0);
        List<Organisation> lsoas = system.lsoasIn(place.code());
        Organisation first = lsoas.get(0);
        Organisation second = lsoas.get(lsoas.size() - 1);
        Map<String, Long> expected = new HashMap<>();
        int[] sent = {9, 8};
        Organisation[] areas = {first, second};
        for (int k = 0; k < 2; k++) {
            for (int i = 0; i < sent[k]; i++) {
                assertThat(engagement
                                .respond(
                                        c.code(),
                                        Map.of("where", "Near home"),
                                        new Respondent(
                                                Optional.empty(),
                                                Optional.of(place.code().value()),
                                                Optional.empty(),
                                                Optional.of(areas[k].code().value()),
                                                Optional.of(i % 2 == 0 ? "WHITE_IRISH" : "ASIAN_INDIAN")))
                                .accepted())
                        .isTrue();
            }
            int k2 = k;
            system.deprivation(areas[k].code())
                    .ifPresent(d -> expected.merge(Integer.toString(d.quintile()), (long) sent[k2], Long::sum));
        }
        assertThat(expected).as("the demo registry has IMD for its LSOAs").isNotEmpty();
        // straight from the table: the home areas as stored
        assertThat(jdbc.queryForList(
                        "select lsoa from engagement.response where consultation = ? group by lsoa order by lsoa",
                        String.class,
                        c.code()))
                .containsExactlyInAnyOrder(first.code().value(), second.code().value());

        Analysis analysis = engagement.analysis(lead, c.code());
        Representation deprivation = analysis.representation().stream()
                .filter(r -> r.dimension().startsWith("Deprivation"))
                .findFirst()
                .orElseThrow();
        assertThat(deprivation.rows()).hasSize(5);
        for (Representation.Row row : deprivation.rows()) {
            assertThat(row.respondents().count())
                    .as("quintile " + row.code())
                    .isEqualTo(expected.getOrDefault(row.code(), 0L));
        }
        assertThat(deprivation.total())
                .isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
        Representation ethnic = analysis.representation().stream()
                .filter(r -> r.dimension().equals("Ethnic group"))
                .findFirst()
                .orElseThrow();
        assertThat(ethnic.rows().stream()
                        .filter(r -> r.code().equals("WHITE_IRISH"))
                        .findFirst()
                        .orElseThrow()
                        .respondents()
                        .count())
                .isEqualTo(9L);
        assertThat(ethnic.notCalculated())
                .hasValueSatisfying(
                        why -> assertThat(why).contains("not calculated").contains("ethnic group"));
        assertThat(ethnic.rows())
                .allSatisfy(r -> assertThat(r.populationShare()).isNull());
    }

    @Test
    void aHomeAreaOutsideThePlaceOrAnUnknownEthnicGroupIsRefusedAndNothingIsStored() {
        LocalDate today = LocalDate.now();
        var system = registry.asAt(today);
        List<Organisation> places = system.organisations(OrganisationKind.PLACE);
        String elsewhere = system.lsoasIn(places.get(1).code()).get(0).code().value();
        Consultation open = new Consultation(
                "home-areas-refused",
                "Walk-in centres",
                "Where?",
                "QZZ-ICP",
                "Everyone",
                today,
                today.plusDays(20),
                today.plusDays(5),
                List.of(),
                List.of(Question.choice("where", "Where?", true, "Near home", "Near work")));
        assertThat(engagement
                        .create(TestActors.of(UserRole.ENGAGEMENT_LEAD), open)
                        .stored())
                .isTrue();
        Map<String, String> answers = Map.of("where", "Near work");
        long before = jdbc.queryForObject("select count(*) from engagement.response", Long.class);
        ResponseOutcome outcome = engagement.respond(
                open.code(),
                answers,
                new Respondent(
                        Optional.empty(),
                        Optional.of(places.get(0).code().value()),
                        Optional.empty(),
                        Optional.of(elsewhere),
                        Optional.of("MARTIAN")));
        assertThat(outcome.problems()).extracting(Problem::field).containsExactly("about-lsoa", "about-ethnic-group");
        assertThat(engagement
                        .respond(
                                open.code(),
                                answers,
                                new Respondent(
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.of(elsewhere),
                                        Optional.empty()))
                        .problems())
                .extracting(Problem::field)
                .containsExactly("about-place");
        assertThat(jdbc.queryForObject("select count(*) from engagement.response", Long.class))
                .isEqualTo(before);
    }

    @Test
    void theFormAsksHomeAreaAndEthnicGroupAndLinksThePrivacyNotice() {
        Organisation place = registry.asAt(LocalDate.now())
                .organisations(OrganisationKind.PLACE)
                .get(0);
        Organisation lsoa = registry.asAt(LocalDate.now()).lsoasIn(place.code()).get(0);
        Page page = Browser.newPage();
        page.navigate(url("/consultations/" + DemoConsultations.OPEN));
        assertThat(page.locator("#about-lsoa optgroup[label='" + place.name() + "'] option[value='"
                        + lsoa.code().value() + "']"))
                .hasCount(1);
        assertThat(page.locator("#about-ethnic-group option")).hasCount(EthnicGroup.values().length + 1);
        assertThat(page.locator("#about-ethnic-group optgroup")).hasCount(5);
        page.getByTestId("privacy-link").click();
        assertThat(page.locator("h1")).hasText("Privacy notice: consultations");
        assertThat(page.getByTestId("kept")).containsText("your answers");
        assertThat(page.getByTestId("not-kept")).containsText("IP address");
        assertThat(page.getByTestId("retention")).containsText("2 years after the consultation closes");
        assertThat(page.getByTestId("contact")).containsText("data protection officer");
        Browser.screenshot(page, "engagement-privacy-notice");
        page.navigate(url("/consultations"));
        assertThat(page.getByTestId("privacy-link")).hasCount(1);
    }
}
