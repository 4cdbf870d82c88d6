package org.openics.workforce.charts;

import java.util.List;
import java.util.Locale;
import org.openics.workforce.PlaceComparison;
import org.openics.workforce.PlaceRate;

/** An SVG bar chart of FTE per 10,000 by place with 95% interval whiskers and the ICS rate as a dashed line. */
public final class RateChart {

    private RateChart() {}

    public static String svg(PlaceComparison c) {
        List<PlaceRate> rows =
                c.places().stream().filter(r -> r.rate().calculated()).toList();
        double width = 760;
        double rowHeight = 28;
        double left = 200;
        double height = 40 + rows.size() * rowHeight;
        double max = rows.stream()
                        .mapToDouble(r -> r.upper95() == null ? r.rate().value() : r.upper95())
                        .max()
                        .orElse(1)
                * 1.1;
        double scale = (width - left - 40) / (max <= 0 ? 1 : max);
        StringBuilder s = new StringBuilder();
        String title = c.group().label() + " FTE per 10,000 " + c.denominator().label() + " by place";
        s.append(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"wf-rate-title\" viewBox=\"0 0 ")
                .append(n(width))
                .append(' ')
                .append(n(height))
                .append("\" width=\"")
                .append(n(width))
                .append("\" height=\"")
                .append(n(height))
                .append(
                        "\" font-family=\"Arial, sans-serif\" font-size=\"12\" data-testid=\"rate-chart\"><title id=\"wf-rate-title\">")
                .append(escape(title))
                .append("</title><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        for (int i = 0; i < rows.size(); i++) {
            PlaceRate r = rows.get(i);
            double y = 20 + i * rowHeight;
            s.append("<text x=\"")
                    .append(n(left - 8))
                    .append("\" y=\"")
                    .append(n(y + 14))
                    .append("\" text-anchor=\"end\">")
                    .append(escape(r.name()))
                    .append("</text>");
            s.append("<rect x=\"")
                    .append(n(left))
                    .append("\" y=\"")
                    .append(n(y + 2))
                    .append("\" width=\"")
                    .append(n(r.rate().value() * scale))
                    .append("\" height=\"16\" fill=\"#005eb8\"><title>")
                    .append(escape(r.name() + ": "
                            + String.format(Locale.UK, "%.2f", r.rate().value()) + " (" + r.comparison() + ")"))
                    .append("</title></rect>");
            if (r.lower95() != null && r.upper95() != null) {
                s.append("<line x1=\"")
                        .append(n(left + r.lower95() * scale))
                        .append("\" x2=\"")
                        .append(n(left + r.upper95() * scale))
                        .append("\" y1=\"")
                        .append(n(y + 10))
                        .append("\" y2=\"")
                        .append(n(y + 10))
                        .append("\" stroke=\"#212b32\" stroke-width=\"2\"/>");
            }
            s.append("<text x=\"")
                    .append(n(left + r.rate().value() * scale + 6))
                    .append("\" y=\"")
                    .append(n(y + 26))
                    .append("\" font-size=\"10\">")
                    .append(String.format(Locale.UK, "%.2f", r.rate().value()))
                    .append("</text>");
        }
        if (c.icsRate().calculated()) {
            double x = left + c.icsRate().value() * scale;
            s.append("<line x1=\"")
                    .append(n(x))
                    .append("\" x2=\"")
                    .append(n(x))
                    .append("\" y1=\"10\" y2=\"")
                    .append(n(height - 10))
                    .append("\" stroke=\"#d5281b\" stroke-dasharray=\"4 3\" stroke-width=\"2\"><title>ICS rate ")
                    .append(String.format(Locale.UK, "%.2f", c.icsRate().value()))
                    .append("</title></line>");
        }
        return s.append("</svg>").toString();
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
