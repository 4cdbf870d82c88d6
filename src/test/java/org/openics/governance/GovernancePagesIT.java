package org.openics.governance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openics.registry.Registry;
import org.openics.support.Browser;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;

/** The public decision map and its companions in headless Chromium, without signing in. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GovernancePagesIT extends PlatformIT {

    @Autowired
    Governance governance;

    @Autowired
    Registry registry;

    @BeforeAll
    void loadTheDemo() {
        registry.loadDemoIcs();
        governance.loadDemo();
    }

    @Test
    void thePublicDecisionMapIsLinkedFromTheHomePageAndRendersWithoutSignIn() {
        Page page = Browser.newPage();
        page.navigate(url("/"));
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Who decides what"))
                .click();
        page.waitForURL("**/governance");
        assertThat(page.locator("h1")).hasText("Who decides what in South East London's NHS");
        assertThat(page.locator("[data-level=SYSTEM]")).isVisible();
        assertThat(page.locator("[data-level=PLACE] [data-entry='SORD-3.3-LAMBETH']"))
                .containsText(
                        "Lambeth Local Care Partnership Committee decides: commissioning primary medical services (GP contracts)");
        assertThat(page.locator("[data-level=NEIGHBOURHOOD]")).containsText("Lambeth neighbourhood team");
        assertThat(page.getByTestId("log-intact")).isVisible();
        assertThat(page.getByTestId("decisions")).containsText("Confidential item");
        assertThat(page.getByTestId("decisions")).containsText("Not decided: inquorate");
        assertThat(page.getByTestId("decisions")).containsText("Lambeth Local Care Partnership Committee");
        Browser.screenshot(page, "governance-map");
    }

    @Test
    void choosingADateBeforeThePlaceDelegationShowsNoPlaceCommitteeForPrimaryCare() {
        Page page = Browser.newPage();
        Response response = page.navigate(url("/governance"));
        assertThat(response.status()).isEqualTo(200);
        page.locator("#asAt").fill("2026-03-01");
        page.locator("form.as-at button").click();
        page.waitForURL("**/governance?asAt=2026-03-01");
        assertThat(page.locator("[data-level=PLACE] [data-function=COMMUNITY_SERVICES]")
                        .first())
                .isVisible();
        assertThat(page.locator("[data-level=PLACE] [data-function=PRIMARY_MEDICAL]"))
                .hasCount(0);
        assertThat(page.locator("[data-level=NEIGHBOURHOOD]")).hasCount(0);
    }

    @Test
    void theConstitutionCheckPageShowsEachBreachWithItsRuleAndReason() {
        Page page = Browser.newPage();
        page.navigate(url("/governance/check?asAt=2026-06-01"));
        assertThat(page.locator("[data-rule='ICB-PARTNER-GENERAL-PRACTICE v1']"))
                .containsText("Why the rule exists");
        assertThat(page.locator("[data-rule='ICB-INDEPENDENCE v1']")).containsText("Harriet Okafor");
        Browser.screenshot(page, "governance-check");
    }

    @Test
    void theRoutingPageExplainsWhoMayDecide() {
        Page page = Browser.newPage();
        page.navigate(
                url("/governance/route?function=PRIMARY_MEDICAL&value=4000000&place=LCPZ-E09000022&date=2026-05-01"));
        assertThat(page.getByTestId("answer").locator("h2")).hasText("Primary Care Commissioning Committee may decide");
        assertThat(page.getByTestId("answer"))
                .containsText("£4,000,000 exceeds it, so it escalates to Primary Care Commissioning Committee.");
    }

    @Test
    void theRegisterOfInterestsIsPublicAsAtADateWithItsCsv() {
        Page page = Browser.newPage();
        page.navigate(url("/governance"));
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Register of interests"))
                .click();
        page.waitForURL("**/governance/interests**");
        assertThat(page.locator("h1")).hasText("Register of interests");
        assertThat(page.getByTestId("register")).containsText("spouse is a consultant at the trust");
        assertThat(page.getByTestId("register")).containsText("non-executive director");
        assertThat(page.getByTestId("nil").first()).containsText("Nil declaration");
        InterestRegister register = governance.interestRegister(java.time.LocalDate.now());
        assertThat(page.getByTestId("interest"))
                .hasCount(register.entries().stream()
                        .mapToInt(e -> e.interests().size())
                        .sum());
        com.microsoft.playwright.APIResponse csv = page.request().get(url("/api/governance/interests.csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().get("content-type")).startsWith("text/csv");
        assertThat(csv.text()).startsWith("as_at,person,name,seats,type,");
        Browser.screenshot(page, "governance-interests");
    }
}
