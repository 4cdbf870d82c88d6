package org.openics.workforce.charts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.openics.workforce.PlanProgress;

/**
 * A small SVG chart of a workforce plan: the planned trajectory (dashed), the FTE in post at each point passed (solid,
 * with markers, so colour is not the only cue) and the need as a line across the top.
 */
public final class TrajectoryChart {

    private static final double WIDTH = 420;
    private static final double HEIGHT = 180;
    private static final double LEFT = 56;
    private static final double RIGHT = 16;
    private static final double TOP = 16;
    private static final double BOTTOM = 36;

    private TrajectoryChart() {}

    public static String svg(PlanProgress p) {
        List<PlanProgress.Point> points = p.trajectory();
        LocalDate first = points.get(0).date();
        LocalDate last = points.get(points.size() - 1).date();
        double max = points.stream()
                .mapToDouble(pt -> Math.max(
                        pt.plannedFte() == null ? 0 : pt.plannedFte(), pt.actualFte() == null ? 0 : pt.actualFte()))
                .max()
                .orElse(1);
        max = Math.max(max, p.neededFte().calculated() ? p.neededFte().value() : 0) * 1.1;
        double top = max <= 0 ? 1 : max;
        double span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        String title = p.plan().title() + " — " + p.placeName();
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(n(WIDTH))
                .append(' ')
                .append(n(HEIGHT))
                .append("\" width=\"")
                .append(n(WIDTH))
                .append("\" height=\"")
                .append(n(HEIGHT))
                .append(
                        "\" font-family=\"Arial, sans-serif\" font-size=\"11\" data-testid=\"trajectory-chart\"><title>")
                .append(RateChart.escape(title))
                .append("</title><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        s.append(line(LEFT, y(0, top), WIDTH - RIGHT, y(0, top), "#4c6272", ""));
        s.append(text(LEFT - 4, y(0, top) + 4, "0", "end"))
                .append(text(LEFT - 4, y(top / 1.1, top) + 4, f(top / 1.1), "end"));
        s.append(text(LEFT, HEIGHT - 12, first.toString(), "start"))
                .append(text(WIDTH - RIGHT, HEIGHT - 12, last.toString(), "end"));
        if (p.neededFte().calculated()) {
            double yn = y(p.neededFte().value(), top);
            s.append(line(LEFT, yn, WIDTH - RIGHT, yn, "#007f3b", " stroke-dasharray=\"2 2\""))
                    .append(text(
                            WIDTH - RIGHT, yn - 4, "need " + f(p.neededFte().value()) + " FTE", "end"));
        }
        StringBuilder planned = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        StringBuilder markers = new StringBuilder();
        for (PlanProgress.Point pt : points) {
            double x = LEFT + (WIDTH - LEFT - RIGHT) * ChronoUnit.DAYS.between(first, pt.date()) / span;
            if (pt.plannedFte() != null) {
                planned.append(planned.isEmpty() ? "M" : " L")
                        .append(n(x))
                        .append(' ')
                        .append(n(y(pt.plannedFte(), top)));
            }
            if (pt.actualFte() != null) {
                double ya = y(pt.actualFte(), top);
                actual.append(actual.isEmpty() ? "M" : " L")
                        .append(n(x))
                        .append(' ')
                        .append(n(ya));
                markers.append("<circle cx=\"")
                        .append(n(x))
                        .append("\" cy=\"")
                        .append(n(ya))
                        .append("\" r=\"3\" fill=\"#005eb8\"><title>")
                        .append(pt.date())
                        .append(": ")
                        .append(f(pt.actualFte()))
                        .append(" FTE in post")
                        .append(pt.plannedFte() == null ? "" : ", planned " + f(pt.plannedFte()))
                        .append("</title></circle>");
            }
        }
        if (!planned.isEmpty()) {
            s.append("<path d=\"")
                    .append(planned)
                    .append(
                            "\" fill=\"none\" stroke=\"#768692\" stroke-width=\"2\" stroke-dasharray=\"6 4\"><title>planned trajectory</title></path>");
        }
        if (!actual.isEmpty()) {
            s.append("<path d=\"")
                    .append(actual)
                    .append("\" fill=\"none\" stroke=\"#005eb8\" stroke-width=\"2\"/>")
                    .append(markers);
        }
        return s.append("</svg>").toString();
    }

    private static double y(double fte, double top) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - fte / top);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String extra) {
        return "<line x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\"" + n(y2) + "\" stroke=\""
                + colour + "\"" + extra + "/>";
    }

    private static String text(double x, double y, String text, String anchor) {
        return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\">" + RateChart.escape(text)
                + "</text>";
    }

    private static String f(double v) {
        return String.format(Locale.UK, "%.1f", v);
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
