package org.openics.development;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openics.support.Browser;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;

/** The conditions for ICS success and the development plan in a real browser, anonymous and signed in. */
class DevelopmentPagesIT extends PlatformIT {

    @Autowired
    Development development;

    @BeforeEach
    void demoContent() {
        development.loadDemo();
    }

    Page signedIn(String user, String path) {
        return Browser.signedIn(url(path), user);
    }

    @Test
    void anyoneSeesTheSixteenConditionsWithTheirCurrentRating() {
        Page page = Browser.newPage();
        page.navigate(url("/development"));
        assertThat(page.locator("h1")).hasText("Conditions for ICS success");
        assertThat(page.getByTestId("conditions").locator("tbody tr")).hasCount(16);
        Condition regional = development.condition("regional-role").orElseThrow();
        assertThat(page.locator("tr[data-condition=regional-role] [data-testid=rag]"))
                .hasText(regional.rag().orElseThrow().label());
        assertThat(page.locator(".nhsuk-header__navigation-item--current")).hasText("Development");
        Browser.screenshot(page, "development-conditions");

        page.getByText("Lean governance").click();
        assertThat(page.locator("h1")).hasText("Lean governance");
        assertThat(page.getByTestId("history").locator("tbody tr"))
                .hasCount(development
                        .condition("lean-governance")
                        .orElseThrow()
                        .history()
                        .size());
        assertThat(page.getByTestId("update-form")).hasCount(0);
        assertThat(page.getByTestId("sign-in-to-edit")).isVisible();
    }

    @Test
    void theBoardSecretaryRecordsAnUpdateAndItHeadsTheHistory() {
        int before =
                development.condition("workforce-plans").orElseThrow().history().size();
        Page page = signedIn("secretary", "/development/edit/conditions/workforce-plans");
        assertThat(page.locator("h1")).hasText("Workforce plans");
        page.fill("#asOf", "2026-11-20");
        page.check("#rag-GREEN");
        page.fill("#note", "Staff passport now covers the six councils' social care staff.");
        page.click("button:has-text('Record update')");

        assertThat(page.getByTestId("saved")).containsText("Update recorded");
        assertThat(page.getByTestId("current-rag")).hasText("Green");
        assertThat(page.getByTestId("history").locator("tbody tr").first())
                .containsText("Staff passport now covers the six councils");
        assertThat(page.getByTestId("history").locator("tbody tr").first()).containsText("secretary");
        Browser.screenshot(page, "development-condition-updated");

        Condition stored = development.condition("workforce-plans").orElseThrow();
        assertThat(stored.history()).hasSize(before + 1);
        assertThat(stored.latest().orElseThrow().author()).isEqualTo("secretary");
        assertThat(stored.rag()).contains(Rag.GREEN);
    }

    @Test
    void aRefusedUpdateSaysWhyAndChangesNothing() {
        int before =
                development.condition("money-freedom").orElseThrow().history().size();
        Page page = signedIn("secretary", "/development/edit/conditions/money-freedom");
        page.fill("#asOf", "2099-01-01");
        page.click("button:has-text('Record update')");
        assertThat(page.getByTestId("problems")).containsText("cannot be in the future");
        assertThat(page.getByTestId("problems")).containsText("note cannot be empty");
        assertThat(development.condition("money-freedom").orElseThrow().history())
                .hasSize(before);
    }

    @Test
    void anAnonymousEditIsRefusedAndAnAnalystOrThePlatformAdministratorMayNotEditEither() {
        int before = development.condition("metrics").orElseThrow().history().size();
        Page page = Browser.newPage();
        APIResponse anonymous = page.request()
                .post(
                        url("/development/edit/conditions/metrics"),
                        RequestOptions.create()
                                .setForm(FormData.create()
                                        .set("asOf", "2026-11-01")
                                        .set("rag", "RED")
                                        .set("note", "anonymous"))
                                .setMaxRedirects(0));
        assertThat(anonymous.status()).isIn(302, 401, 403);

        Page analyst = signedIn("analyst", "/development/edit/conditions/metrics");
        assertThat(analyst.locator("h1")).hasText("Metrics and measures of success");
        assertThat(analyst.getByTestId("update-form")).hasCount(0);
        Page admin = signedIn("admin", "/development/edit/conditions/metrics");
        assertThat(admin.getByTestId("update-form")).hasCount(0);
        assertThat(development.condition("metrics").orElseThrow().history()).hasSize(before);
    }

    @Test
    void thePlanShowsEveryMilestoneAsABarAndAsATableRow() {
        DevelopmentPlan plan = development.plan();
        Page page = Browser.newPage();
        page.navigate(url("/development/plan"));
        assertThat(page.locator("h1")).hasText("System development plan");
        assertThat(page.locator("[data-testid=gantt] rect.app-gantt__bar"))
                .hasCount(plan.milestones().size());
        assertThat(page.locator("[data-testid=plan-table] tr[data-milestone]"))
                .hasCount(plan.milestones().size());
        assertThat(page.locator("[data-testid=plan-table] tbody[data-area]")).hasCount(17);
        Milestone late = plan.milestones().stream()
                .filter(m -> m.status() == MilestoneStatus.LATE)
                .findFirst()
                .orElseThrow();
        assertThat(page.locator("tr[data-milestone='" + late.id() + "']")).containsText("Late");
        Browser.screenshot(page, "development-plan");

        page.locator("[data-testid=plan-table]").getByText("16. Digital").click();
        assertThat(page.locator("h1")).hasText("Digital");
        assertThat(page.getByTestId("destination"))
                .hasText(plan.area("digital").orElseThrow().destination());
        assertThat(page.getByTestId("milestones").locator("tbody tr"))
                .hasCount(plan.area("digital").orElseThrow().milestones().size());
        Browser.screenshot(page, "development-work-area");
    }

    @Test
    void theBoardSecretaryChangesAMilestoneStatus() {
        Page page = signedIn("secretary", "/development/edit/plan/estates");
        assertThat(page.locator("h1")).hasText("Estates");
        page.getByText("Change: Two neighbourhood health centres open").click();
        page.selectOption("#status-estates-1", "AT_RISK");
        page.locator("[data-testid=edit-estates-1] button").click();
        assertThat(page.getByTestId("saved")).containsText("Milestone saved");
        assertThat(page.locator("tr[data-milestone=estates-1]")).containsText("At risk");
        assertThat(development.plan().milestone("estates-1").orElseThrow().status())
                .isEqualTo(MilestoneStatus.AT_RISK);
    }
}
