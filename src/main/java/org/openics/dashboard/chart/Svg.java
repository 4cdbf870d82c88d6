package org.openics.dashboard.chart;

/**
 * A small SVG writer: an accessible root element (role img, a title and a description) and the few shapes
 * the charts draw, with text escaped. Charts are standalone documents, so the same text is inlined in a
 * page and served as a downloadable .svg file.
 */
final class Svg {

    static final String FONT = "font-family=\"Frutiger W01, Arial, sans-serif\"";

    private final StringBuilder out = new StringBuilder(4096);

    Svg(String id, double width, double height, String title, String description) {
        this(id, width, height, title, description, "#ffffff");
    }

    /** @param background a fill for the whole chart (white, so a downloaded file reads on any viewer), or null for none */
    Svg(String id, double width, double height, String title, String description, String background) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(n(width))
                .append(' ')
                .append(n(height))
                .append("\" width=\"")
                .append(n(width))
                .append("\" height=\"")
                .append(n(height))
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\" ")
                .append(FONT)
                .append(" font-size=\"13\">")
                .append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title>")
                .append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
        if (background != null) {
            out.append("<rect width=\"100%\" height=\"100%\" fill=\"")
                    .append(background)
                    .append("\"/>");
        }
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        out.append("<line x1=\"")
                .append(n(x1))
                .append("\" y1=\"")
                .append(n(y1))
                .append("\" x2=\"")
                .append(n(x2))
                .append("\" y2=\"")
                .append(n(y2))
                .append("\" stroke=\"")
                .append(stroke)
                .append("\" stroke-width=\"")
                .append(n(width))
                .append('"');
        if (dash != null) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        out.append("/>");
        return this;
    }

    Svg rect(double x, double y, double width, double height, String fill) {
        out.append("<rect x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(Math.max(0, width)))
                .append("\" height=\"")
                .append(n(Math.max(0, height)))
                .append("\" fill=\"")
                .append(fill)
                .append("\"/>");
        return this;
    }

    /** A bar of a bar chart: a data mark in its rating's colour. */
    Svg bar(double x, double y, double width, double height, String fill) {
        out.append("<rect class=\"mark\" x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(Math.max(0, width)))
                .append("\" height=\"")
                .append(n(Math.max(0, height)))
                .append("\" fill=\"")
                .append(fill)
                // outlined, so that a white bar (similar, where neither direction is better) shows on the white chart
                .append("\" stroke=\"#212b32\" stroke-width=\"0.75\"/>");
        return this;
    }

    /** A legend's colour square, outlined so that white and pale swatches show. */
    Svg swatch(double x, double y, double size, String fill) {
        out.append("<rect class=\"swatch\" x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(size))
                .append("\" height=\"")
                .append(n(size))
                .append("\" fill=\"")
                .append(fill)
                .append("\" stroke=\"#212b32\" stroke-width=\"0.75\"/>");
        return this;
    }

    /** A marker with a tooltip; {@code shape} is circle, square or diamond so that colour is not the only cue. */
    Svg marker(double x, double y, double r, String shape, String fill, String tooltip) {
        out.append("<g>");
        switch (shape) {
            case "square" ->
                out.append("<rect x=\"")
                        .append(n(x - r))
                        .append("\" y=\"")
                        .append(n(y - r))
                        .append("\" width=\"")
                        .append(n(2 * r))
                        .append("\" height=\"")
                        .append(n(2 * r))
                        .append('"');
            case "diamond" ->
                out.append("<path d=\"M")
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
            default ->
                out.append("<circle cx=\"")
                        .append(n(x))
                        .append("\" cy=\"")
                        .append(n(y))
                        .append("\" r=\"")
                        .append(n(r))
                        .append('"');
        }
        // a marker with a tooltip is a data mark (a legend's sample has none): tests match the legend to these
        out.append(tooltip != null ? " class=\"mark\"" : "")
                .append(" fill=\"")
                .append(fill)
                .append("\" stroke=\"#212b32\" stroke-width=\"0.75\">");
        if (tooltip != null) {
            out.append("<title>").append(escape(tooltip)).append("</title>");
        }
        out.append(shape.equals("square") ? "</rect>" : shape.equals("diamond") ? "</path>" : "</circle>")
                .append("</g>");
        return this;
    }

    Svg polyline(double[] xs, double[] ys, String stroke, double width, String dash) {
        if (xs.length == 0) {
            return this;
        }
        out.append("<polyline fill=\"none\" stroke=\"")
                .append(stroke)
                .append("\" stroke-width=\"")
                .append(n(width))
                .append('"');
        if (dash != null) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        out.append(" points=\"");
        for (int i = 0; i < xs.length; i++) {
            out.append(n(xs[i])).append(',').append(n(ys[i])).append(' ');
        }
        out.append("\"/>");
        return this;
    }

    /** A closed shape (a confidence band) through the points. */
    Svg polygon(double[] xs, double[] ys, String fill) {
        out.append("<polygon fill=\"").append(fill).append("\" points=\"");
        for (int i = 0; i < xs.length; i++) {
            out.append(n(xs[i])).append(',').append(n(ys[i])).append(' ');
        }
        out.append("\"/>");
        return this;
    }

    /** A map area: a path with a tooltip, inside a link (so it can be reached with the keyboard) when href is given. */
    Svg area(String d, String fill, String tooltip, String href, String code) {
        if (href != null) {
            out.append("<a href=\"")
                    .append(escape(href))
                    .append("\" aria-label=\"")
                    .append(escape(tooltip))
                    .append("\">");
        }
        out.append("<path class=\"map-area\" data-code=\"")
                .append(escape(code))
                .append("\" fill-rule=\"evenodd\" fill=\"")
                .append(fill)
                .append("\" stroke=\"#ffffff\" stroke-width=\"0.75\" d=\"")
                .append(d)
                .append("\"><title>")
                .append(escape(tooltip))
                .append("</title></path>");
        if (href != null) {
            out.append("</a>");
        }
        return this;
    }

    Svg text(double x, double y, String text, String anchor, String extra) {
        out.append("<text x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" text-anchor=\"")
                .append(anchor)
                .append('"');
        if (extra == null || !extra.contains("fill=")) {
            // one fill only: a repeated attribute makes the file invalid XML (browsers forgive it inline, SVG viewers
            // do not)
            out.append(" fill=\"#212b32\"");
        }
        if (extra != null) {
            out.append(' ').append(extra);
        }
        out.append('>').append(escape(text)).append("</text>");
        return this;
    }

    String close() {
        return out.append("</svg>").toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    static String n(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        // one decimal without String.format, which is slow enough to matter for maps of thousands of points
        long tenths = Math.round(Math.abs(value) * 10);
        return (value < 0 && tenths != 0 ? "-" : "") + (tenths / 10) + (tenths % 10 == 0 ? "" : "." + (tenths % 10));
    }
}
