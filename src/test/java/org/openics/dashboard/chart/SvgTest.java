package org.openics.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.openics.dashboard.rag.Rag;

class SvgTest {

    static void assertWellFormed(String svg) {
        assertThatCode(() -> DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))))
                .doesNotThrowAnyException();
    }

    @Test
    void aLabelWithItsOwnColourHasOneFillSoTheDownloadIsWellFormedXml() {
        String svg = new Svg("t", 100, 50, "Title", "Description")
                .text(1, 2, "axis", "middle", "fill=\"#4c6272\"")
                .close();
        assertThat(svg).contains("fill=\"#4c6272\"").doesNotContain("fill=\"#212b32\"");
        assertWellFormed(svg);
    }

    @Test
    void chartsWithAxisLabelsAndMapsAreWellFormedXml() {
        assertWellFormed(IntervalChart.svg(
                "c",
                "Chart & more",
                "d",
                List.of(new Bar("A", 1.0, 0.5, 1.5, Rag.GREEN), new Bar("B (suppressed)", null, null, null, Rag.NONE)),
                IntervalChart.Style.BARS,
                1.0,
                "ICS 1.0",
                "%"));
        assertWellFormed(ChoroplethMap.svg(
                "m",
                "Map",
                "d",
                List.of(new ChoroplethMap.Region(
                        "A",
                        "A & B",
                        ChoroplethMapTest.square(0, 0, 1),
                        "#ffffff",
                        "A & B: 1 — <fifth>",
                        "/x?a=1&b=2",
                        "A & B")),
                List.of(new ChoroplethMap.Key("#ffffff", "Lowest fifth", 1))));
    }
}
