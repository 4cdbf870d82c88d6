package org.openics.dashboard.chart;

import java.util.List;
import org.openics.geography.Shape;

/**
 * A choropleth map as accessible SVG: the areas' projected outlines scaled to their bounding box, each filled
 * by its class, linked to its page and with a tooltip ({@code <title>}) saying its name, value and class; a
 * legend with the count of areas per class below. Points closer than about half a pixel to the last one kept
 * are dropped, so a map of a thousand small areas stays small. The data table goes next to it on the page.
 */
public final class ChoroplethMap {

    static final double WIDTH = 640;
    private static final double MAX_MAP_HEIGHT = 460;
    private static final double PAD = 8;
    private static final double LEGEND_ROW = 20;
    private static final double MIN_STEP = 0.6;

    /** One area to draw; {@code fill} a colour, {@code href} its page or null, {@code label} a short name written on it or null. */
    public record Region(
            String code, String name, Shape shape, String fill, String tooltip, String href, String label) {}

    /** One legend entry: a swatch, its words and how many areas have it. */
    public record Key(String fill, String label, int areas) {}

    private ChoroplethMap() {}

    public static String svg(String id, String title, String description, List<Region> regions, List<Key> legend) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Region r : regions) {
            minX = Math.min(minX, r.shape().minX());
            minY = Math.min(minY, r.shape().minY());
            maxX = Math.max(maxX, r.shape().maxX());
            maxY = Math.max(maxY, r.shape().maxY());
        }
        double spanX = Math.max(maxX - minX, 1e-12);
        double spanY = Math.max(maxY - minY, 1e-12);
        double scale = Math.min((WIDTH - 2 * PAD) / spanX, (MAX_MAP_HEIGHT - 2 * PAD) / spanY);
        double mapHeight = spanY * scale + 2 * PAD;
        double offsetX = (WIDTH - spanX * scale) / 2;
        double height = mapHeight + 12 + legend.size() * LEGEND_ROW;

        Svg svg = new Svg(id, WIDTH, height, title, description);
        for (Region region : regions) {
            svg.area(
                    path(region.shape(), minX, maxY, scale, offsetX, PAD),
                    region.fill(),
                    region.tooltip(),
                    region.href(),
                    region.code());
        }
        for (Region region : regions) {
            if (region.label() != null) {
                double[] c = centroid(region.shape());
                double x = offsetX + (c[0] - minX) * scale;
                double y = PAD + (maxY - c[1]) * scale;
                // a white outline under the words keeps them readable on any shade
                svg.text(
                        x,
                        y,
                        region.label(),
                        "middle",
                        "fill=\"#ffffff\" stroke=\"#ffffff\" stroke-width=\"3\" font-size=\"13\" aria-hidden=\"true\"");
                svg.text(x, y, region.label(), "middle", "aria-hidden=\"true\" font-size=\"13\" font-weight=\"600\"");
            }
        }
        double y = mapHeight + 12;
        for (Key key : legend) {
            svg.rect(PAD, y, 16, 14, key.fill());
            svg.text(PAD + 24, y + 12, key.label() + " (" + key.areas() + ")", "start", "font-size=\"14\"");
            y += LEGEND_ROW;
        }
        return svg.close();
    }

    /** Where to write a label: the centroid of the shape's largest ring (by area). */
    static double[] centroid(Shape shape) {
        double best = -1;
        double[] at = {(shape.minX() + shape.maxX()) / 2, (shape.minY() + shape.maxY()) / 2};
        for (double[] ring : shape.rings()) {
            double area = 0;
            double cx = 0;
            double cy = 0;
            for (int i = 0; i + 3 < ring.length; i += 2) {
                double cross = ring[i] * ring[i + 3] - ring[i + 2] * ring[i + 1];
                area += cross;
                cx += (ring[i] + ring[i + 2]) * cross;
                cy += (ring[i + 1] + ring[i + 3]) * cross;
            }
            if (Math.abs(area) > best && area != 0) {
                best = Math.abs(area);
                at = new double[] {cx / (3 * area), cy / (3 * area)};
            }
        }
        return at;
    }

    /** The shape as SVG path data in the map's pixels (y down), near-duplicate points dropped. */
    static String path(Shape shape, double minX, double maxY, double scale, double offsetX, double offsetY) {
        StringBuilder d = new StringBuilder();
        for (double[] ring : shape.rings()) {
            double lastX = Double.NaN;
            double lastY = Double.NaN;
            int kept = 0;
            int n = ring.length / 2;
            for (int i = 0; i < n; i++) {
                double px = offsetX + (ring[2 * i] - minX) * scale;
                double py = offsetY + (maxY - ring[2 * i + 1]) * scale;
                boolean last = i == n - 1;
                if (kept > 0 && !last && Math.abs(px - lastX) < MIN_STEP && Math.abs(py - lastY) < MIN_STEP) {
                    continue;
                }
                d.append(kept == 0 ? 'M' : 'L').append(Svg.n(px)).append(' ').append(Svg.n(py));
                lastX = px;
                lastY = py;
                kept++;
            }
            d.append('Z');
        }
        return d.toString();
    }
}
