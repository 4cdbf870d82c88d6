package org.openics.dashboard.chart;

import java.util.Arrays;
import java.util.List;
import org.openics.analytics.statistics.FunnelLimits.Lines;
import org.openics.dashboard.chart.Funnel.FunnelPoint;

/**
 * A funnel plot: the benchmark as a solid line, 95% limits dashed, 99.8% limits dotted, areas as markers
 * whose shape says how far out they lie (circle within, square outside 95%, diamond outside 99.8%) and
 * whose colour says better or worse; outliers are labelled with their code.
 */
public final class FunnelChart {

    private static final double WIDTH = 720;
    private static final double HEIGHT = 420;
    private static final double LEFT = 64;
    private static final double RIGHT = 24;
    private static final double TOP = 24;
    private static final double BOTTOM = 52;

    private FunnelChart() {
    }

    public static String svg(String id, String title, String description, Funnel funnel, String valueLabel) {
        Svg svg = new Svg(id, WIDTH, HEIGHT, title, description);
        List<Lines> lines = funnel.lines();
        double maxX = lines.get(lines.size() - 1).x();
        double lo = funnel.centre();
        double hi = funnel.centre();
        for (FunnelPoint p : funnel.points()) {
            lo = Math.min(lo, p.value());
            hi = Math.max(hi, p.value());
        }
        // the limits at the smallest plotted area bound the y axis, so the funnel's mouth does not squash the points
        double minPointX = funnel.points().stream().mapToDouble(FunnelPoint::x).min().orElse(maxX);
        Lines mouth = nearest(lines, minPointX);
        if (mouth != null) {
            lo = Math.min(lo, mouth.lower998());
            hi = Math.max(hi, mouth.upper998());
        }
        Scale y = Scale.covering(lo, hi, HEIGHT - BOTTOM, TOP, false);
        Scale x = Scale.covering(0, maxX, LEFT, WIDTH - RIGHT, true);
        for (double tick : y.ticks()) {
            svg.line(LEFT, y.at(tick), WIDTH - RIGHT, y.at(tick), "#eef1f3", 1, null);
            svg.text(LEFT - 6, y.at(tick) + 4, Scale.label(tick), "end", null);
        }
        for (double tick : x.ticks()) {
            svg.line(x.at(tick), HEIGHT - BOTTOM, x.at(tick), HEIGHT - BOTTOM + 5, "#212b32", 1, null);
            svg.text(x.at(tick), HEIGHT - BOTTOM + 18, Scale.label(tick), "middle", null);
        }
        svg.line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#212b32", 1, null);
        svg.text((LEFT + WIDTH - RIGHT) / 2, HEIGHT - 12, funnel.xLabel(), "middle", "fill=\"#4c6272\"");
        svg.text(14, (TOP + HEIGHT - BOTTOM) / 2, valueLabel, "middle",
                "fill=\"#4c6272\" transform=\"rotate(-90 14 " + Svg.n((TOP + HEIGHT - BOTTOM) / 2) + ")\"");
        double[] xs = lines.stream().mapToDouble(l -> x.at(l.x())).toArray();
        limit(svg, xs, lines, y, Lines::lower95, "7 4");
        limit(svg, xs, lines, y, Lines::upper95, "7 4");
        limit(svg, xs, lines, y, Lines::lower998, "2 3");
        limit(svg, xs, lines, y, Lines::upper998, "2 3");
        svg.line(xs[0], y.at(funnel.centre()), xs[xs.length - 1], y.at(funnel.centre()), "#212b32", 1.5, null);
        for (FunnelPoint p : funnel.points()) {
            String shape = p.outside998() ? "diamond" : p.outside95() ? "square" : "circle";
            svg.marker(x.at(p.x()), y.at(p.value()), p.outside95() ? 5 : 4, shape, p.tone().colour(),
                    p.name() + " (" + p.code() + "): " + Numbers.plain(p.value()) + ", " + p.verdict(funnel.polarity()));
            if (p.outside95()) {
                svg.text(x.at(p.x()) + 8, y.at(p.value()) + 4, p.code(), "start", "font-size=\"11\"");
            }
        }
        legend(svg);
        return svg.close();
    }

    private static Lines nearest(List<Lines> lines, double x) {
        return lines.stream().filter(l -> l.x() >= x).findFirst().orElse(lines.get(lines.size() - 1));
    }

    private static void limit(Svg svg, double[] xs, List<Lines> lines, Scale y, java.util.function.ToDoubleFunction<Lines> which,
                              String dash) {
        double[] ys = lines.stream().mapToDouble(l -> y.at(clamp(which.applyAsDouble(l), y))).toArray();
        svg.polyline(Arrays.copyOf(xs, xs.length), ys, "#4c6272", 1.25, dash);
    }

    private static double clamp(double value, Scale y) {
        return Math.max(y.min(), Math.min(y.max(), value));
    }

    private static void legend(Svg svg) {
        double lx = WIDTH - RIGHT - 250;
        double ly = TOP + 6;
        svg.rect(lx - 8, ly - 12, 258, 70, "#ffffff");
        svg.line(lx, ly, lx + 24, ly, "#212b32", 1.5, null).text(lx + 30, ly + 4, "Benchmark (ICS)", "start", null);
        svg.line(lx, ly + 16, lx + 24, ly + 16, "#4c6272", 1.25, "7 4").text(lx + 30, ly + 20, "95% limits", "start", null);
        svg.line(lx, ly + 32, lx + 24, ly + 32, "#4c6272", 1.25, "2 3").text(lx + 30, ly + 36, "99.8% limits", "start", null);
        svg.marker(lx + 130, ly, 4, "circle", Tone.SIMILAR.colour(), null).text(lx + 140, ly + 4, "within", "start", null);
        svg.marker(lx + 130, ly + 16, 5, "square", Tone.NONE.colour(), null).text(lx + 140, ly + 20, "outside 95%", "start", null);
        svg.marker(lx + 130, ly + 32, 5, "diamond", Tone.NONE.colour(), null).text(lx + 140, ly + 36, "outside 99.8%", "start", null);
        svg.text(lx, ly + 52, "Green better, red worse, blue no judgement", "start", "font-size=\"11\" fill=\"#4c6272\"");
    }
}
