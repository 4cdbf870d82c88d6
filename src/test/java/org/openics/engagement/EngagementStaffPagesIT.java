package org.openics.engagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openics.engagement.demo.DemoConsultations;
import org.openics.engagement.demo.DemoInnovations;
import org.openics.governance.DecisionRecord;
import org.openics.governance.Governance;
import org.openics.registry.OrganisationKind;
import org.openics.registry.Registry;
import org.openics.support.Browser;
import org.openics.support.PlatformIT;
import org.openics.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The resident's and the engagement lead's flows in a real headless Chromium: "about you" on a response, the public
 * "you said, we did" linked to a decision; the lead's analysis, theme coding, CSV, publishing a finding, the panel and
 * the innovation pipeline; and the refusal of other roles.
 */
class EngagementStaffPagesIT extends PlatformIT {

    @Autowired
    Engagement engagement;

    @Autowired
    Governance governance;

    @Autowired
    Registry registry;

    @BeforeEach
    void demo() {
        registry.loadDemoIcs();
        governance.loadDemo();
        engagement.loadDemo();
    }

    @Test
    void aResidentSaysWhereTheyLiveAndTheirAgeBandAndSeesYouSaidWeDidWithTheDecision() {
        var lead = TestActors.of(org.openics.kernel.UserRole.ENGAGEMENT_LEAD);
        var place = registry.asAt(LocalDate.now())
                .organisations(OrganisationKind.PLACE)
                .get(3);
        long before = engagement
                .analysis(lead, DemoConsultations.OPEN)
                .representation()
                .get(0)
                .total();
        Page page = Browser.newPage();
        page.navigate(url("/consultations/" + DemoConsultations.OPEN));
        page.getByLabel("A pharmacy").check();
        page.locator("label[for=q-ease-2]").click();
        page.selectOption("#about-place", place.code().value());
        page.getByLabel("60 or over").check();
        page.click("button:has-text('Send my response')");
        assertThat(page.getByTestId("confirmation")).containsText("Response sent");
        assertThat(engagement
                        .analysis(lead, DemoConsultations.OPEN)
                        .representation()
                        .get(0)
                        .total())
                .isEqualTo(before + 1);

        page.navigate(url("/consultations"));
        page.getByTestId("you-said-link").click();
        assertThat(page.locator("h1")).hasText("You said, we did");
        DecisionRecord decision = governance.decisions(true).stream()
                .filter(d -> d.item().equals(DemoConsultations.GP_DECISION_ITEM))
                .findFirst()
                .orElseThrow();
        assertThat(page.getByTestId("decision").first()).containsText(decision.item());
        assertThat(page.getByTestId("decision").first()).containsText("decision log entry " + decision.sequence());
        assertThat(page.locator("main")).not().containsText("R-"); // no respondent's reference, let alone their data
        Browser.screenshot(page, "engagement-you-said-we-did");

        page.navigate(url("/consultations/" + DemoConsultations.GP_SERVICES));
        assertThat(page.getByTestId("not-open")).containsText("This consultation has closed");
        assertThat(page.getByTestId("findings")).containsText("continuity of care");
    }

