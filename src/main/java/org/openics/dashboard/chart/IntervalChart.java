package org.openics.dashboard.chart;

import java.util.List;
import org.openics.dashboard.rag.Rag;

/**
 * Horizontal bars (breakdowns) or dots (caterpillar: areas sorted by value) with confidence-interval whiskers and a
 * benchmark line; one row per category, labels on the left so long names stay readable. Bars start at zero, so where
 * zero lies far below every value (life expectancy, a mean) the values are drawn as dots on an axis that fits them.
 * A caterpillar of many areas is drawn ranked along the x axis instead, with only the areas rated differently from
 * the benchmark labelled (where a label fits); the table beside it names every area.
 */
public final class IntervalChart {

    private static final double WIDTH = 640;
    private static final double LABEL = 200;
    private static final double TOP = 30;
    private static final double BOTTOM = 36;
    private static final double ROW = 24;
    /** Above this many rows a caterpillar is drawn ranked (one column per area) rather than one labelled row each. */
    static final int MAX_ROWS = 30;

    private static final double RANKED_HEIGHT = 340;
    private static final double LABEL_SIZE = 12;

    /** Bars from zero, or dots for a caterpillar plot. */
    public enum Style {
        BARS,
        DOTS
    }

    private IntervalChart() {}

    /**
     * @param benchmark       the value drawn as a line (null for none)
     * @param benchmarkLabel  what the line is, e.g. "ICS 12.3"
     * @param axisLabel       the unit of the value axis
     */
    public static String svg(
            String id,
            String title,
            String description,
            List<Bar> rows,
            Style style,
            Double benchmark,
            String benchmarkLabel,
            String axisLabel) {
        double[] extent = Bar.extent(rows);
        if (extent[0] > extent[1]) {
            Svg svg = new Svg(id, WIDTH, 60, title, description);
            svg.text(
                    WIDTH / 2,
                    34,
                    "No values to show: every value is suppressed or missing (see the table)",
                    "middle",
                    null);
            return svg.close();
        }
        extent = Bar.extent(rows, benchmark);
        double lo = extent[0];
        double hi = extent[1];
        boolean zeroFar = lo > 0 && lo > (hi - lo) * 1.5 || hi < 0 && -hi > (hi - lo) * 1.5;
        Style drawn = style == Style.BARS && zeroFar ? Style.DOTS : style;
        if (drawn == Style.DOTS && rows.size() > MAX_ROWS) {
            return ranked(id, title, description, rows, lo, hi, benchmark, benchmarkLabel, axisLabel);
        }
        List<Rag> tones = Legend.of(rows);
        double plotHeight = TOP + Math.max(1, rows.size()) * ROW + BOTTOM;
        Svg svg = new Svg(id, WIDTH, plotHeight + Legend.rows(tones, WIDTH - 24) * Legend.ROW + 14, title, description);
        Legend.colours(svg, tones, 12, plotHeight + 14, WIDTH - 24);
        double plotRight = WIDTH - 24;
        Scale x = Scale.covering(lo, hi, LABEL + 8, plotRight, drawn == Style.BARS || lo >= 0 && lo < (hi - lo) * 0.6);
        double plotBottom = TOP + rows.size() * ROW;
        for (double tick : x.ticks()) {
            double px = x.at(tick);
            svg.line(px, TOP - 4, px, plotBottom, "#d8dde0", 1, null);
            svg.text(px, plotBottom + 15, Scale.label(tick), "middle", null);
        }
        if (axisLabel != null) {
            svg.text((LABEL + plotRight) / 2, plotBottom + 31, axisLabel, "middle", "fill=\"#4c6272\"");
        }
        for (int i = 0; i < rows.size(); i++) {
            Bar bar = rows.get(i);
            double cy = TOP + i * ROW + ROW / 2;
            svg.text(LABEL, cy + 4, shorten(bar.label(), (int) (LABEL / (13 * 0.58))), "end", null);
            if (!bar.hasValue()) {
                svg.text(
                        LABEL + 12,
                        cy + 4,
                        "suppressed or no value",
                        "start",
                        "font-style=\"italic\" fill=\"#4c6272\"");
                continue;
            }
            if (drawn == Style.BARS) {
                double zero = x.at(0);
                double end = x.at(bar.value());
                svg.bar(
                        Math.min(zero, end),
                        cy - ROW * 0.3,
                        Math.abs(end - zero),
                        ROW * 0.6,
                        bar.tone().colour());
            }
            whisker(svg, bar, x, cy, ROW / 4);
            if (drawn == Style.DOTS) {
                svg.marker(x.at(bar.value()), cy, 5, "circle", bar.tone().colour(), tooltip(bar));
            }
        }
        if (benchmark != null && Double.isFinite(benchmark)) {
            double bx = x.at(benchmark);
            svg.line(bx, TOP - 10, bx, plotBottom, "#212b32", 1.5, "6 3");
            svg.text(
                    bx,
                    TOP - 14,
                    benchmarkLabel == null ? "Benchmark" : benchmarkLabel,
                    "middle",
                    "font-weight=\"bold\"");
        }
        return svg.close();
    }

