package org.openics.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openics.geography.Shape;

class ChoroplethMapTest {

    static Shape square(double x, double y, double size) {
        return Shape.of(List.of(new double[] {x, y, x + size, y, x + size, y + size, x, y + size, x, y}));
    }

    @Test
    void everyAreaIsOnePathWithItsTooltipInsideTheChartAndTheLegendCountsAreas() {
        String svg = ChoroplethMap.svg(
                "m",
                "Map title",
                "Map description",
                List.of(
                        new ChoroplethMap.Region(
                                "A", "Area A", square(0, 0, 1), "#007f3b", "Area A: 1.0 — Better", "/a", "A"),
                        new ChoroplethMap.Region(
                                "B", "Area B", square(1, 0, 1), "#d5281b", "Area B: 9.0 — Worse", null, null)),
                List.of(new ChoroplethMap.Key("#007f3b", "Better", 1), new ChoroplethMap.Key("#d5281b", "Worse", 1)));
        assertThat(svg)
                .startsWith("<svg")
                .contains("<title id=\"m-title\">Map title</title>")
                .contains("role=\"img\"");
        assertThat(count(svg, "<path class=\"map-area\"")).isEqualTo(2);
        assertThat(svg)
                .contains("<title>Area A: 1.0 — Better</title>")
                .contains("<a href=\"/a\"")
                .contains("Worse (1)")
                .contains(">A</text>");
        Matcher d = Pattern.compile(" d=\"M([0-9.]+) ([0-9.]+)").matcher(svg);
        while (d.find()) {
            assertThat(Double.parseDouble(d.group(1))).isBetween(0.0, ChoroplethMap.WIDTH);
        }
    }

    @Test
    void aLabelGoesAtTheCentreOfTheLargestRing() {
        Shape shape = Shape.of(List.of(
                new double[] {10, 10, 10.1, 10, 10.1, 10.1, 10, 10.1, 10, 10},
                new double[] {0, 0, 4, 0, 4, 2, 0, 2, 0, 0}));
        assertThat(ChoroplethMap.centroid(shape))
                .containsExactly(new double[] {2, 1}, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void northIsUpAndPointsCloserThanAPixelAreDropped() {
        double[] ring = new double[2002];
        for (int i = 0; i < 1000; i++) {
            ring[2 * i] = i * 1e-6;
            ring[2 * i + 1] = i < 500 ? 0 : 1;
        }
        ring[2000] = 0;
        ring[2001] = 0;
        String d = ChoroplethMap.path(Shape.of(List.of(ring)), 0, 1, 100, 0, 0);
        assertThat(count(d, "L")).isLessThan(20);
        assertThat(d).startsWith("M0 100").endsWith("Z");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
