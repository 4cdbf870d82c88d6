package org.openics.workforce;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openics.kernel.Actor;
import org.openics.kernel.UserRole;
import org.openics.registry.Registry;
import org.openics.support.Browser;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;

/** The workforce pages in headless Chromium: import through the form, figures equal to the file, deployments, places, refusals. */
class WorkforcePagesIT extends PlatformIT {

    static final String RETURN = """
            Period,Org code,Staff group,FTE,HC,Establishment FTE,Leavers 12m HC,Sickness FTE days lost,Sickness FTE days available
            2032-01,RN7,Allied health professionals,40,50,50,6,21,1050
            2032-01,RN7,Allied health professionals,41,50,50,6,21,1050
            2032-01,RJ1,Allied health professionals,30,33,,,,
            """;

    @Autowired
    Registry registry;

    @Autowired
    Workforce workforce;

    @BeforeEach
    void demoIcs() {
        registry.loadDemoIcs();
    }

    @Test
    void aWorkforceLeadImportsAReturnAndThePageShowsItsFiguresAndADeploymentOnBothSides() throws Exception {
        Page page = Browser.signedIn(url("/workforce"), "workforce");
        page.setInputFiles("#file", new FilePayload("ahp-2032-01.csv", "text/csv", RETURN.getBytes(StandardCharsets.UTF_8)));
        page.selectOption("#format", "NHS_WORKFORCE_STATISTICS");
        page.click("[data-testid=import-form] button[type=submit]");
        assertThat(page.locator("[data-testid=import-summary]")).containsText("Read 3 rows: 2 loaded, 1 rejected");
        assertThat(page.locator("[data-testid=rejected]")).containsText("ahp-2032-01.csv:3: repeats the organisation, staff group, place and period of line 2");

        page.navigate(url("/workforce?asAt=2032-01-15&group=AHP"));
        var rn7 = page.locator("tr[data-org=RN7][data-group=AHP]");
        assertThat(rn7.locator("[data-testid=in-post]")).hasText("40.00");
        assertThat(rn7.locator("[data-testid=vacancy-rate]")).hasText("20.0%");
        assertThat(rn7.locator("[data-testid=turnover]")).hasText("12.0%");
        assertThat(rn7.locator("[data-testid=sickness]")).hasText("2.0%");
        assertThat(page.locator("tr[data-org=RJ1][data-group=AHP] [data-testid=vacancy-rate]")).containsText("not calculated: the return has no establishment");

        page.navigate(url("/workforce"));
        page.fill("#pseudonym", "PAGE-SECONDEE-1");
        page.selectOption("#kind", "SECONDMENT");
        page.fill("#from", "RN7");
        page.fill("#to", "RJ1");
        page.selectOption("#dgroup", "AHP");
        page.fill("#fte", "1.5");
        page.fill("#start", "2032-02-01");
        page.fill("#end", "2032-08-01");
        page.click("[data-testid=deployment-form] button[type=submit]");
        assertThat(page.locator("h1")).hasText("Deployment recorded");

        page.navigate(url("/workforce?asAt=2032-02-01&group=AHP"));
        assertThat(page.locator("tr[data-org=RN7][data-group=AHP] [data-testid=deployed]")).hasText("0.00 / 1.50");
        assertThat(page.locator("tr[data-org=RN7][data-group=AHP] [data-testid=working]")).hasText("38.50");
        assertThat(page.locator("tr[data-org=RJ1][data-group=AHP] [data-testid=working]")).hasText("31.50");
        assertThat(page.locator("[data-testid=deployments]")).containsText("PAGE-SECONDEE-1");
        page.navigate(url("/workforce?asAt=2032-08-01&group=AHP"));
        assertThat(page.locator("tr[data-org=RN7][data-group=AHP] [data-testid=deployed]")).hasText("0.00 / 0.00");

        Download download = page.waitForDownload(() -> page.click("[data-testid=staffing-csv]"));
        String csv = Files.readString(download.path());
        assertThat(csv).startsWith("organisation,name,staff_group,period,in_post_fte").contains("RN7,").contains(",AHP,2032-01-01,40.0,50,");
        Browser.screenshot(page, "workforce");
    }

    @Test
    void thePlacesPageShowsEachPlacesRateAsTheEntryPointComputesItWithAChart() {
        LocalDate date = LocalDate.of(2032, 1, 15);
        PlaceComparison expected = workforce.comparePlaces(StaffGroup.GP, Denominator.REGISTERED, date,
                new Actor("it", UserRole.ANALYST, Optional.empty(), Optional.empty()));
        Page page = Browser.signedIn(url("/workforce/places?group=GP&denominator=REGISTERED&asAt=2032-01-15"), "analyst");
        assertThat(page.locator("[data-testid=rate-chart]")).isVisible();
        for (PlaceRate r : expected.places()) {
            var row = page.locator("tr[data-place='" + r.place() + "']");
            if (r.rate().calculated()) {
                assertThat(row.locator("[data-testid=rate]")).hasText(String.format(Locale.UK, "%.2f", r.rate().value()));
                assertThat(row.locator("[data-testid=comparison]")).hasText(r.comparison());
            } else {
                assertThat(row.locator("[data-testid=rate]")).containsText("not calculated");
            }
        }
        assertThat(page.locator("[data-testid=places] tbody tr")).hasCount(expected.places().size());
        Browser.screenshot(page, "workforce-places");
    }

    @Test
    void aResidentReadsAggregatesButNotMovementsAndSeesNoForms() {
        Page page = Browser.signedIn(url("/workforce"), "resident");
        assertThat(page.locator("h1")).hasText("Staff in post, vacancies and deployment");
        assertThat(page.locator("[data-testid=import-form]")).hasCount(0);
        assertThat(page.locator("[data-testid=deployments]")).hasCount(0);
        Response refused = page.navigate(url("/api/workforce/deployments"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("the Resident role may not read staff movements between organisations");
    }
}
