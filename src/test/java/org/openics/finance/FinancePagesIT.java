package org.openics.finance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openics.finance.demo.DemoFinance;
import org.openics.governance.Governance;
import org.openics.kernel.Actor;
import org.openics.kernel.Money;
import org.openics.kernel.UserRole;
import org.openics.registry.Registry;
import org.openics.support.Browser;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;

/** The finance pages in headless Chromium: the numbers on screen are the API's. */
class FinancePagesIT extends PlatformIT {

    @Autowired
    Finance finance;

    @Autowired
    Registry registry;

    @Autowired
    Governance governance;

    @BeforeEach
    void demo() {
        registry.loadDemoIcs();
        governance.loadDemo();
        finance.loadDemo(new Actor("finance", UserRole.FINANCE_LEAD, Optional.empty(), Optional.empty()));
    }

    JsonNode api(Page page, String path) throws Exception {
        APIResponse response = page.request().get(url(path));
        assertThat(response.status()).isEqualTo(200);
        return new ObjectMapper().readTree(response.text());
    }

    @Test
    void theNeedIndicesOnScreenEqualTheApisAndTheChartIsDrawn() throws Exception {
        Page page = Browser.signedIn(url("/finance?year=2026/27&ics=QZZ&by=local-authority"), "analyst");
        assertThat(page.locator("h1")).hasText("Need and allocation");
        JsonNode need = api(page, "/api/finance/need?year=2026/27&ics=QZZ&by=local-authority");
        assertThat(page.getByTestId("need-table").locator("tbody tr"))
                .hasCount(need.get("units").size());
        for (JsonNode unit : need.get("units")) {
            for (NeedComponent c : NeedComponent.values()) {
                String shown = page.locator("tr[data-unit='" + unit.get("code").asText() + "'] td[data-component='"
                                + c.header() + "']")
                        .textContent();
                assertThat(shown.trim())
                        .isEqualTo(unit.get(c.header())
                                .get("index")
                                .decimalValue()
                                .setScale(3, RoundingMode.HALF_EVEN)
                                .toPlainString());
            }
        }
        assertThat(page.locator("#need-chart canvas")).hasCount(1);
        APIResponse csv = page.request().get(url("/api/finance/need.csv?year=2026/27&ics=QZZ&by=local-authority"));
        assertThat(csv.text().lines().count()).isEqualTo(need.get("units").size() + 1);
        assertThat(page.getByTestId("capital-rounds").locator("tbody tr"))
                .hasCount(api(page, "/api/finance/capital").size());
        Browser.screenshot(page, "finance-need");
    }

    @Test
    void thePositionOnScreenEqualsTheApisAndFlagsBromley() throws Exception {
        Page page = Browser.signedIn(url("/finance/position?year=2026/27&asAt=2026-11"), "finance");
        JsonNode position = api(page, "/api/finance/position?year=2026/27&asAt=2026-11");
        assertThat(page.getByTestId("as-at")).containsText("month 8 of 12");
        assertThat(page.getByTestId("rag-rule")).containsText("Amber: over by more than 0.5% and up to 2%");
        for (JsonNode pool : position.get("pools")) {
            String shown = page.locator(
                            "tr[data-pool='" + pool.get("fund").get("code").asText() + "'] [data-field=variance]")
                    .textContent();
            assertThat(shown)
                    .isEqualTo(Money.ofPence(
                                    pool.get("forecastVariance").get("pence").asLong())
                            .toString());
        }
        for (JsonNode org : position.get("organisations")) {
            String shown = page.locator(
                            "tr[data-organisation='" + org.get("organisation").asText() + "'] [data-field=net]")
                    .textContent();
            assertThat(shown)
                    .isEqualTo(
                            Money.ofPence(org.get("net").get("pence").asLong()).toString());
        }
        for (JsonNode b : position.get("budgets")) {
            String shown = page.locator(
                            "tr[data-budget='" + b.get("budget").get("code").asText() + "'] [data-field=forecast]")
                    .textContent();
            assertThat(shown)
                    .isEqualTo(Money.ofPence(b.get("forecast").get("pence").asLong())
                            .toString());
        }
        assertThat(page.getByTestId("break-even-flag")).hasCount(1);
        assertThat(page.getByTestId("break-even-flag")).containsText("London Borough of Bromley would not break even");
        Browser.screenshot(page, "finance-position");
    }

    @Test
    void theAllocationRunPageShowsTheTargetsTheApiGives() throws Exception {
        AllocationRun run = finance.runs(new Actor("x", UserRole.ANALYST, Optional.empty(), Optional.empty())).stream()
                .filter(r -> r.name()
                        .equals(DemoFinance.allocation(DemoFinance.weightedPopulations())
                                .name()))
                .findFirst()
                .orElseThrow();
        Page page = Browser.signedIn(url("/finance/runs/" + run.id()), "analyst");
        JsonNode api = api(page, "/api/finance/runs/" + run.id());
        for (JsonNode u : api.get("result").get("units")) {
            String shown = page.locator("tr[data-unit='" + u.get("code").asText() + "'] [data-field=target]")
                    .textContent();
            assertThat(shown)
                    .isEqualTo(
                            Money.ofPence(u.get("target").get("pence").asLong()).toString());
        }
        assertThat(page.getByTestId("path").locator("tbody tr"))
                .hasCount(run.inputs().years());
        Browser.screenshot(page, "finance-run");
    }