    /** Many areas: one column each in rank order, the value axis upright, labels only for areas rated away from the benchmark. */
    private static String ranked(
            String id,
            String title,
            String description,
            List<Bar> rows,
            double lo,
            double hi,
            Double benchmark,
            String benchmarkLabel,
            String axisLabel) {
        double left = 66;
        double right = WIDTH - 16;
        double bottom = RANKED_HEIGHT - BOTTOM;
        List<Rag> tones = Legend.of(rows);
        Svg svg =
                new Svg(id, WIDTH, RANKED_HEIGHT + Legend.rows(tones, WIDTH - 24) * Legend.ROW + 8, title, description);
        Legend.colours(svg, tones, 12, RANKED_HEIGHT + 8, WIDTH - 24);
        Scale y = Scale.covering(lo, hi, bottom, TOP, lo >= 0 && lo < (hi - lo) * 0.6);
        for (double tick : y.ticks()) {
            svg.line(left, y.at(tick), right, y.at(tick), "#eef1f3", 1, null);
            svg.text(left - 6, y.at(tick) + 4, Scale.label(tick), "end", null);
        }
        svg.line(left, bottom, right, bottom, "#212b32", 1, null);
        svg.text(
                (left + right) / 2,
                bottom + 22,
                "Areas ranked by value, highest first (" + rows.size() + ")",
                "middle",
                "fill=\"#4c6272\"");
        if (axisLabel != null) {
            double mid = (TOP + bottom) / 2;
            svg.text(
                    14,
                    mid,
                    shorten(axisLabel, (int) ((bottom - TOP) / 8)),
                    "middle",
                    "fill=\"#4c6272\" transform=\"rotate(-90 14 " + Svg.n(mid) + ")\"");
        }
        Scale x = new Scale(-0.5, rows.size() - 0.5, left + 4, right - 4);
        Labels labels = new Labels(new Labels.Box(left, TOP, right, bottom));
        for (int i = 0; i < rows.size(); i++) {
            Bar bar = rows.get(i);
            if (bar.hasValue()) {
                verticalWhisker(svg, bar, x.at(i), y);
                svg.marker(x.at(i), y.at(bar.value()), 2.5, "circle", bar.tone().colour(), tooltip(bar));
                labels.keepClear(x.at(i), y.at(bar.value()), 3);
            }
        }
        if (benchmark != null && Double.isFinite(benchmark)) {
            svg.line(left, y.at(benchmark), right, y.at(benchmark), "#212b32", 1.5, "6 3");
            Labels.Placed at = labels.place(
                    right - Labels.width(benchmarkLabel == null ? "Benchmark" : benchmarkLabel, 13) - 10,
                    y.at(benchmark),
                    8,
                    benchmarkLabel == null ? "Benchmark" : benchmarkLabel,
                    13);
            if (at != null) {
                svg.text(
                        at.x(),
                        at.y(),
                        benchmarkLabel == null ? "Benchmark" : benchmarkLabel,
                        "start",
                        "font-weight=\"bold\" class=\"chart-label\"");
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            Bar bar = rows.get(i);
            if (bar.hasValue()
                    && bar.tone() != Rag.AMBER
                    && bar.tone() != Rag.SIMILAR_NO_JUDGEMENT
                    && bar.tone() != Rag.NONE) {
                String text = shorten(bar.label(), 18);
                Labels.Placed at = labels.place(x.at(i), y.at(bar.value()), 6, text, LABEL_SIZE);
                if (at != null) {
                    svg.text(
                            at.x(),
                            at.y(),
                            text,
                            "start",
                            "class=\"chart-label\" font-size=\"" + Svg.n(LABEL_SIZE) + "\"");
                }
            }
        }
        return svg.close();
    }

    private static String tooltip(Bar bar) {
        return bar.label() + ": " + Numbers.plain(bar.value())
                + (bar.hasLimits()
                        ? " (" + Numbers.plain(bar.lower()) + " to " + Numbers.plain(bar.upper()) + ")"
                        : "");
    }

    private static void whisker(Svg svg, Bar bar, Scale x, double cy, double cap) {
        if (bar.hasLimits()) {
            double l = x.at(bar.lower());
            double u = x.at(bar.upper());
            svg.line(l, cy, u, cy, "#212b32", 1.5, null);
            svg.line(l, cy - cap, l, cy + cap, "#212b32", 1.5, null);
            svg.line(u, cy - cap, u, cy + cap, "#212b32", 1.5, null);
        }
    }

    private static void verticalWhisker(Svg svg, Bar bar, double cx, Scale y) {
        if (bar.hasLimits()) {
            svg.line(cx, y.at(bar.lower()), cx, y.at(bar.upper()), "#768692", 1, null);
        }
    }

    static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
