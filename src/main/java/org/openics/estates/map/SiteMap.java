package org.openics.estates.map;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openics.estates.Condition;
import org.openics.estates.PlaceEstate;
import org.openics.estates.Site;
import org.openics.geography.Boundary;

/**
 * The site map: sites (marker shape and colour by condition, size by high and significant risk backlog) over the
 * places, each shaded by its share of LSOAs in the most deprived national fifth. Drawn in Web Mercator, as SVG with no
 * external tiles. Where place boundaries are imported (geography) they are drawn; otherwise each place is a disc at
 * the centre of its sites, and the legend says so.
 */
public final class SiteMap {

    static final double WIDTH = 760;
    static final double HEIGHT = 560;
    static final String[] SHADES = {"#f0f4f5", "#d8dde0", "#aeb7bd", "#768692", "#4c6272"};

    private SiteMap() {}

    public static String svg(List<Site> sites, List<PlaceEstate> places, List<Boundary> boundaries) {
        List<Site> located = sites.stream().filter(Site::located).toList();
        Map<String, Boundary> outline = new HashMap<>();
        for (Boundary b : boundaries) {
            places.stream()
                    .filter(p -> suffix(p.place()).equals(b.code()))
                    .findFirst()
                    .ifPresent(p -> outline.put(p.place(), b));
        }
        double minX = Double.POSITIVE_INFINITY,
                minY = Double.POSITIVE_INFINITY,
                maxX = Double.NEGATIVE_INFINITY,
                maxY = Double.NEGATIVE_INFINITY;
        for (Site s : located) {
            double x = x(s), y = y(s);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        for (Boundary b : outline.values()) {
            minX = Math.min(minX, b.shape().minX());
            maxX = Math.max(maxX, b.shape().maxX());
            minY = Math.min(minY, b.shape().minY());
            maxY = Math.max(maxY, b.shape().maxY());
        }
        StringBuilder s = new StringBuilder();
        s.append(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"site-map-title site-map-desc\" viewBox=\"0 0 ")
                .append(n(WIDTH))
                .append(' ')
                .append(n(HEIGHT + 70))
                .append("\" width=\"")
                .append(n(WIDTH))
                .append("\" height=\"")
                .append(n(HEIGHT + 70))
                .append(
                        "\" font-family=\"Arial, sans-serif\" font-size=\"12\" data-testid=\"site-map\"><title id=\"site-map-title\">Sites of the estate over places")
                .append(" and deprivation</title><desc id=\"site-map-desc\">")
                .append(located.size())
                .append(" sites with a position; ")
                .append(sites.size() - located.size())
                .append(" without.</desc><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        if (located.isEmpty() && outline.isEmpty()) {
            return s.append("<text x=\"20\" y=\"40\">No site has a position yet.</text></svg>")
                    .toString();
        }
        double pad = 30;
        double scale = Math.min(
                (WIDTH - 2 * pad) / Math.max(maxX - minX, 1e-6), (HEIGHT - 2 * pad) / Math.max(maxY - minY, 1e-6));
        double ox = pad + ((WIDTH - 2 * pad) - (maxX - minX) * scale) / 2;
        double oy = pad + ((HEIGHT - 2 * pad) - (maxY - minY) * scale) / 2;
        Projector p = new Projector(minX, maxY, scale, ox, oy);
        for (PlaceEstate place : places) {
            String fill = shade(place.mostDeprivedShare());
            String tip = place.name() + ": "
                    + (place.mostDeprivedShare() == null
                            ? "deprivation not known"
                            : String.format(
                                    Locale.UK,
                                    "%.0f%% of LSOAs in the most deprived fifth",
                                    place.mostDeprivedShare()));
            Boundary b = outline.get(place.place());
            if (b != null) {
                s.append("<path fill-rule=\"evenodd\" stroke=\"#ffffff\" stroke-width=\"1.5\" fill=\"")
                        .append(fill)
                        .append("\" d=\"");
                for (double[] ring : b.shape().rings()) {
                    for (int i = 0; i + 1 < ring.length; i += 2) {
                        s.append(i == 0 ? 'M' : 'L')
                                .append(n(p.x(ring[i])))
                                .append(' ')
                                .append(n(p.y(ring[i + 1])))
                                .append(' ');
                    }
                    s.append("Z ");
                }
                s.append("\" data-place=\"")
                        .append(escape(place.place()))
                        .append("\"><title>")
                        .append(escape(tip))
                        .append("</title></path>");
                continue;
            }
            List<Site> own = located.stream()
                    .filter(site -> site.place().equals(place.place()))
                    .toList();
            if (own.isEmpty()) {
                continue;
            }
            double cx = own.stream().mapToDouble(site -> p.x(x(site))).average().orElse(0);
            double cy = own.stream().mapToDouble(site -> p.y(y(site))).average().orElse(0);
            s.append("<g data-place=\"")
                    .append(escape(place.place()))
                    .append("\"><circle cx=\"")
                    .append(n(cx))
                    .append("\" cy=\"")
                    .append(n(cy))
                    .append("\" r=\"70\" fill=\"")
                    .append(fill)
                    .append("\" fill-opacity=\"0.8\" stroke=\"#ffffff\"><title>")
                    .append(escape(tip))
                    .append("</title></circle><text x=\"")
                    .append(n(cx))
                    .append("\" y=\"")
                    .append(n(cy - 56))
                    .append("\" text-anchor=\"middle\" font-weight=\"700\">")
                    .append(escape(place.name().replace(" Local Care Partnership", "")))
                    .append("</text></g>");
        }
        double maxCritical = located.stream()
                .mapToDouble(site -> site.backlog().critical().pence())
                .max()
                .orElse(1);
        for (Site site : located) {
            double r = 4 + 10 * Math.sqrt(site.backlog().critical().pence() / Math.max(maxCritical, 1));
            Condition c = site.condition().orElse(null);
            String colour = c == null
                    ? "#768692"
                    : switch (c) {
                        case A, B -> "#007f3b";
                        case C -> "#ed8b00";
                        case D -> "#d5281b";
                    };
            String tip = site.name() + " (" + site.siteCode() + "), condition " + c
                    + ", high and significant risk backlog " + site.backlog().critical();
            double x = p.x(x(site));
            double y = p.y(y(site));
            s.append("<g class=\"site\" data-site=\"")
                    .append(escape(site.siteCode()))
                    .append("\"><title>")
                    .append(escape(tip))
                    .append("</title>");
            if (c == Condition.D) {
                s.append("<path d=\"M")
                        .append(n(x))
                        .append(' ')
                        .append(n(y - r * 1.3))
                        .append(" L")
                        .append(n(x + r * 1.3))
                        .append(' ')
                        .append(n(y))
                        .append(" L")
                        .append(n(x))
                        .append(' ')
                        .append(n(y + r * 1.3))
                        .append(" L")
                        .append(n(x - r * 1.3))
                        .append(' ')
                        .append(n(y))
                        .append(" Z\"");
            } else if (c == Condition.C) {
                s.append("<rect x=\"")
                        .append(n(x - r))
                        .append("\" y=\"")
                        .append(n(y - r))
                        .append("\" width=\"")
                        .append(n(2 * r))
                        .append("\" height=\"")
                        .append(n(2 * r))
                        .append('"');
            } else {
                s.append("<circle cx=\"")
                        .append(n(x))
                        .append("\" cy=\"")
                        .append(n(y))
                        .append("\" r=\"")
                        .append(n(r))
                        .append('"');
            }
            s.append(" fill=\"").append(colour).append("\" fill-opacity=\"0.85\" stroke=\"#212b32\"/></g>");
        }
        legend(s, outline.isEmpty());
        return s.append("</svg>").toString();
    }

    private static void legend(StringBuilder s, boolean discs) {
        double y = HEIGHT + 10;
        s.append("<g font-size=\"11\">");
        String[] labels = {"0–20%", "20–40%", "40–60%", "60–80%", "80–100%"};
        for (int i = 0; i < SHADES.length; i++) {
            s.append("<rect x=\"")
                    .append(20 + i * 70)
                    .append("\" y=\"")
                    .append(n(y))
                    .append("\" width=\"16\" height=\"12\" fill=\"")
                    .append(SHADES[i])
                    .append("\" stroke=\"#768692\"/><text x=\"")
                    .append(40 + i * 70)
                    .append("\" y=\"")
                    .append(n(y + 10))
                    .append("\">")
                    .append(labels[i])
                    .append("</text>");
        }
        s.append("<text x=\"380\" y=\"")
                .append(n(y + 10))
                .append("\">of a place's LSOAs in the most deprived national fifth (IMD)</text>");
        s.append("<circle cx=\"26\" cy=\"")
                .append(n(y + 34))
                .append("\" r=\"6\" fill=\"#007f3b\"/><text x=\"38\" y=\"")
                .append(n(y + 38))
                .append("\">condition A or B</text><rect x=\"150\" y=\"")
                .append(n(y + 28))
                .append("\" width=\"12\" height=\"12\" fill=\"#ed8b00\"/><text x=\"168\" y=\"")
                .append(n(y + 38))
                .append("\">C</text><path d=\"M206 ")
                .append(n(y + 26))
                .append(" L214 ")
                .append(n(y + 34))
                .append(" L206 ")
                .append(n(y + 42))
                .append(" L198 ")
                .append(n(y + 34))
                .append(" Z\" fill=\"#d5281b\"/><text x=\"220\" y=\"")
                .append(n(y + 38))
                .append("\">D; size: high and significant risk backlog.")
                .append(
                        discs
                                ? " Places drawn as discs at their sites' centre: import place boundaries for outlines."
                                : "")
                .append("</text></g>");
    }

    static String shade(Double share) {
        if (share == null) {
            return "#ffffff";
        }
        return SHADES[Math.min(4, (int) Math.floor(share / 20))];
    }

    private record Projector(double minX, double maxY, double scale, double ox, double oy) {
        double x(double mx) {
            return ox + (mx - minX) * scale;
        }

        double y(double my) {
            return oy + (maxY - my) * scale;
        }
    }

    static double x(Site s) {
        return Math.toRadians(s.longitude().orElseThrow());
    }

    static double y(Site s) {
        double lat = Math.toRadians(s.latitude().orElseThrow());
        return Math.log(Math.tan(Math.PI / 4 + lat / 2));
    }

    static String suffix(String placeCode) {
        int dash = placeCode.lastIndexOf('-');
        return dash < 0 ? placeCode : placeCode.substring(dash + 1);
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
