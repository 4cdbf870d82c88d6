package org.openics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openics.analytics.PopulationHealth;
import org.openics.kernel.OdsCode;
import org.openics.platform.ProgressListener;
import org.openics.registry.DemoSystem;
import org.openics.registry.ImportOptions;
import org.openics.registry.Registry;
import org.openics.support.Browser;
import org.openics.support.PlatformIT;
import org.openics.support.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;

/** `serve` on real data: the overview offers every ICS of the registry, remembers the one chosen, and opens on the loaded one. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IcsChooserIT extends PlatformIT {

    @Autowired
    Registry registry;

    @Autowired
    PopulationHealth health;

    @BeforeAll
    void theRegistryHoldsEnglandAndSouthEastLondonsPractices() {
        // as RegistryIT does, on the same store: importing again changes nothing
        for (String file :
                new String[] {ReferenceData.MAPPING, ReferenceData.LIST_SIZES, ReferenceData.SEL_PRACTICES}) {
            registry.importFile(ReferenceData.file(file), ImportOptions.defaults(), ProgressListener.NONE);
        }
    }

    private String name(String icb) {
        return registry.organisation(OdsCode.of(icb), LocalDate.now())
                .orElseThrow()
                .name();
    }

    @Test
    void theChosenIcsIsShownAndRememberedByTheBrowser() {
        Page page = Browser.newPage();
        page.navigate(url("/"));
        assertThat(page.locator("[data-testid=ics-chooser] option").count()).isGreaterThanOrEqualTo(42);
        page.selectOption("#ics", "QHM");
        page.click("[data-testid=ics-chooser] button");
        page.waitForURL("**/?ics=QHM");
        assertThat(page.textContent("h1")).isEqualTo(name("QHM"));
        page.navigate(url("/"));
        assertThat(page.textContent("h1")).as("remembered without ?ics").isEqualTo(name("QHM"));
        assertThat(page.inputValue("#ics")).isEqualTo("QHM");
        page.navigate(url("/?ics=QKK"));
        page.navigate(url("/"));
        assertThat(page.textContent("h1")).isEqualTo(name("QKK"));
        // no analytics describe South East London's real ICB here: its tiles show no value rather than another ICS's
        assertThat(page.locator("[data-testid=tile-value]").allTextContents()).allMatch(v -> v.equals("–"));
        Browser.screenshot(page, "dashboard-ics-chooser");
    }

    @Test
    void aNewBrowserOpensOnTheIcsWhosePracticeFilesWereLoadedNotTheAlphabeticallyFirst() {
        Page page = Browser.newPage();
        page.navigate(url("/"));
        boolean analysed = health.lastRefresh().isPresent();
        boolean demo = registry.organisation(OdsCode.of(DemoSystem.ICB_CODE), LocalDate.now())
                .isPresent();
        if (!analysed && !demo) {
            // South East London is the only ICS with places: its practice file was loaded
            assertThat(page.textContent("h1")).isEqualTo(name("QKK"));
        }
        assertThat(page.textContent("h1"))
                .isNotEqualTo(name("QOX")); // Bath and North East Somerset, Swindon and Wiltshire
        assertThat(page.inputValue("#ics"))
                .as("the chooser starts on the ICS shown")
                .isNotEmpty();
        assertThat(page.locator("#ics option").first().getAttribute("value")).isEqualTo(page.inputValue("#ics"));
    }

    @Test
    void onRealDataThePagesDoNotSuggestTheDemo() {
        Page page = Browser.newPage();
        page.navigate(url("/?ics=QKK"));
        boolean demo = registry.organisation(OdsCode.of(DemoSystem.ICB_CODE), LocalDate.now())
                .isPresent();
        if (page.locator("[data-testid=not-refreshed]").count() > 0) {
            String note = page.textContent("[data-testid=not-refreshed]");
            if (demo) {
                assertThat(note).contains("./openics demo");
            } else {
                assertThat(note).doesNotContain("demo").contains("./openics indicators refresh");
            }
        } else {
            assertThat(health.lastRefresh()).isPresent();
        }
    }
}
