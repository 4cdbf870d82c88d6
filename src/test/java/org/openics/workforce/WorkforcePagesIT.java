package org.openics.workforce;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openics.kernel.Actor;
import org.openics.kernel.UserRole;
import org.openics.registry.Organisation;
import org.openics.registry.OrganisationKind;
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
        page.setInputFiles(
                "#file", new FilePayload("ahp-2032-01.csv", "text/csv", RETURN.getBytes(StandardCharsets.UTF_8)));
        page.selectOption("#format", "NHS_WORKFORCE_STATISTICS");
        page.click("[data-testid=import-form] button[type=submit]");
        assertThat(page.locator("[data-testid=import-summary]")).containsText("Read 3 rows: 2 loaded, 1 rejected");
        assertThat(page.locator("[data-testid=rejected]"))
                .containsText("ahp-2032-01.csv:3: repeats the organisation, staff group, place and period of line 2");

        page.navigate(url("/workforce?asAt=2032-01-15&group=AHP"));
        var rn7 = page.locator("tr[data-org=RN7][data-group=AHP]");
        assertThat(rn7.locator("[data-testid=in-post]")).hasText("40.00");
        assertThat(rn7.locator("[data-testid=vacancy-rate]")).hasText("20.0%");
        assertThat(rn7.locator("[data-testid=turnover]")).hasText("12.0%");
        assertThat(rn7.locator("[data-testid=sickness]")).hasText("2.0%");
        assertThat(page.locator("tr[data-org=RJ1][data-group=AHP] [data-testid=vacancy-rate]"))
                .containsText("not calculated: the return has no establishment");

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
        assertThat(page.locator("tr[data-org=RN7][data-group=AHP] [data-testid=deployed]"))
                .hasText("0.00 / 1.50");
        assertThat(page.locator("tr[data-org=RN7][data-group=AHP] [data-testid=working]"))
                .hasText("38.50");
        assertThat(page.locator("tr[data-org=RJ1][data-group=AHP] [data-testid=working]"))
                .hasText("31.50");
        assertThat(page.locator("[data-testid=deployments]")).containsText("PAGE-SECONDEE-1");
        page.navigate(url("/workforce?asAt=2032-08-01&group=AHP"));
        assertThat(page.locator("tr[data-org=RN7][data-group=AHP] [data-testid=deployed]"))
                .hasText("0.00 / 0.00");

        Download download = page.waitForDownload(() -> page.click("[data-testid=staffing-csv]"));
        String csv = Files.readString(download.path());
        assertThat(csv)
                .startsWith("organisation,name,staff_group,period,in_post_fte")
                .contains("RN7,")
                .contains(",AHP,2032-01-01,40.0,50,");
        Browser.screenshot(page, "workforce");
    }

    @Test
    void thePlacesPageShowsEachPlacesRateAsTheEntryPointComputesItWithAChart() {
        LocalDate date = LocalDate.of(2032, 1, 15);
        PlaceComparison expected = workforce.comparePlaces(
                StaffGroup.GP,
                Denominator.REGISTERED,
                date,
                new Actor("it", UserRole.ANALYST, Optional.empty(), Optional.empty()));
        Page page =
                Browser.signedIn(url("/workforce/places?group=GP&denominator=REGISTERED&asAt=2032-01-15"), "analyst");
        assertThat(page.locator("[data-testid=rate-chart]")).isVisible();
        for (PlaceRate r : expected.places()) {
            var row = page.locator("tr[data-place='" + r.place() + "']");
            if (r.rate().calculated()) {
                assertThat(row.locator("[data-testid=rate]"))
                        .hasText(String.format(Locale.UK, "%.2f", r.rate().value()));
                assertThat(row.locator("[data-testid=comparison]")).hasText(r.comparison());
            } else {
                assertThat(row.locator("[data-testid=rate]")).containsText("not calculated");
            }
        }
        assertThat(page.locator("[data-testid=places] tbody tr"))
                .hasCount(expected.places().size());
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

    @Test
    void aWorkforceLeadSavesAPlanThroughTheFormAndThePlansPageShowsItsTrajectoryAsTheEntryPointComputesIt()
            throws Exception {
        LocalDate baseline = LocalDate.of(2034, 1, 1);
        Organisation place =
                registry.asAt(baseline).organisations(OrganisationKind.PLACE).get(2);
        Organisation practice =
                registry.asAt(baseline).practicesUnder(place.code()).get(0);
        Actor lead = new Actor("it", UserRole.WORKFORCE_LEAD, Optional.empty(), Optional.empty());
        assertThat(workforce
                        .importCsv(
                                "gp-2034-01.csv",
                                "PRAC_CODE,TOTAL_GP_FTE,TOTAL_GP_HC,TOTAL_NURSES_FTE,TOTAL_NURSES_HC\n"
                                        + practice.code().value() + ",,,12,14\n",
                                WorkforceFormat.GP_WORKFORCE,
                                baseline,
                                lead)
                        .rejected())
                .isEmpty();

        Page page = Browser.signedIn(url("/workforce/plans"), "workforce");
        page.fill("#title", "Nurses to 30 per 10,000 residents by 2036");
        page.selectOption("#pgroup", "NURSING_MIDWIFERY");
        page.selectOption("#place", place.code().value());
        page.selectOption("#per", "RESIDENT");
        page.fill("#target", "30");
        page.fill("#baseline", "2034-01-01");
        page.fill("#by", "2036-01-01");
        page.click("[data-testid=plan-form] button[type=submit]");
        assertThat(page.locator("h1")).hasText("Workforce plan saved");
        page.goBack();
        page.click("[data-testid=plan-form] button[type=submit]");
        assertThat(page.locator("h1")).hasText("Workforce plan unchanged");

        LocalDate asAt = LocalDate.of(2034, 3, 1);
        PlanProgress expected = workforce.plans(asAt, lead).stream()
                .filter(p -> p.plan().place().equals(place.code().value())
                        && p.plan().group() == StaffGroup.NURSING_MIDWIFERY
                        && p.plan().per() == Denominator.RESIDENT)
                .findFirst()
                .orElseThrow();
        assertThat(expected.actualFte()).as("the nurses of the imported return").isEqualTo(12.0);
        assertThat(expected.baselineFte()).isEqualTo(12.0);
        page.navigate(url("/workforce/plans?asAt=2034-03-01&group=NURSING_MIDWIFERY"));
        var row = page.locator("tr[data-plan='" + expected.plan().id() + "']");
        assertThat(row.locator("[data-testid=actual]"))
                .hasText(String.format(Locale.UK, "%,.2f", expected.actualFte()));
        assertThat(row.locator("[data-testid=status]")).hasText(expected.status());
        if (expected.neededFte().calculated()) {
            assertThat(row.locator("[data-testid=needed]"))
                    .hasText(String.format(
                            Locale.UK, "%,.2f", expected.neededFte().value()));
            assertThat(row.locator("[data-testid=gap]"))
                    .hasText(String.format(
                            Locale.UK, "%,.2f", expected.gapToNeed().value()));
        } else {
            assertThat(row.locator("[data-testid=needed]"))
                    .containsText("not calculated: " + expected.neededFte().reason());
        }
        assertThat(page.locator("figure[data-plan='" + expected.plan().id() + "'] [data-testid=trajectory-chart]"))
                .isVisible();
        Download download = page.waitForDownload(() -> page.click("[data-testid=plans-csv]"));
        assertThat(Files.readString(download.path()))
                .startsWith("plan,title,staff_group,place")
                .contains("Nurses to 30 per 10,000 residents by 2036");
        Browser.screenshot(page, "workforce-plans");

        Page analyst = Browser.signedIn(url("/workforce/plans"), "analyst");
        assertThat(analyst.locator("[data-testid=plans]")).isVisible();
        assertThat(analyst.locator("[data-testid=plan-form]")).hasCount(0);
    }

    @Test
    void theApiSavesAPlanForAWorkforceLeadAndRefusesAnAnalystWith403() throws Exception {
        String body =
                "{\"title\":\"AHPs via the API\",\"group\":\"AHP\",\"place\":\"LCPZ-E09000022\",\"per\":\"RESIDENT\","
                        + "\"targetPer10k\":12,\"baseline\":\"2034-01-01\",\"targetDate\":\"2035-01-01\"}";
        HttpResponse<String> refused = post("/api/workforce/plans", "analyst:demo-analyst", body);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("may not change workforce plans");
        HttpResponse<String> saved = post("/api/workforce/plans", "workforce:demo-workforce", body);
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("\"changed\":true");
        HttpResponse<String> wrong =
                post("/api/workforce/plans", "workforce:demo-workforce", body.replace("2035-01-01", "2033-01-01"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("the target date 2033-01-01 is not after the baseline 2034-01-01");
        HttpResponse<String> read = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/workforce/plans?asAt=2034-06-01")))
                                .header("Authorization", basic("resident:demo-resident"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("AHPs via the API");
    }

    private HttpResponse<String> post(String path, String credentials, String json) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header("Authorization", basic(credentials))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