    @Test
    void theEngagementLeadAnalysesCodesPublishesAndFollowsThePanelAndThePipeline() {
        Page page = Browser.signedIn(url("/engagement"), "engagement");
        assertThat(page.locator("h1")).hasText("Engagement");
        page.locator("[data-consultation=" + DemoConsultations.CLOSED + "] a").click();
        assertThat(page.getByTestId("responses")).containsText("140 responses");
        assertThat(page.locator("[data-dimension=Place]")).isVisible();
        assertThat(page.locator("[data-dimension=Place] tbody tr"))
                .hasCount(registry.asAt(LocalDate.now())
                        .organisations(OrganisationKind.PLACE)
                        .size());
        Browser.screenshot(page, "engagement-analysis");

        page.fill("#themeCode", "parking");
        page.fill("#label", "Parking at the centres");
        page.click("button:has-text('Add theme')");
        assertThat(page.getByTestId("saved")).containsText("Theme added");
        assertThat(page.getByTestId("themes")).containsText("Parking at the centres");

        page.getByTestId("coding-link").click();
        var card = page.locator("form:has-text('parking is impossible')").first();
        String reference = card.getAttribute("data-reference");
        card.locator("label:has-text('Parking at the centres')").click();
        card.locator("button:has-text('Save themes')").click();
        assertThat(page.getByTestId("saved")).containsText("Coded " + reference);

        page.navigate(url("/engagement/consultations/" + DemoConsultations.CLOSED));
        assertThat(page.getByTestId("question-comments")).containsText("Parking at the centres");
        var csv = page.request().get(url("/engagement/consultations/" + DemoConsultations.CLOSED + "/responses.csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).contains(reference).contains("parking");

        DecisionRecord decision = governance.decisions(true).stream()
                .filter(d -> !d.confidential())
                .reduce((a, b) -> b)
                .orElseThrow();
        page.selectOption("#theme", "parking");
        page.fill("#youSaid", "Parking at the centres is hard.");
        page.fill("#weDid", "Twenty more spaces at the Bexley centre.");
        page.fill("#decision", "99999");
        page.click("button:has-text('Publish')");
        assertThat(page.getByTestId("problems"))
                .containsText("decision: decision 99999 is not in the public decision log");
        page.selectOption("#theme", "parking");
        page.fill("#youSaid", "Parking at the centres is hard.");
        page.fill("#weDid", "Twenty more spaces at the Bexley centre.");
        page.fill("#decision", Long.toString(decision.sequence()));
        page.click("button:has-text('Publish')");
        assertThat(page.getByTestId("saved")).containsText("Published");
        page.navigate(url("/consultations/you-said-we-did"));
        assertThat(page.locator("[data-testid=finding]:has-text('Twenty more spaces')"))
                .containsText(decision.item());

        page.navigate(url("/engagement/panel"));
        assertThat(page.getByTestId("active")).not().hasText("0");
        assertThat(page.locator("[data-dimension^=Deprivation] tbody tr")).hasCount(5);
        Browser.screenshot(page, "engagement-panel");

        page.navigate(url("/engagement/innovation"));
        assertThat(page.getByTestId("pipeline").locator("tbody tr"))
                .hasCount(engagement
                        .innovations(TestActors.of(org.openics.kernel.UserRole.ANALYST))
                        .size());
        assertThat(page.getByTestId("spread").locator("td:has-text('Adopted')"))
                .hasCount(3 + (int) adoptionsOutsideTheDemo());
        page.locator("[data-innovation=" + DemoInnovations.ADOPTED + "] a").click();
        assertThat(page.getByTestId("stage")).hasText("Adopting and spreading");
        assertThat(page.getByTestId("gates").locator("li")).hasCount(4);
        assertThat(page.getByTestId("spread").locator("tbody tr"))
                .hasCount(registry.asAt(LocalDate.now())
                        .organisations(OrganisationKind.PLACE)
                        .size());
        Browser.screenshot(page, "engagement-innovation");
        page.getByTestId("spread").locator("tbody tr").first().locator("a").click();
        assertThat(page.locator("[data-testid=place-innovations] [data-innovation=" + DemoInnovations.ADOPTED + "]"))
                .containsText("Adopted");

        page.navigate(url("/engagement/innovation/" + DemoInnovations.VALIDATED));
        page.click("button:has-text('Pass the gate to: Adopting and spreading')");
        assertThat(page.getByTestId("problems"))
                .containsText("record the first place adopting it before the adoption stage");
    }

    private long adoptionsOutsideTheDemo() {
        return engagement.innovations(TestActors.of(org.openics.kernel.UserRole.ANALYST)).stream()
                .filter(i -> !i.code().equals(DemoInnovations.ADOPTED))
                .mapToLong(i -> i.adoptions().size())
                .sum();
    }

    @Test
    void otherRolesAreRefusedTheTeamsPagesWith403ButStaffMayReadThePipeline() {
        Page analyst = Browser.signedIn(url("/engagement/innovation"), "analyst");
        assertThat(analyst.locator("h1")).hasText("Innovation pipeline");
        assertThat(analyst.getByTestId("propose-form")).hasCount(0);
        for (String path : new String[] {
            "/engagement",
            "/engagement/consultations/" + DemoConsultations.CLOSED,
            "/engagement/consultations/" + DemoConsultations.CLOSED + "/responses.csv",
            "/engagement/panel",
            "/api/engagement/consultations/" + DemoConsultations.CLOSED + "/analysis",
            "/api/engagement/panel"
        }) {
            var answer = analyst.request().get(url(path));
            assertThat(answer.status()).as(path).isEqualTo(403);
            assertThat(answer.text()).contains("may not");
        }
        String token = analyst.locator("input[name=_csrf]").first().getAttribute("value");
        var post = analyst.request()
                .post(
                        url("/engagement/consultations/" + DemoConsultations.CLOSED + "/themes"),
                        com.microsoft.playwright.options.RequestOptions.create()
                                .setForm(com.microsoft.playwright.options.FormData.create()
                                        .set("_csrf", token)
                                        .set("themeCode", "x")
                                        .set("label", "X")));
        assertThat(post.status()).isEqualTo(403);
        Page resident = Browser.signedIn(url("/engagement/innovation"), "resident");
        assertThat(resident.request().get(url("/engagement/innovation")).status())
                .isEqualTo(403);
        Page anonymous = Browser.newPage();
        anonymous.navigate(url("/engagement/panel"));
        assertThat(anonymous.locator("#username")).isVisible(); // sent to sign in
        assertThat(anonymous.request().get(url("/api/engagement/findings")).status())
                .isEqualTo(200);
        assertThat(engagement.findings(Optional.empty())).isNotEmpty();
    }
}
