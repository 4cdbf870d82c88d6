package org.openics.dashboard.chart;

import java.util.List;
import org.openics.dashboard.rag.Rag;

/** The key of a chart's colours: one outlined swatch per rating colour its marks use, with the palette's words. */
final class Legend {

    static final double ROW = 20;
    private static final double COLUMN = 250;

    private Legend() {}

    static int rows(List<Rag> tones, double width) {
        int perRow = Math.max(1, (int) (width / COLUMN));
        return (tones.size() + perRow - 1) / perRow;
    }

    /** Draws the swatches from (x, y) on, as many to a row as fit the width; y is the first row's middle. */
    static void colours(Svg svg, List<Rag> tones, double x, double y, double width) {
        int perRow = Math.max(1, (int) (width / COLUMN));
        for (int i = 0; i < tones.size(); i++) {
            double cx = x + (i % perRow) * COLUMN;
            double cy = y + (i / perRow) * ROW;
            svg.swatch(cx, cy - 6, 12, tones.get(i).colour());
            svg.text(cx + 18, cy + 4, tones.get(i).legend(), "start", "class=\"chart-legend\"");
        }
    }

    /** The distinct colours of the bars with a value, in palette order. */
    static List<Rag> of(List<Bar> bars) {
        return bars.stream()
                .filter(Bar::hasValue)
                .map(Bar::tone)
                .distinct()
                .sorted()
                .toList();
    }
}
