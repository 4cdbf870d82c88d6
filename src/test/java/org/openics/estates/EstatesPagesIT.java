package org.openics.estates;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openics.registry.OrganisationKind;
import org.openics.registry.Registry;
import org.openics.registry.SystemOfSystems;
import org.openics.support.Browser;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;

/** The estates page in headless Chromium: a site return through the form, the site map, a hub and its reach, a plan, refusals. */
class EstatesPagesIT extends PlatformIT {

    static final String RETURN = """
            Trust Code,Site Code,Site Name,Gross internal floor area (m²),Place code,Latitude,Longitude,Condition,Cost to eradicate high risk backlog (£),Cost to eradicate significant risk backlog (£)
            RN7,PGZ01,Page Hospital,8000,LCPZ-E09000023,51.45,-0.02,D,"300,000",100000
            RN7,PGZ02,Page Clinic,1200,LCPZ-E09000023,51.46,-0.03,A,,
            RN7,PGZ03,Page Nowhere,-5,,,,,,
            """;

    @Autowired
    Registry registry;

    @BeforeEach
    void demoIcs() {
        registry.loadDemoIcs();
    }

    @Test
    void anEstatesLeadImportsSitesAddsAHubAndAPlanAndThePageShowsThemOnTheMap() {
        Page page = Browser.signedIn(url("/estates"), "estates");
        page.setInputFiles(
                "#file", new FilePayload("eric-2033.csv", "text/csv", RETURN.getBytes(StandardCharsets.UTF_8)));
        page.fill("#period", "2033-04-01");
        page.click("[data-testid=import-form] button[type=submit]");
        assertThat(page.locator("[data-testid=import-summary]")).containsText("Read 3 rows: 2 loaded, 1 rejected");
        assertThat(page.locator("[data-testid=rejected]"))
                .containsText("eric-2033.csv:4: Gross internal floor area (m²) '-5' is not a number of zero or more");

        SystemOfSystems system = registry.asAt(java.time.LocalDate.of(2033, 5, 1));
        String pcn = system.organisations(OrganisationKind.PCN).stream()
                .filter(p -> system.placeOf(p.code())
                        .map(pl -> pl.code().value().equals("LCPZ-E09000023"))
                        .orElse(false))
                .findFirst()
                .orElseThrow()
                .code()
                .value();
        page.navigate(url("/estates"));
        page.fill("#hub-site", "PGZ02");
        page.fill("#hub-name", "Page Hub");
        page.fill("#hub-services", "Phlebotomy | Community | \nWellbeing | Mental health | " + pcn);
        page.fill("#hub-neighbourhoods", pcn + ", 51.47, -0.03");
        page.click("[data-testid=hub-form] button[type=submit]");
        assertThat(page.locator("h1")).hasText("Saved");

        page.navigate(url("/estates"));
        page.selectOption("#kind", "DISPOSAL");
        page.fill("#site", "PGZ01");
        page.fill("#title", "Dispose of Page Hospital");
        page.fill("#due", "2034-03-31");
        page.fill("#runningCost", "-1,000,000");
        page.fill("#capitalBid", "CAP-PAGE-1");
        page.click("[data-testid=plan-form] button[type=submit]");
        assertThat(page.locator("h1")).hasText("Saved");

        page.navigate(url("/estates?asAt=2033-05-01"));
        assertThat(page.locator("[data-testid=site-map] [data-site=PGZ01]")).hasCount(1);
        assertThat(page.locator("[data-testid=site-map] [data-site=PGZ01] path"))
                .hasCount(1);
        assertThat(page.locator("[data-testid=site-map] [data-place=LCPZ-E09000023]"))
                .hasCount(1);
        assertThat(page.locator("tr[data-site=PGZ01] [data-testid=condition]")).hasText("D");
        assertThat(page.locator("tr[data-site=PGZ01] [data-testid=high]")).hasText("£300,000.00");
        assertThat(page.locator("tr[data-site=PGZ01] [data-testid=floor]")).hasText("8,000");
        var hub = page.locator("[data-hub=PGZ02]");
        assertThat(hub.locator("tr[data-pcn='" + pcn + "'] [data-testid=travel]"))
                .hasText("1.45");
        assertThat(hub.locator("tr[data-pcn='" + pcn + "']")).containsText("Phlebotomy; Wellbeing");
        assertThat(page.locator("[data-testid=plans]")).containsText("CAP-PAGE-1");
        assertThat(page.locator("[data-testid=plans]")).containsText("-£1,000,000.00");
        assertThat(page.locator("[data-testid=plans] [data-testid=bid-decision]")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("CAP-PAGE-1")))
                .hasText("no capital round in the finance module holds a bid CAP-PAGE-1");
        Browser.screenshot(page, "estates");
    }

    @Test
    void anAnalystSeesTheEstateAndItsApiButNoForms() {
        Page page = Browser.signedIn(url("/estates"), "analyst");
        assertThat(page.locator("[data-testid=site-map]")).isVisible();
        assertThat(page.locator("[data-testid=import-form]")).hasCount(0);
        assertThat(page.locator("[data-testid=plan-form]")).hasCount(0);
        Response api = page.navigate(url("/api/estates/plans"));
        assertThat(api.status()).isEqualTo(200);
    }

    @Test
    void theApiTakesAReturnAndAHubFromAnEstatesLeadNamingBadLinesAndRefusesAnAnalystWith403() throws Exception {
        String csv =
                "Trust Code,Site Code,Site Name,Gross internal floor area (m²)\nRN7,APIZ1,API Clinic,700\nRN7,APIZ2,,5\n";
        HttpResponse<String> imported = post(
                "/api/estates/imports?period=2035-04-01&file=api-2035.csv", "estates:demo-estates", "text/csv", csv);
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body())
                .contains("\"read\":2")
                .contains("\"loaded\":1")
                .contains("{\"file\":\"api-2035.csv\",\"line\":3,\"reason\":\"Site Name is empty\"}");
        String hub =
                "{\"site\":\"APIZ1\",\"name\":\"API hub\",\"services\":\"Phlebotomy\",\"neighbourhoods\":\"NOTAPCN, 51.4, 0.1\"}";
        HttpResponse<String> refused = post("/api/estates/hubs", "analyst:demo-analyst", "application/json", hub);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("may not");
        HttpResponse<String> bad = post("/api/estates/hubs", "estates:demo-estates", "application/json", hub);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("PCN NOTAPCN is not a PCN in the registry");
        HttpResponse<String> plan = post(
                "/api/estates/plans",
                "estates:demo-estates",
                "application/json",
                "{\"kind\":\"DISPOSAL\",\"site\":\"APIZ1\","
                        + "\"title\":\"Sell the API clinic\",\"due\":\"2036-03-31\",\"status\":\"PROPOSED\",\"runningCostChange\":\"-20000\"}");
        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(plan.body()).contains("\"done\":true");
    }

    private HttpResponse<String> post(String path, String credentials, String type, String body) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                                .header("Content-Type", type + "; charset=utf-8")
                                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
