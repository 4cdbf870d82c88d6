package org.openics.dashboard.chart;

import java.util.List;

/**
 * Horizontal bars (breakdowns) or dots (caterpillar: areas sorted by value) with confidence-interval
 * whiskers and a benchmark line; one row per category, labels on the left so long names stay readable.
 */
public final class IntervalChart {

    private static final double WIDTH = 720;
    private static final double LABEL = 220;
    private static final double TOP = 28;
    private static final double BOTTOM = 34;

    /** Bars from zero, or dots for a caterpillar plot. */
    public enum Style { BARS, DOTS }

    private IntervalChart() {
    }

    /**
     * @param benchmark       the value drawn as a vertical line (null for none)
     * @param benchmarkLabel  what the line is, e.g. "ICS 12.3"
     * @param axisLabel       the unit of the value axis
     */
    public static String svg(String id, String title, String description, List<Bar> rows, Style style, Double benchmark,
                             String benchmarkLabel, String axisLabel) {
        double row = rows.size() > 60 ? 12 : 22;
        double height = TOP + Math.max(1, rows.size()) * row + BOTTOM;
        Svg svg = new Svg(id, WIDTH, height, title, description);
        double[] extent = Bar.extent(rows, benchmark);
        double lo = extent[0];
        double hi = extent[1];
        if (lo > hi) {
            svg.text(WIDTH / 2, height / 2, "No values to show", "middle", null);
            return svg.close();
        }
        double plotRight = WIDTH - 24;
        Scale x = Scale.covering(lo, hi, LABEL + 8, plotRight, style == Style.BARS || lo >= 0 && lo < (hi - lo) * 0.6);
        double plotBottom = TOP + rows.size() * row;
        for (double tick : x.ticks()) {
            double px = x.at(tick);
            svg.line(px, TOP - 4, px, plotBottom, "#d8dde0", 1, null);
            svg.text(px, plotBottom + 14, Scale.label(tick), "middle", null);
        }
        if (axisLabel != null) {
            svg.text((LABEL + plotRight) / 2, plotBottom + 30, axisLabel, "middle", "font-size=\"11\" fill=\"#4c6272\"");
        }
        for (int i = 0; i < rows.size(); i++) {
            Bar bar = rows.get(i);
            double cy = TOP + i * row + row / 2;
            svg.text(LABEL, cy + (row > 12 ? 4 : 3), shorten(bar.label(), 34), "end", row > 12 ? null : "font-size=\"9\"");
            if (!bar.hasValue()) {
                svg.text(LABEL + 12, cy + 4, "suppressed or no value", "start", "font-style=\"italic\" fill=\"#4c6272\"");
                continue;
            }
            String tooltip = bar.label() + ": " + Numbers.plain(bar.value())
                    + (bar.hasLimits() ? " (" + Numbers.plain(bar.lower()) + " to " + Numbers.plain(bar.upper()) + ")" : "");
            if (style == Style.BARS) {
                double zero = x.at(0);
                double end = x.at(bar.value());
                svg.rect(Math.min(zero, end), cy - row * 0.32, Math.abs(end - zero), row * 0.64, bar.tone().colour());
            }
            if (bar.hasLimits()) {
                double l = x.at(bar.lower());
                double u = x.at(bar.upper());
                svg.line(l, cy, u, cy, "#212b32", 1.5, null);
                svg.line(l, cy - row / 4, l, cy + row / 4, "#212b32", 1.5, null);
                svg.line(u, cy - row / 4, u, cy + row / 4, "#212b32", 1.5, null);
            }
            if (style == Style.DOTS) {
                svg.marker(x.at(bar.value()), cy, row > 12 ? 4.5 : 3, "circle", bar.tone().colour(), tooltip);
            }
        }
        if (benchmark != null && Double.isFinite(benchmark)) {
            double bx = x.at(benchmark);
            svg.line(bx, TOP - 10, bx, plotBottom, "#212b32", 1.5, "6 3");
            svg.text(bx, TOP - 14, benchmarkLabel == null ? "Benchmark" : benchmarkLabel, "middle", "font-weight=\"bold\"");
        }
        return svg.close();
    }

    static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
