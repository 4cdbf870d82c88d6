package org.openics.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
    }

    @Test
    void theOperationsLeadSeesWaitsTheBoardAndAPlanWithItsFlowMap() {
        Page page = Browser.signedIn(url("/mutual-aid"), "operations");
        assertThat(page.locator("h1").textContent()).contains("Waiting lists across providers");
        assertThat(page.locator("[data-testid=heat-map] caption").textContent()).contains("Median wait");
        page.navigate(url("/mutual-aid/board"));
        assertThat(page.locator("[data-testid=offers] tbody tr").count()).isEqualTo(mutualAid.offers(MutualAidIT.OPERATIONS).size())
                .isGreaterThan(0);
        assertThat(page.locator("[data-testid=audit]").count()).isEqualTo(1);
        page.navigate(url("/mutual-aid/plan?limit=100"));
        assertThat(page.locator("[data-testid=plan-summary]").textContent()).contains("Objective, bound and gap");
        assertThat(page.locator("[data-testid=flow-map] circle").count()).isEqualTo(mutualAid.sites().size());
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
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/mutual-aid/plan")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("analyst:demo-analyst".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("may not run the mutual aid optimiser");
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/mutual-aid/waits.csv")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("analyst:demo-analyst".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("as_at,provider,treatment_function");
    }
}
