package org.openics.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openics.kernel.NhsNumber;
import org.openics.platform.ProgressListener;
import org.openics.registry.ImportOptions;
import org.openics.registry.Registry;
import org.openics.support.Browser;
import org.openics.support.PlatformIT;
import org.openics.support.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;

/** A person's "Recent results" in a real browser: every kind of value shown, organisations by name, the NHS number spaced. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonResultsPageIT extends PlatformIT {

    static final NhsNumber FLORENCE = new NhsNumber("9990000050");

    @Autowired
    SharedCareRecord record;

    @Autowired
    Registry registry;

    @BeforeAll
    void ingestFlorenceAndThePublishedPractices() {
        // the published England file (idempotent: other tests of this store import it too) names practice A81001
        registry.importFile(ReferenceData.file(ReferenceData.MAPPING), ImportOptions.defaults(), ProgressListener.NONE);
        IngestReport report = record.ingest(
                List.of(Path.of("src/test/resources/record/results")),
                IngestOptions.from("Z00001"),
                ProgressListener.NONE);
        assertThat(report.quarantined()).as(report.toString()).isZero();
    }

    private Page florence() {
        Page page = Browser.signedIn(url("/record"), "clinician");
        page.fill("#nhsNumber", "9990000050");
        page.click("button:has-text('Find')");
        page.waitForSelector("[data-testid=name]");
        return page;
    }

    private static Locator result(Page page, String heading) {
        return page.locator(".record-trend").filter(new Locator.FilterOptions().setHasText(heading));
    }

    @Test
    void aBloodPressurePanelShowsSystolicOverDiastolicNewestFirstAndIsChartedAsTwoLines() {
        Page page = florence();
        Locator bp = result(page, "Blood pressure");
        assertThat(bp.locator("tbody tr").first().locator("td.num").textContent())
                .isEqualTo("138/86 mmHg");
        assertThat(bp.locator("tbody tr").nth(1).locator("td.num").textContent())
                .isEqualTo("142/90 mmHg");
        assertThat(bp.locator(".record-chart").getAttribute("data-second")).isEqualTo("90.0,86.0");
        assertThat(bp.locator(".record-chart canvas").count()).isPositive();
        Browser.screenshot(page, "record-results");
    }

    @Test
    void aCodedSmokingStatusShowsItsDisplayAndAnAuditCScoreItsInteger() {
        Page page = florence();
        assertThat(result(page, "Tobacco smoking status").locator("td.num").textContent())
                .isEqualTo("Ex-smoker");
        // a coded value has no line to draw
        assertThat(result(page, "Tobacco smoking status")
                        .locator(".record-chart")
                        .count())
                .isZero();
        assertThat(result(page, "AUDIT-C").locator("td.num").textContent()).isEqualTo("4");
    }

    @Test
    void organisationsAreNamedFromTheRegistryWithTheirCodeAndAnUnknownOneByItsCodeAlone() {
        Page page = florence();
        String recordedBy = result(page, "Blood pressure")
                .locator("tbody tr")
                .first()
                .locator("td")
                .nth(2)
                .textContent();
        assertThat(recordedBy).endsWith(" (A81001)").containsIgnoringCase("Densham");
        assertThat(result(page, "Tobacco smoking status")
                        .locator("tbody td")
                        .nth(2)
                        .textContent())
                .isEqualTo("ZQQ99");
    }

    @Test
    void theNhsNumberIsShownSpacedThreeThreeFour() {
        Page page = florence();
        assertThat(page.locator(".summary dd").first().textContent()).isEqualTo("999 000 0050");
    }
}
