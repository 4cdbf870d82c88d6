package org.openics.dashboard.chart;

import java.util.List;

/**
 * A value over periods with its confidence interval as a shaded band, and a target line where there is one. A trend
 * needs two periods with a value at least: callers show the table alone for one ({@link #drawable}).
 */
public final class TrendChart {

    private static final double WIDTH = 640;
    private static final double HEIGHT = 240;
    private static final double LEFT = 60;
    private static final double RIGHT = 20;
    private static final double TOP = 20;
    private static final double BOTTOM = 40;

    private TrendChart() {}

    /** Whether the periods have at least two values, so there is a line to draw. */
    public static boolean drawable(List<Bar> periods) {
        return periods.stream().filter(Bar::hasValue).count() >= 2;
    }

    /** {@code periods} label the rows in order, oldest first (each row's label is its period). */
    public static String svg(
            String id, String title, String description, List<Bar> periods, Double target, String axisLabel) {
        Svg svg = new Svg(id, WIDTH, HEIGHT, title, description);
        double[] extent = Bar.extent(periods, target);
        double lo = extent[0];
        double hi = extent[1];
        if (lo > hi) {
            svg.text(WIDTH / 2, HEIGHT / 2, "No values to show", "middle", null);
            return svg.close();
        }
        Scale y = Scale.covering(lo, hi, HEIGHT - BOTTOM, TOP, false);
        Scale x = new Scale(0, Math.max(1, periods.size() - 1), LEFT + 20, WIDTH - RIGHT - 20);
        for (double tick : y.ticks()) {
            svg.line(LEFT, y.at(tick), WIDTH - RIGHT, y.at(tick), "#d8dde0", 1, null);
            svg.text(LEFT - 6, y.at(tick) + 4, Scale.label(tick), "end", null);
        }
        if (axisLabel != null) {
            svg.text(
                    14,
                    (TOP + HEIGHT - BOTTOM) / 2,
                    axisLabel,
                    "middle",
                    "fill=\"#4c6272\" transform=\"rotate(-90 14 " + Svg.n((TOP + HEIGHT - BOTTOM) / 2) + ")\"");
        }
        // as many period labels as fit side by side (about 7 characters each)
        int step = Math.max(1, (int) Math.ceil(periods.size() * 64.0 / (WIDTH - LEFT - RIGHT)));
        for (int i = 0; i < periods.size(); i += step) {
            svg.text(x.at(i), HEIGHT - BOTTOM + 18, periods.get(i).label(), "middle", null);
        }
        List<Integer> banded = java.util.stream.IntStream.range(0, periods.size())
                .filter(i -> periods.get(i).hasLimits())
                .boxed()
                .toList();
        if (banded.size() > 1) {
            double[] xs = new double[banded.size() * 2];
            double[] ys = new double[banded.size() * 2];
            for (int k = 0; k < banded.size(); k++) {
                Bar p = periods.get(banded.get(k));
                xs[k] = x.at(banded.get(k));
                ys[k] = y.at(p.upper());
                xs[xs.length - 1 - k] = x.at(banded.get(k));
                ys[ys.length - 1 - k] = y.at(p.lower());
            }
            svg.polygon(xs, ys, "#c8e0f5");
        }
        if (target != null) {
            svg.line(LEFT, y.at(target), WIDTH - RIGHT, y.at(target), "#212b32", 1.5, "6 3");
            svg.text(WIDTH - RIGHT, y.at(target) - 4, "Target " + Numbers.plain(target), "end", "font-weight=\"bold\"");
        }
        List<Integer> valued = java.util.stream.IntStream.range(0, periods.size())
                .filter(i -> periods.get(i).hasValue())
                .boxed()
                .toList();
        double[] xs = valued.stream().mapToDouble(x::at).toArray();
        double[] ys =
                valued.stream().mapToDouble(i -> y.at(periods.get(i).value())).toArray();
        svg.polyline(xs, ys, "#005eb8", 2.5, null);
        for (int i : valued) {
            Bar p = periods.get(i);
            // one colour for the line's points: the ratings by period are in the table, and a chart without a key shows
            // none
            svg.marker(x.at(i), y.at(p.value()), 4, "circle", "#005eb8", p.label() + ": " + Numbers.plain(p.value()));
        }
        return svg.close();
    }
}
