package org.openics.dashboard.chart;

import java.util.List;

/** A small trend line for tables and cards: no axes, the last point marked; the description states first and last. */
public final class Sparkline {

    private static final double WIDTH = 120;
    private static final double HEIGHT = 32;

    private Sparkline() {}

    public static String svg(String id, String title, List<String> periods, List<Double> values, String unit) {
        int first = -1;
        int last = -1;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v != null && Double.isFinite(v)) {
                first = first < 0 ? i : first;
                last = i;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        String description = first < 0
                ? "No values to show."
                : "From " + Numbers.plain(values.get(first)) + unit + " in " + periods.get(first) + " to "
                        + Numbers.plain(values.get(last)) + unit + " in " + periods.get(last) + ".";
        Svg svg = new Svg(id, WIDTH, HEIGHT, title, description, null);
        if (first < 0) {
            return svg.close();
        }
        Scale x = new Scale(0, Math.max(1, values.size() - 1), 4, WIDTH - 6);
        Scale y = hi - lo < 1e-9 ? new Scale(lo - 1, hi + 1, HEIGHT - 4, 4) : new Scale(lo, hi, HEIGHT - 4, 4);
        int count = 0;
        double[] xs = new double[values.size()];
        double[] ys = new double[values.size()];
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v != null && Double.isFinite(v)) {
                xs[count] = x.at(i);
                ys[count] = y.at(v);
                count++;
            }
        }
        svg.polyline(java.util.Arrays.copyOf(xs, count), java.util.Arrays.copyOf(ys, count), "#005eb8", 2, null);
        svg.marker(xs[count - 1], ys[count - 1], 3, "circle", "#005eb8", null);
        return svg.close();
    }
}
