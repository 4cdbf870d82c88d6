package org.openics.dashboard.chart;

import java.util.Arrays;
import java.util.List;
import org.openics.analytics.statistics.FunnelLimits.Lines;
import org.openics.dashboard.chart.Funnel.FunnelPoint;
import org.openics.dashboard.rag.Rag;

/**
 * A funnel plot: the benchmark as a solid line, 95% limits dashed, 99.8% limits dotted, areas as markers
 * whose shape says how far out they lie (circle within, square outside 95%, diamond outside 99.8%) and
 * whose colour is the rating palette's (better, worse, similar; higher, lower where neither is better). Outliers are
 * labelled with their code where a label fits without overlapping another label or a marker (most extreme first);
 * the page lists every outlier by name. The legend, below the plot, shows only the colours the markers use.
 */
public final class FunnelChart {

    private static final double WIDTH = 640;
    private static final double PLOT_HEIGHT = 380;
    private static final double LEFT = 66;
    private static final double RIGHT = 16;
    private static final double TOP = 16;
    private static final double BOTTOM = 52;
    private static final double LEGEND_ROW = 20;
    private static final double LABEL_SIZE = 12;

    private FunnelChart() {}

    public static String svg(String id, String title, String description, Funnel funnel, String valueLabel) {
        List<Rag> tones = funnel.points().stream()
                .map(FunnelPoint::tone)
                .distinct()
                .sorted()
                .toList();
        double legendRows = 2 + Legend.rows(tones, WIDTH - RIGHT - LEFT);
        Svg svg = new Svg(id, WIDTH, PLOT_HEIGHT + legendRows * LEGEND_ROW + 8, title, description);
        List<Lines> lines = funnel.lines();
        double maxX = lines.get(lines.size() - 1).x();
        double lo = funnel.centre();
        double hi = funnel.centre();
        for (FunnelPoint p : funnel.points()) {
            lo = Math.min(lo, p.value());
            hi = Math.max(hi, p.value());
        }
        // the limits at the smallest plotted area bound the y axis, so the funnel's mouth does not squash the points
        double minPointX =
                funnel.points().stream().mapToDouble(FunnelPoint::x).min().orElse(maxX);
        Lines mouth = nearest(lines, minPointX);
        if (mouth != null) {
            lo = Math.min(lo, mouth.lower998());
            hi = Math.max(hi, mouth.upper998());
        }
        Scale y = Scale.covering(lo, hi, PLOT_HEIGHT - BOTTOM, TOP, false);
        Scale x = Scale.covering(0, maxX, LEFT, WIDTH - RIGHT, true);
        for (double tick : y.ticks()) {
            svg.line(LEFT, y.at(tick), WIDTH - RIGHT, y.at(tick), "#eef1f3", 1, null);
            svg.text(LEFT - 6, y.at(tick) + 4, Scale.label(tick), "end", null);
        }
        for (double tick : x.ticks()) {
            svg.line(x.at(tick), PLOT_HEIGHT - BOTTOM, x.at(tick), PLOT_HEIGHT - BOTTOM + 5, "#212b32", 1, null);
            svg.text(x.at(tick), PLOT_HEIGHT - BOTTOM + 18, Scale.label(tick), "middle", null);
        }
        svg.line(LEFT, PLOT_HEIGHT - BOTTOM, WIDTH - RIGHT, PLOT_HEIGHT - BOTTOM, "#212b32", 1, null);
        svg.text((LEFT + WIDTH - RIGHT) / 2, PLOT_HEIGHT - 12, funnel.xLabel(), "middle", "fill=\"#4c6272\"");
        svg.text(
                14,
                (TOP + PLOT_HEIGHT - BOTTOM) / 2,
                IntervalChart.shorten(valueLabel, (int) ((PLOT_HEIGHT - TOP - BOTTOM) / 8)),
                "middle",
                "fill=\"#4c6272\" transform=\"rotate(-90 14 " + Svg.n((TOP + PLOT_HEIGHT - BOTTOM) / 2) + ")\"");
        double[] xs = lines.stream().mapToDouble(l -> x.at(l.x())).toArray();
        limit(svg, xs, lines, y, Lines::lower95, "7 4");
        limit(svg, xs, lines, y, Lines::upper95, "7 4");
        limit(svg, xs, lines, y, Lines::lower998, "2 3");
        limit(svg, xs, lines, y, Lines::upper998, "2 3");
        svg.line(xs[0], y.at(funnel.centre()), xs[xs.length - 1], y.at(funnel.centre()), "#212b32", 1.5, null);
        Labels labels = new Labels(new Labels.Box(LEFT, TOP, WIDTH - RIGHT, PLOT_HEIGHT - BOTTOM));
        for (FunnelPoint p : funnel.points()) {
            double r = p.outside95() ? 5 : 4;
            String shape = p.outside998() ? "diamond" : p.outside95() ? "square" : "circle";
            svg.marker(
                    x.at(p.x()),
                    y.at(p.value()),
                    r,
                    shape,
                    p.tone().colour(),
                    p.name() + " (" + p.code() + "): " + Numbers.plain(p.value()) + ", "
                            + p.verdict(funnel.polarity()));
            labels.keepClear(x.at(p.x()), y.at(p.value()), r + 1.5);
        }
        // most extreme first, so that when labels compete the farthest outliers keep theirs
        List<FunnelPoint> outliers = funnel.points().stream()
                .filter(FunnelPoint::outside95)
                .sorted(java.util.Comparator.comparingDouble(
                        (FunnelPoint p) -> -Math.abs(p.value() - funnel.centre()) / spread(funnel, p)))
                .toList();
        for (FunnelPoint p : outliers) {
            Labels.Placed at = labels.place(x.at(p.x()), y.at(p.value()), 7, p.code(), LABEL_SIZE);
            if (at != null) {
                svg.text(
                        at.x(),
                        at.y(),
                        p.code(),
                        "start",
                        "class=\"chart-label\" font-size=\"" + Svg.n(LABEL_SIZE) + "\"");
            }
        }
        legend(svg, tones, PLOT_HEIGHT + 8);
        return svg.close();
    }

