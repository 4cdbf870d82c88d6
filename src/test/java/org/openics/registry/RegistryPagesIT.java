package org.openics.registry;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openics.kernel.OdsCode;
import org.openics.support.Browser;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;

/** The first page of the web UI, in a real headless Chromium, on the built-in demo ICS. */
class RegistryPagesIT extends PlatformIT {

    static final String AS_AT = "2026-06-01";

    @Autowired
    Registry registry;

    Page page;

    @BeforeEach
    void demoIcsAndABrowser() {
        registry.loadDemoIcs();
        page = Browser.newPage();
    }

    @Test
    void aVisitorDrillsDownFromTheIcsToAPracticeAndTheNumbersMatchTheRegistry() {
        TreeNode ics = registry.tree(Optional.of(OdsCode.of(DemoSystem.ICB_CODE)), LocalDate.parse(AS_AT), -1)
                .orElseThrow();
        page.navigate(url("/registry/" + DemoSystem.ICB_CODE + "?asAt=" + AS_AT));
        assertThat(page.locator("h1")).hasText(ics.name());
        assertThat(page.getByTestId("population")).hasText(String.format("%,d", ics.population()));
        Locator places = page.getByTestId("children").locator("tbody tr");
        assertThat(places).hasCount(6);
        Browser.screenshot(page, "registry-ics");

        TreeNode bexley = ics.children().stream()
                .filter(c -> c.name().startsWith("Bexley"))
                .findFirst()
                .orElseThrow();
        page.getByTestId("children")
                .getByText(bexley.name(), new Locator.GetByTextOptions().setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText(bexley.name());
        assertThat(page.getByTestId("population")).hasText(String.format("%,d", bexley.population()));
        assertThat(page.getByTestId("children").locator("tbody tr"))
                .hasCount(bexley.children().size());
        assertThat(page.getByTestId("providers")).containsText("Dartford and Gravesham NHS Trust");
        assertThat(page.getByTestId("providers").locator("tr", new Locator.LocatorOptions().setHasText("Dartford")))
                .containsText("Another ICS");
        Browser.screenshot(page, "registry-place");

        TreeNode pcn = bexley.children().get(0);
        page.getByTestId("children")
                .getByText(pcn.name(), new Locator.GetByTextOptions().setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText(pcn.name());
        assertThat(page.locator(".breadcrumb")).containsText(bexley.name());
        TreeNode practice = pcn.children().get(0);
        assertThat(page.getByTestId("children").locator("tr[data-code='" + practice.code() + "']"))
                .containsText(String.format("%,d", practice.population()));

        page.getByTestId("children")
                .getByText(practice.name(), new Locator.GetByTextOptions().setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText(practice.name());
        assertThat(page.getByTestId("population")).hasText(String.format("%,d", practice.population()));
    }

    @Test
    void theDateInTheAddressShowsTheStructureOfThatDay() {
        page.navigate(url("/registry/Z00002?asAt=2026-02-01"));
        assertThat(page.locator("h1")).not().isEmpty();
        var response = page.navigate(url("/registry/Z00002?asAt=2026-05-01"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.content()).contains("No organisation Z00002 in the registry on 2026-05-01");
    }

    @Test
    void aProviderPageListsThePlacesItServesIncludingOutOfArea() {
        page.navigate(url("/registry/RN7?asAt=" + AS_AT));
        assertThat(page.locator("h1")).hasText("Dartford and Gravesham NHS Trust");
        assertThat(page.getByTestId("places-served")).containsText("Bexley Local Care Partnership");
        assertThat(page.getByTestId("places-served")).containsText("out of area");
    }
}
