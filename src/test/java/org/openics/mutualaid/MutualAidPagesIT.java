package org.openics.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openics.registry.Registry;
import org.openics.support.Browser;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;

/** The mutual aid pages in headless Chromium, signed in with the demo accounts; the API's refusals answer 403. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MutualAidPagesIT extends PlatformIT {

    @Autowired
    Registry registry;

    @Autowired
    MutualAid mutualAid;

    @BeforeAll
    void demo() {
        registry.loadDemoIcs();
        mutualAid.loadDemo();
        // the first plan in a JVM loads OR-Tools' natives (seconds on a loaded machine): not inside a page's sign-in
        // wait
        mutualAid.balanceDiagnostics(MutualAidIT.OPERATIONS, java.time.LocalDate.now(), PlanOptions.defaults());
    }

    @Test
    void theOperationsLeadSeesWaitsTheBoardAndAPlanWithItsFlowMap() {
        Page page = Browser.signedIn(url("/mutual-aid"), "operations");
        assertThat(page.locator("h1").textContent()).contains("Waiting lists across providers");
        assertThat(page.locator("[data-testid=heat-map] caption").textContent()).contains("Median wait");
        page.navigate(url("/mutual-aid/board"));
        assertThat(page.locator("[data-testid=offers] tbody tr").count())
                .isEqualTo(mutualAid.offers(MutualAidIT.OPERATIONS).size())
                .isGreaterThan(0);
        assertThat(page.locator("[data-testid=audit]").count()).isEqualTo(1);
        page.navigate(url("/mutual-aid/plan?limit=100"));
        assertThat(page.locator("[data-testid=plan-summary]").textContent()).contains("Objective, bound and gap");
        assertThat(page.locator("[data-testid=flow-map] circle").count())
                .isEqualTo(mutualAid.sites().size());
        assertThat(page.locator("#limit").inputValue()).isEqualTo("100");
        Browser.screenshot(page, "mutual-aid-plan");
        page.context().close();
    }

    @Test
    void anAnalystSeesCountsButNoPlanAndNoAuditLog() {
        Page page = Browser.signedIn(url("/mutual-aid/plan"), "analyst");
        assertThat(page.locator("[data-testid=no-plan]").textContent()).contains("operations lead");
        page.navigate(url("/mutual-aid/board"));
        assertThat(page.locator("[data-testid=audit]").count()).isZero();
        page.context().close();
    }

    @Test
    void theApiAnswersARefusalWith403AndItsReason() throws Exception {
        HttpResponse<String> refused = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/mutual-aid/plan")))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder().encodeToString("analyst:demo-analyst".getBytes()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("may not run the mutual aid optimiser");
        HttpResponse<String> csv = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/mutual-aid/waits.csv")))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder().encodeToString("analyst:demo-analyst".getBytes()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("as_at,provider,treatment_function");
    }

    @Test
    void theOperationsLeadSeesDiagnosticsAgainstSupplyAndABalancingPlanWithCdcsOnTheMap() {
        Page page = Browser.signedIn(url("/mutual-aid/diagnostics"), "operations");
        assertThat(page.locator("h1").textContent()).contains("Diagnostics across the system");
        Diagnostics d = mutualAid.diagnostics(MutualAidIT.OPERATIONS, java.time.LocalDate.now());
        assertThat(page.locator("[data-testid=modalities] tbody tr").count())
                .isEqualTo(d.modalities().size())
                .isGreaterThan(0);
        assertThat(page.locator("[data-testid=providers] tbody tr").count())
                .isEqualTo(d.providers().size());
        assertThat(page.locator("[data-testid=source]").textContent())
                .contains(d.waiting() + " waiting, " + d.sixPlus() + " for six weeks or more");
        assertThat(page.locator("[data-testid=balance-summary]").textContent())
                .contains("Objective, bound and gap")
                .contains("not calculated");
        assertThat(page.locator("[data-testid=flow-map] circle.app-flow-map__site--cdc")
                        .count())
                .isEqualTo(3);
        assertThat(page.locator("[data-testid=transfers] tbody tr").count()).isPositive();
        Browser.screenshot(page, "mutual-aid-diagnostics");
        page.context().close();
    }

    @Test
    void anAnalystSeesTheSixWeekStandardButNoBalancingPlanAndNoImportForm() {
        Page page = Browser.signedIn(url("/mutual-aid/diagnostics"), "analyst");
        assertThat(page.locator("[data-testid=modalities] tbody tr").count()).isPositive();
        assertThat(page.locator("[data-testid=no-plan]").textContent()).contains("operations lead");
        page.navigate(url("/mutual-aid/sites"));
        assertThat(page.locator("[data-testid=import-form]").count()).isZero();
        assertThat(page.locator("[data-testid=sites] tbody tr").count())
                .isEqualTo(mutualAid.sites().size());
        page.context().close();
    }

    @Test
    void anUploadedSitesFileReportsEachRejectedLineAndAFileWithoutAColumnIsRefusedWhole() {
        Page page = Browser.signedIn(url("/mutual-aid/sites"), "operations");
        page.selectOption("#kind", "sites");
        page.setInputFiles(
                "#file",
                new FilePayload(
                        "new-sites.csv",
                        "text/csv",
                        ("code,name,provider,provider_name,kind,latitude,longitude\n"
                                        + "ZCD44,Test CDC,ZCD,CDCs,cdc,51.40,0.01\nZCD45,Far,ZCD,CDCs,cdc,51.40,9.5\n")
                                .getBytes(StandardCharsets.UTF_8)));
        page.locator("[data-testid=import-form] button").click();
        assertThat(page.locator("[data-testid=import-report]").textContent())
                .contains("read 2, loaded 1, rejected 1")
                .contains("new-sites.csv:3: longitude: 9.5 is outside Great Britain");
        assertThat(page.locator("[data-testid=sites]").textContent())
                .contains("ZCD44")
                .doesNotContain("ZCD45");
        page.selectOption("#kind", "capacity");
        page.setInputFiles(
                "#file",
                new FilePayload(
                        "cap.csv", "text/csv", "site,modality,tests\nZCD44,MRI,10\n".getBytes(StandardCharsets.UTF_8)));
        page.locator("[data-testid=import-form] button").click();
        assertThat(page.locator("[data-testid=import-refused]").textContent())
                .contains("cap.csv:1: no column tests_per_week, offered_per_week");
        page.context().close();
    }

    @Test
    void anAnalystsImportThroughTheApiIsRefused403() throws Exception {
        HttpResponse<String> refused = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/mutual-aid/sites")))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder().encodeToString("analyst:demo-analyst".getBytes()))
                                .header("Content-Type", "text/csv")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "code,name,provider,provider_name,kind,latitude,longitude\n"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("may not load sites, capacity and diagnostics waiting lists");
        HttpResponse<String> loaded = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        url("/api/mutual-aid/diagnostics/waits?returnDate=2026-01-31&file=jan.csv")))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString("operations:demo-operations".getBytes()))
                                .header("Content-Type", "text/csv")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "provider,modality,weeks_waited,waiting\nRJ1,CT,2,40\nRJ1,CT,9,4\nRJ1,PET,1,1\n"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(loaded.statusCode()).isEqualTo(200);
        assertThat(loaded.body())
                .contains("\"read\":3")
                .contains("\"loaded\":2")
                .contains("jan.csv");
        assertThat(mutualAid
                        .diagnostics(MutualAidIT.ANALYST, java.time.LocalDate.of(2026, 2, 1))
                        .sixPlus())
                .isEqualTo(4);
        HttpResponse<String> csv = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/mutual-aid/diagnostics.csv")))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder().encodeToString("analyst:demo-analyst".getBytes()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("return_date,provider,modality,waiting,six_weeks_or_more");
    }
}
