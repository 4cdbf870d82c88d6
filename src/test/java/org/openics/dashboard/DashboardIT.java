package org.openics.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openics.analytics.Indicator;
import org.openics.analytics.IndicatorValue;
import org.openics.analytics.Level;
import org.openics.analytics.PopulationHealth;
import org.openics.geography.Boundaries;
import org.openics.geography.BoundaryLevel;
import org.openics.platform.ProgressListener;
import org.openics.record.IngestOptions;
import org.openics.record.SharedCareRecord;
import org.openics.registry.DemoSystem;
import org.openics.registry.Registry;
import org.openics.support.Browser;
import org.openics.support.PlatformIT;
import org.openics.support.ReferenceData;
import org.openics.synthetic.GenerationRequest;
import org.openics.synthetic.OutputFormat;
import org.openics.synthetic.SyntheticPopulation;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard in a real headless Chromium on a small demo population (generated, ingested by the record,
 * refreshed by analytics): overview → a place → a PCN → an indicator → its funnel plot → CSV, with the
 * numbers on screen checked against the analytics API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIT extends PlatformIT {

    // the same population as the analytics ITs, so that whichever runs first the other ingests nothing new
    static final LocalDate AS_AT = LocalDate.of(2026, 6, 30);

    @Autowired
    Registry registry;

    @Autowired
    SharedCareRecord record;

    @Autowired
    PopulationHealth health;

    @Autowired
    Boundaries boundaries;

    @BeforeAll
    void aSmallDemoPopulationAnalysed() throws Exception {
        registry.loadDemoIcs();
        Path out = HOME.resolve("indicators-small");
        SyntheticPopulation.fhir()
                .generate(
                        DemoSystem.asAt(AS_AT),
                        new GenerationRequest(DemoSystem.ICB_CODE, 0.003, 7, out, OutputFormat.NDJSON, AS_AT, 0),
                        ProgressListener.NONE);
        try (Stream<Path> files = Files.list(out)) {
            record.ingest(
                    files.filter(f -> f.toString().endsWith(".ndjson")).sorted().toList(),
                    IngestOptions.from(null).with(IngestOptions.Validation.STRUCTURAL),
                    ProgressListener.NONE);
        }
        health.refresh(ProgressListener.NONE);
    }

    @Test
    void aVisitorWalksFromTheOverviewToAFunnelPlotAndItsCsvAndTheNumbersMatchTheApi() throws Exception {
        Page page = Browser.newPage();
        List<Indicator> headline =
                health.catalogue().stream().filter(Indicator::headline).toList();
        Indicator first = headline.get(0);
        IndicatorValue ics =
                health.values(first.id(), Level.ICS, Optional.empty()).get(0);

        page.navigate(url("/"));
        assertThat(page.locator("h1"))
                .hasText(registry.asAt(LocalDate.now())
                        .organisation(org.openics.kernel.OdsCode.of(DemoSystem.ICB_CODE))
                        .orElseThrow()
                        .name());
        Locator tiles = page.getByTestId("headlines").locator("li");
        assertThat(tiles).hasCount(headline.size());
        JsonNode icsApi = api(page, "/api/indicators/" + first.id() + "/values/ICS/" + ics.code());
        assertThat(tiles.first().getByTestId("tile-value"))
                .hasText(shown(first, icsApi.get("value").asDouble()));
        assertThat(page.getByTestId("places").locator("thead th")).hasCount(2 + 6);
        assertThat(page.getByTestId("segments").locator("li")).hasCount(6);
        assertThat(page.getByTestId("rag-rule")).containsText("95% confidence");
        shot(page, "dashboard-overview");

        IndicatorValue place = health.values(first.id(), Level.PLACE, Optional.empty()).stream()
                .filter(v -> v.name().startsWith("Lambeth"))
                .findFirst()
                .orElseThrow();
        page.getByTestId("segments")
                .getByText(place.name(), new Locator.GetByTextOptions().setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText(place.name());
        assertThat(page.locator(".nhsuk-breadcrumb")).containsText(ics.name());
        Locator firstRow = page.getByTestId("indicators").locator("tbody tr").first();
        assertThat(firstRow).containsText(first.title());
        assertThat(firstRow.locator("td").nth(1))
                .hasText(shown(
                        first,
                        api(page, "/api/indicators/" + first.id() + "/values/PLACE/" + place.code())
                                .get("value")
                                .asDouble()));
        shot(page, "dashboard-place");

        IndicatorValue pcn =
                health.values(first.id(), Level.PCN, Optional.of(place.code())).get(0);
        // choose 99.8% on the place page; the link to the PCN keeps it
        page.locator("#confidence").selectOption("99.8");
        page.locator(".dash-filters button").click();
        page.waitForURL("**/dashboard/place/" + place.code() + "?confidence=99.8");
        page.getByTestId("children")
                .locator("thead th a[href*='/dashboard/pcn/" + pcn.code() + "']")
                .click();
        page.waitForURL("**/dashboard/pcn/" + pcn.code() + "?confidence=99.8");
        assertThat(page.locator("h1")).hasText(pcn.name());
        assertThat(page.locator(".nhsuk-breadcrumb")).containsText(place.name());
        assertThat(page.locator("#confidence")).hasValue("99.8");
        assertThat(page.getByTestId("rag-rule")).containsText("99.8% confidence");
        shot(page, "dashboard-pcn");

        // the indicator for the PCN, keeping the confidence level in the address
        page.getByTestId("indicators")
                .getByText(first.title() + " (" + first.unit() + ")", new Locator.GetByTextOptions().setExact(true))
                .click();
        page.waitForURL("**/indicators/" + first.id() + "?level=PCN&code=" + pcn.code() + "&confidence=99.8");
        assertThat(page.locator("h1")).hasText(first.title());
        JsonNode pcnApi = api(page, "/api/indicators/" + first.id() + "/values/PCN/" + pcn.code());
        assertThat(page.getByTestId("value"))
                .hasText(shown(first, pcnApi.get("value").asDouble()));
        assertThat(page.getByTestId("interval"))
                .hasText(shown(first, pcnApi.get("lower998").asDouble()) + " to "
                        + shown(first, pcnApi.get("upper998").asDouble()));
        assertThat(page.getByTestId("benchmark"))
                .hasText(shown(first, icsApi.get("value").asDouble()));
        shot(page, "dashboard-indicator-pcn");

        // the place's practices on a funnel plot, at 95%
        page.navigate(url("/indicators/" + first.id() + "?level=PLACE&code=" + place.code()));
        Locator funnel = page.getByTestId("funnel-chart");
        assertThat(funnel.locator("svg title").first()).containsText("Funnel plot of " + first.title());
        JsonNode practices =
                api(page, "/api/indicators/" + first.id() + "/values?level=PRACTICE&parent=" + place.code());
        assertThat(page.getByTestId("units").locator("tbody tr")).hasCount(practices.size());
        JsonNode practice = null;
        for (JsonNode p : practices) {
            if (!p.get("suppressed").asBoolean()) {
                practice = p;
                break;
            }
        }
        assertThat(practice).as("a practice with a value").isNotNull();
        String practiceCode = practice.get("code").asText();
        double practiceValue = practice.get("value").asDouble();
        Locator practiceRow =
                page.getByTestId("units").locator("tbody tr", new Locator.LocatorOptions().setHasText(practiceCode));
        assertThat(practiceRow.locator("td").nth(3)).hasText(shown(first, practiceValue));
        funnel.scrollIntoViewIfNeeded();
        shot(page, "dashboard-indicator-funnel");

        Download download =
                page.waitForDownload(() -> page.getByTestId("csv-units").click());
        List<String> csv = Files.readAllLines(download.path());
        assertThat(csv.get(0)).startsWith("Practice,Code,Numerator,Denominator,Value,Lower 95% limit,Upper 95% limit");
        assertThat(csv).hasSize(practices.size() + 1);
        assertThat(csv)
                .anyMatch(line -> line.contains("," + practiceCode + ",")
                        && line.contains("," + String.format(Locale.ROOT, "%.1f", practiceValue) + ","));

        APIResponse svg =
                page.request().get(url("/indicators/" + first.id() + "/funnel.svg?level=PLACE&code=" + place.code()));
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.headers().get("content-type")).startsWith("image/svg+xml");
        assertThat(svg.text()).contains("<desc");
    }

    @Test
    void theInequalitiesPageOfAPlaceShowsTheGradientAndAttributableDeaths() {
        Page page = Browser.newPage();
        IndicatorValue place = health.values(health.catalogue().get(0).id(), Level.PLACE, Optional.empty())
                .get(0);
        page.navigate(url("/dashboard/place/" + place.code() + "/inequalities"));
        assertThat(page.locator("h1")).hasText("Inequalities");
        assertThat(page.getByTestId("indices").locator("tbody tr").first()).isVisible();
        assertThat(page.getByTestId("gradient-chart").locator("svg")).isVisible();
        String selected = page.locator("#indicator").inputValue();
        int deciles = health.inequality(selected, Level.PLACE, place.code())
                .orElseThrow()
                .deciles()
                .size();
        assertThat(deciles).isBetween(2, 10);
        assertThat(page.getByTestId("deciles").locator("tbody tr")).hasCount(deciles);
        shot(page, "dashboard-inequalities");
    }

    @Test
    void theIcsIndicatorPageMapsThePlacesWithImportedBoundariesBesideTheirTableAndOffersAPicture() throws Exception {
        try (var in = Files.newInputStream(ReferenceData.file("sel/sel_boroughs_lad22_wgs84.geojson"))) {
            boundaries.importGeoJson("sel_boroughs_lad22_wgs84.geojson", in, BoundaryLevel.PLACE, Optional.empty());
        }
        Indicator first = health.catalogue().stream()
                .filter(Indicator::headline)
                .findFirst()
                .orElseThrow();
        List<IndicatorValue> places = health.values(first.id(), Level.PLACE, Optional.empty());
        Page page = Browser.newPage();
        page.navigate(url("/indicators/" + first.id()));
        Locator map = page.getByTestId("map-chart");
        assertThat(map.locator("svg > title")).hasText(first.title() + ": places in the ICS");
        assertThat(map.locator("path.map-area")).hasCount(6);
        assertThat(page.getByTestId("map-note")).hasCount(0);
        IndicatorValue lambeth = places.stream()
                .filter(v -> v.name().startsWith("Lambeth"))
                .findFirst()
                .orElseThrow();
        assertThat(map.locator("path.map-area[data-code='" + lambeth.code() + "'] > title"))
                .containsText(lambeth.name() + ": " + shown(first, lambeth.value()));
        // the map as a table: one row per place, with the same value as the API
        Locator table = page.getByTestId("map");
        assertThat(table.locator("tbody tr")).hasCount(places.size());
        Locator row = table.locator("tbody tr", new Locator.LocatorOptions().setHasText(lambeth.code()));
        assertThat(row.locator("td").nth(3))
                .hasText(shown(
                        first,
                        api(page, "/api/indicators/" + first.id() + "/values/PLACE/" + lambeth.code())
                                .get("value")
                                .asDouble()));
        assertThat(row.locator("td").last()).hasText("Yes");
        // an area on the map is a link to the place's indicator page, reachable with the keyboard
        assertThat(map.locator("a[href*='code=" + lambeth.code() + "']")).hasCount(1);
        map.scrollIntoViewIfNeeded();
        shot(page, "dashboard-indicator-map");
        page.getByTestId("map-section")
                .screenshot(
                        new Locator.ScreenshotOptions().setPath(Path.of("target", "screenshots", "dashboard-map.png")));

        APIResponse png = page.request().get(url("/indicators/" + first.id() + "/map.png"));
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.headers().get("content-type")).isEqualTo("image/png");
        java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body()));
        assertThat(picture.getWidth()).isEqualTo(1280);
        assertThat(picture.getHeight()).isBetween(400, 1400);
        Files.write(Path.of("target", "screenshots", "dashboard-map-download.png"), png.body());
        // a trend is drawn only with two periods or more: one indicator with a single period has none, one with several
        // has its picture
        Indicator trended = health.catalogue().stream()
                .filter(i -> health.trend(i.id(), Level.PLACE, lambeth.code()).stream()
                                .filter(v -> !v.suppressed())
                                .count()
                        > 1)
                .findFirst()
                .orElseThrow();
        Indicator single = health.catalogue().stream()
                .filter(i -> health.trend(i.id(), Level.PLACE, lambeth.code()).size() == 1)
                .findFirst()
                .orElseThrow();
        assertThat(page.request()
                        .get(url("/indicators/" + single.id() + "/trend.png?level=PLACE&code=" + lambeth.code()))
                        .status())
                .isEqualTo(404);
        APIResponse trend = page.request()
                .get(url("/indicators/" + trended.id() + "/trend.png?level=PLACE&code=" + lambeth.code()));
        assertThat(trend.status()).isEqualTo(200);
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(trend.body()))
                        .getWidth())
                .isGreaterThan(1000);
        assertThat(page.getByTestId("map-chart-png")).hasAttribute("href", "/indicators/" + first.id() + "/map.png");

        // the overview shows the places by segment on the same boundaries, beside the list that says it in words
        page.navigate(url("/"));
        assertThat(page.getByTestId("segment-map").locator("path.map-area")).hasCount(6);
        assertThat(page.getByTestId("segment-map").locator("path.map-area[data-code='" + lambeth.code() + "'] > title"))
                .hasText(java.util.regex.Pattern.compile("^" + lambeth.name()
                        + ": (Segment [1-4]|Not segmented)")); // Playwright matches in JavaScript: no \Q quoting
        page.locator("#segments")
                .locator("xpath=..")
                .screenshot(new Locator.ScreenshotOptions()
                        .setPath(Path.of("target", "screenshots", "dashboard-overview-segments.png")));
    }

    @Test
    void aPlaceWhoseSmallAreasHaveNoImportedBoundaryKeepsTheTableAndSaysHowManyAreMissing() throws Exception {
        try (var in = Files.newInputStream(ReferenceData.file("sel/sel_lsoa21_wgs84.geojson"))) {
            boundaries.importGeoJson("sel_lsoa21_wgs84.geojson", in, BoundaryLevel.LSOA, Optional.empty());
        }
        Indicator first = health.catalogue().stream()
                .filter(Indicator::headline)
                .findFirst()
                .orElseThrow();
        // not Lambeth, whose small areas the look test outlines synthetically
        IndicatorValue place = health.values(first.id(), Level.PLACE, Optional.empty()).stream()
                .filter(v -> !v.name().startsWith("Lambeth"))
                .findFirst()
                .orElseThrow();
        int lsoas =
                health.values(first.id(), Level.LSOA, Optional.of(place.code())).size();
        assertThat(lsoas).isPositive();
        Page page = Browser.newPage();
        page.navigate(url("/indicators/" + first.id() + "?level=PLACE&code=" + place.code()));
        // the demo's small areas are synthetic (E01Z...): the real boundaries match none of them
        assertThat(page.getByTestId("map-note"))
                .hasText("No map: none of the " + lsoas
                        + " small areas (LSOAs) has an imported boundary. The table lists every area.");
        assertThat(page.getByTestId("map-chart")).hasCount(0);
        assertThat(page.getByTestId("map").locator("tbody tr")).hasCount(lsoas);
        assertThat(page.getByTestId("period-scope")).containsText("latest period");

        // an earlier period: the value at the top follows it, the page says what stays on the latest period, the
        // address keeps it
        Indicator trended = health.catalogue().stream()
                .filter(i -> health.trend(i.id(), Level.PLACE, place.code()).size() > 1)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no indicator with more than one period"));
        List<IndicatorValue> trend = health.trend(trended.id(), Level.PLACE, place.code());
        IndicatorValue earlier = trend.get(0);
        page.navigate(url("/indicators/" + trended.id() + "?level=PLACE&code=" + place.code()));
        page.locator("#period").selectOption(earlier.period());
        page.getByTestId("period-filter").locator("button").click();
        page.waitForURL(url -> url.contains("period="));
        assertThat(page.getByTestId("period")).hasText(org.openics.dashboard.view.Dates.nhs(earlier.period()));
        assertThat(page.getByTestId("value")).hasText(earlier.suppressed() ? "*" : shown(trended, earlier.value()));
        assertThat(page.getByTestId("period-scope"))
                .containsText("Period " + org.openics.dashboard.view.Dates.nhs(earlier.period())
                        + ": the value, interval and rating at the top");
        assertThat(page.getByTestId("period-scope"))
                .containsText("latest period, "
                        + org.openics.dashboard.view.Dates.nhs(
                                trend.get(trend.size() - 1).period()));
        assertThat(page.locator("#period")).hasValue(earlier.period());
    }

    @Test
    void aBadFilterInTheAddressIsExplained() {
        Page page = Browser.newPage();
        var response = page.navigate(url("/?confidence=90"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(page.getByTestId("message")).hasText("confidence must be 95 or 99.8, not '90'");
    }

    /** The widths every page is looked at: a laptop and a phone. */
    static final int[] WIDTHS = {1366, 390};

    @Test
    void thePagesReadAtLaptopAndPhoneWidthsWithChartsThatFitLabelsThatDoNotOverlapAndLegendsThatMatchTheMarks() {
        // Lambeth's small areas outlined as the demo does it, so its LSOA map shows without an import
        var ics = DemoSystem.asAt(AS_AT);
        var lambethPlace = org.openics.kernel.OdsCode.of("LCPZ-E09000022");
        boundaries.drawSynthetic(List.of(new org.openics.geography.SyntheticPlace(
                "E09000022",
                "Lambeth (synthetic outline)",
                -0.1168,
                51.4571,
                ics.lsoasIn(lambethPlace).stream()
                        .map(o -> new org.openics.geography.SyntheticPlace.SmallArea(
                                o.code().value(), o.name()))
                        .sorted(java.util.Comparator.comparing(org.openics.geography.SyntheticPlace.SmallArea::code))
                        .toList())));
        Indicator hypertension = health.catalogue().stream()
                .filter(i -> i.id().equals("hypertension-prevalence"))
                .findFirst()
                .orElseThrow();
        int lambethLsoas = health.values(hypertension.id(), Level.LSOA, Optional.of(lambethPlace.value()))
                .size();
        for (int width : WIDTHS) {
            Page page = Browser.newPage();
            page.setViewportSize(width, 900);

            page.navigate(url("/"));
            assertThat(page.getByTestId("what-openics-is")).containsText("open-source operating platform");
            assertThat(page.locator("header nav[aria-label=Main] a[href='/indicators']"))
                    .hasCount(1);
            assertThat(page.locator("header nav[aria-label=Main] a[href='/cohorts']"))
                    .containsText("(sign in)");
            assertThat(page.getByTestId("palette").locator("li"))
                    .hasCount(org.openics.dashboard.rag.Rag.values().length);
            fitsTheScreen(page, width);
            shot(page, "look-overview-" + width);

            page.navigate(url("/dashboard/place/" + lambethPlace.value()));
            if (width < 641) {
                assertThat(page.getByTestId("back-link")).isVisible();
                assertThat(page.locator(".nhsuk-breadcrumb__list")).isHidden();
            }
            fitsTheScreen(page, width);
            // the first column of a wide table stays in view when it scrolls sideways
            assertThat(page.getByTestId("children").locator("tbody th").first()).hasCSS("position", "sticky");
            shot(page, "look-place-" + width);

            // the worst chart page: every practice of the ICS on one funnel plot and one caterpillar chart
            page.navigate(url("/indicators/" + hypertension.id()));
            fitsTheScreen(page, width);
            chartsFitTheirContainer(page);
            labelsDoNotOverlap(page, "funnel-chart");
            labelsDoNotOverlap(page, "caterpillar-chart");
            legendMatchesTheMarks(page, "funnel-chart");
            legendMatchesTheMarks(page, "caterpillar-chart");
            legendMatchesTheMarks(page, "breakdown-chart");
            assertThat(page.getByTestId("map-import")).hasCount(0);
            shot(page, "look-indicator-ics-" + width);
            page.getByTestId("funnel-chart")
                    .screenshot(new Locator.ScreenshotOptions()
                            .setPath(Path.of("target", "screenshots", "look-funnel-" + width + ".png")));

            // a place: its small areas on a synthetic map, said to be synthetic
            page.navigate(url("/indicators/" + hypertension.id() + "?level=PLACE&code=" + lambethPlace.value()));
            assertThat(page.getByTestId("map-chart").locator("path.map-area")).hasCount(lambethLsoas);
            assertThat(page.getByTestId("map-synthetic")).containsText("Synthetic outlines");
            fitsTheScreen(page, width);
            chartsFitTheirContainer(page);
            labelsDoNotOverlap(page, "funnel-chart");
            shot(page, "look-indicator-place-" + width);

            // life expectancy: the breakdown's axis fits the values (no bars from zero)
            page.navigate(url("/indicators/life-expectancy-birth-female?by=DEPRIVATION_QUINTILE"));
            Object lowestTick = page.getByTestId("breakdown-chart")
                    .locator("svg")
                    .evaluate(
                            "svg => Math.min(...[...svg.querySelectorAll('text')].map(t => parseFloat(t.textContent)).filter(n => !isNaN(n) && n > 0))");
            assertThat(((Number) lowestTick).doubleValue())
                    .as("the lowest tick of the life expectancy axis")
                    .isGreaterThan(40);
            shot(page, "look-life-expectancy-" + width);

            page.navigate(url("/dashboard/place/" + lambethPlace.value() + "/inequalities"));
            fitsTheScreen(page, width);
            shot(page, "look-inequalities-" + width);
            page.context().close();
        }
    }

    /** The page never scrolls sideways as a whole: wide tables scroll inside their own box. */
    static void fitsTheScreen(Page page, int width) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        Object scrollWidth = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue())
                .as("page width at " + width + " px")
                .isLessThanOrEqualTo(width);
    }

    /** Every chart is as wide as its box (or its readable maximum), never wider. */
    static void chartsFitTheirContainer(Page page) {
        Object overflowing = page.evaluate("() => [...document.querySelectorAll('.dash-chart svg')].filter(svg =>"
                + " svg.getBoundingClientRect().width > svg.parentElement.getBoundingClientRect().width + 1).length");
        assertThat(((Number) overflowing).intValue())
                .as("charts wider than their container")
                .isZero();
    }

    /** No two labels of the chart overlap (bounding boxes as the browser lays them out), nor a label any other text of it. */
    static void labelsDoNotOverlap(Page page, String testId) {
        Locator svg = page.getByTestId(testId).locator("svg");
        if (svg.count() == 0) {
            return;
        }
        Object result = svg.evaluate(
                "svg => { const labels = [...svg.querySelectorAll('text.chart-label')].map(t => t.getBBox());"
                        + " const others = [...svg.querySelectorAll('text:not(.chart-label)')].map(t => t.getBBox());"
                        + " const hit = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;"
                        + " let n = 0; labels.forEach((a, i) => { labels.forEach((b, j) => { if (j > i && hit(a, b)) n++; });"
                        + " others.forEach(b => { if (hit(a, b)) n++; }); }); return [labels.length, n]; }");
        List<?> counts = (List<?>) result;
        assertThat(((Number) counts.get(1)).intValue())
                .as(testId + ": overlapping labels among " + counts.get(0))
                .isZero();
    }

    /** The legend's swatches are exactly the colours of the chart's marks (those with a tooltip). */
    static void legendMatchesTheMarks(Page page, String testId) {
        Locator svg = page.getByTestId(testId).locator("svg");
        if (svg.count() == 0) {
            return;
        }
        Object marks = svg.evaluate(
                "svg => [...new Set([...svg.querySelectorAll('.mark')].map(e => e.getAttribute('fill')))].sort()");
        Object swatches = svg.evaluate(
                "svg => [...new Set([...svg.querySelectorAll('.swatch')].map(e => e.getAttribute('fill')))].sort()");
        assertThat((List<?>) swatches).as(testId + " legend").isNotEmpty().isEqualTo(marks);
    }

    /** What the analytics REST API answers (the numbers the pages must show). */
    JsonNode api(Page page, String path) {
        APIResponse response = page.request().get(url(path));
        assertThat(response.status()).as(path).isEqualTo(200);
        try {
            return new ObjectMapper().readTree(response.text());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A full-page screenshot once the page has loaded completely (pages stream; assertions pass on the first rows). */
    static void shot(Page page, String name) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        Browser.screenshot(page, name);
    }

    static String shown(Indicator indicator, Double value) {
        return String.format(
                Locale.UK,
                "%,." + (indicator.statistic() == org.openics.analytics.Statistic.COUNT ? 0 : 1) + "f",
                value);
    }
}