    /** The distance from the centre to the 95% limit on the point's side, at its x: how far out it lies in limit units. */
    private static double spread(Funnel funnel, FunnelPoint p) {
        Lines at = nearest(funnel.lines(), p.x());
        double width = p.value() > funnel.centre() ? at.upper95() - funnel.centre() : funnel.centre() - at.lower95();
        return Math.max(width, 1e-9);
    }

    private static Lines nearest(List<Lines> lines, double x) {
        return lines.stream().filter(l -> l.x() >= x).findFirst().orElse(lines.get(lines.size() - 1));
    }

    private static void limit(
            Svg svg,
            double[] xs,
            List<Lines> lines,
            Scale y,
            java.util.function.ToDoubleFunction<Lines> which,
            String dash) {
        double[] ys = lines.stream()
                .mapToDouble(l -> y.at(clamp(which.applyAsDouble(l), y)))
                .toArray();
        svg.polyline(Arrays.copyOf(xs, xs.length), ys, "#4c6272", 1.25, dash);
    }

    private static double clamp(double value, Scale y) {
        return Math.max(y.min(), Math.min(y.max(), value));
    }

    /** Line styles and marker shapes on the first two rows; then the colours the markers use, with their words. */
    private static void legend(Svg svg, List<Rag> tones, double top) {
        double ly = top + 12;
        double lx = LEFT;
        svg.line(lx, ly, lx + 24, ly, "#212b32", 1.5, null).text(lx + 30, ly + 4, "Benchmark (ICS)", "start", null);
        svg.line(lx + 190, ly, lx + 214, ly, "#4c6272", 1.25, "7 4")
                .text(lx + 220, ly + 4, "95% limits", "start", null);
        svg.line(lx + 380, ly, lx + 404, ly, "#4c6272", 1.25, "2 3")
                .text(lx + 410, ly + 4, "99.8% limits", "start", null);
        ly += LEGEND_ROW;
        svg.marker(lx + 5, ly, 4, "circle", "#ffffff", null).text(lx + 16, ly + 4, "within the limits", "start", null);
        svg.marker(lx + 195, ly, 5, "square", "#ffffff", null).text(lx + 206, ly + 4, "outside 95%", "start", null);
        svg.marker(lx + 385, ly, 5, "diamond", "#ffffff", null).text(lx + 396, ly + 4, "outside 99.8%", "start", null);
        Legend.colours(svg, tones, lx, ly + LEGEND_ROW, WIDTH - RIGHT - lx);
    }
}
