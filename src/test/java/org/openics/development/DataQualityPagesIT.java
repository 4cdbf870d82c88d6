package org.openics.development;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openics.platform.ProgressListener;
import org.openics.record.IngestOptions;
import org.openics.record.IngestReport;
import org.openics.record.SharedCareRecord;
import org.openics.record.SourceStatistics;
import org.openics.registry.DemoSystem;
import org.openics.registry.Registry;
import org.openics.support.Browser;
import org.openics.support.PlatformIT;
import org.openics.synthetic.GenerationRequest;
import org.openics.synthetic.OutputFormat;
import org.openics.synthetic.SyntheticPopulation;
import org.springframework.beans.factory.annotation.Autowired;

/** The data quality page's counts for a source equal what its ingests reported. */
class DataQualityPagesIT extends PlatformIT {

    /** South London and Maudsley: in the demo registry, and sent nothing by any other test. */
    static final String SOURCE = "RV5";

    @Autowired
    SharedCareRecord record;

    @Autowired
    Registry registry;

    @Test
    void theCountsForASourceReconcileWithItsIngestsIncludingAResend(@TempDir Path dir) throws Exception {
        registry.loadDemoIcs();
        LocalDate asAt = LocalDate.parse("2026-06-30");
        SyntheticPopulation.fhir()
                .generate(
                        DemoSystem.asAt(asAt),
                        new GenerationRequest(DemoSystem.ICB_CODE, 0.0002, 4711, dir, OutputFormat.NDJSON, asAt, 0.02),
                        ProgressListener.NONE);
        IngestOptions options = IngestOptions.from(SOURCE).with(IngestOptions.Validation.STRUCTURAL);
        IngestReport first = record.ingest(List.of(dir), options, ProgressListener.NONE);
        IngestReport resent = record.ingest(List.of(dir), options, ProgressListener.NONE);
        assertThat(first.quarantined()).isPositive();
        assertThat(resent.stored()).isZero();

        SourceStatistics statistics = record.sourceStatistics().stream()
                .filter(s -> s.source().equals(SOURCE))
                .findFirst()
                .orElseThrow();
        assertThat(statistics.stored()).isEqualTo(first.stored());
        assertThat(statistics.duplicates()).isEqualTo(first.duplicates() + resent.duplicates());
        assertThat(statistics.quarantined())
                .as("a resource quarantined again when re-sent counts once")
                .isEqualTo(first.quarantined());
        assertThat(statistics.received())
                .isEqualTo(statistics.stored() + statistics.duplicates() + statistics.quarantined());
        assertThat(statistics.ingests()).isEqualTo(2);

        Page page = Browser.newPage();
        page.navigate(url("/data-quality"));
        assertThat(page.locator("h1")).hasText("Data quality by source");
        Locator row = page.locator("[data-testid=sources] tr[data-source=" + SOURCE + "]");
        assertThat(row.locator("th")).hasText("South London and Maudsley NHS Foundation Trust");
        assertThat(row.getByTestId("received")).hasText(String.format("%,d", statistics.received()));
        assertThat(row.getByTestId("stored")).hasText(String.format("%,d", first.stored()));
        assertThat(row.getByTestId("duplicates"))
                .hasText(String.format("%,d", first.duplicates() + resent.duplicates()));
        assertThat(row.getByTestId("quarantined")).containsText(String.format("%,d", first.quarantined()));
        assertThat(row.getByTestId("freshness")).hasText("Fresh");
        long reasons = page
                .locator("[data-testid=reasons] tr[data-source=" + SOURCE + "] td:nth-child(3)")
                .allTextContents()
                .stream()
                .mapToLong(t -> Long.parseLong(t.replace(",", "")))
                .sum();
        assertThat(reasons).isEqualTo(first.quarantined());
        Browser.screenshot(page, "data-quality");
    }
}