    @Test
    void theCapitalPortfolioOnScreenEqualsTheApisWithReasonsApprovalsAndSensitivity() throws Exception {
        Page page = Browser.signedIn(url("/finance"), "analyst");
        page.getByTestId("capital-rounds").locator("a").first().click();
        String id = CapitalPlan.DEMO_ROUND;
        assertThat(page.getByTestId("capital-round")).hasText(id);
        JsonNode plan = api(page, "/api/finance/capital/" + id);
        JsonNode portfolio = plan.get("portfolio");
        assertThat(new BigDecimal(page.getByTestId("capital-objective").textContent()))
                .isEqualByComparingTo(portfolio.get("solve").get("objective").asText());
        assertThat(new BigDecimal(page.getByTestId("capital-bound").textContent()))
                .isEqualByComparingTo(portfolio.get("solve").get("bound").asText());
        assertThat(page.getByTestId("capital-chosen-count"))
                .hasText(String.valueOf(portfolio.get("chosen").size()));
        assertThat(page.getByTestId("capital-rejected-count"))
                .hasText(String.valueOf(portfolio.get("rejected").size()));
        assertThat(page.getByTestId("capital-spend").locator("tbody tr"))
                .hasCount(portfolio.get("spend").size());
        for (JsonNode y : portfolio.get("spend")) {
            String row =
                    "[data-testid=capital-spend] tr[data-year='" + y.get("year").asText() + "'] ";
            assertThat(page.locator(row + "[data-col=envelope]"))
                    .hasText(Money.ofPence(y.get("envelope").get("pence").asLong())
                            .toString());
            assertThat(page.locator(row + "[data-col=committed]"))
                    .hasText(Money.ofPence(y.get("committed").get("pence").asLong())
                            .toString());
        }
        JsonNode bids = api(page, "/api/finance/capital/" + id + "/bids");
        assertThat(page.getByTestId("capital-bids").locator("tbody tr")).hasCount(bids.size());
        for (JsonNode b : bids) {
            String row =
                    "[data-testid=capital-bids] tr[data-bid='" + b.get("id").asText() + "'] ";
            assertThat(page.locator(row + "[data-col=cost]"))
                    .hasText(Money.ofPence(b.get("totalCost").get("pence").asLong())
                            .toString());
            assertThat(page.locator(row + "[data-col=status]"))
                    .containsText(b.get("status").asText());
            assertThat(page.locator(row + "[data-col=reason]"))
                    .containsText(b.get("reason").asText());
            assertThat(page.locator(row + "[data-col=approver]"))
                    .containsText(b.get("approver").asText());
        }
        assertThat(page.locator("[data-testid=capital-bids] tr[data-status=chosen] [data-col=approver]")
                        .first())
                .not()
                .isEmpty();
        APIResponse csv = page.request().get(url("/api/finance/capital/" + id + "/portfolio.csv"));
        assertThat(csv.text().lines().count()).isEqualTo(bids.size() + 1);
        page.getByTestId("capital-sensitivity-link").click();
        assertThat(page.getByTestId("capital-sensitivity").locator("tbody tr"))
                .hasCount(2 * plan.get("round").get("criteria").size());
        assertThat(page.getByTestId("capital-sensitive-bids")).isVisible();
        Browser.screenshot(page, "finance-capital");
    }

    @Test
    void writesByAnotherRoleAreRefused403WithTheReason() {
        Page page = Browser.signedIn(url("/finance"), "analyst");
        page.navigate(url("/finance"));
        // a signed-in session's write carries the CSRF token (here the sign-out form's), so that the role check is
        // reached
        com.microsoft.playwright.options.RequestOptions withToken =
                com.microsoft.playwright.options.RequestOptions.create()
                        .setHeader(
                                "X-CSRF-TOKEN",
                                page.locator("form.nhsuk-header__account-form input[name=_csrf]")
                                        .inputValue());
        APIResponse refused = page.request().post(url("/api/finance/runs/1/rerun"), withToken);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text())
                .contains("the Analyst role may not run or re-run an allocation (only Finance lead may)");
        APIResponse plan =
                page.request().post(url("/api/finance/capital/" + CapitalPlan.DEMO_ROUND + "/plan"), withToken);
        assertThat(plan.status()).isEqualTo(403);
        assertThat(plan.text()).contains("may not plan a capital round (only Finance lead may)");
    }
}
