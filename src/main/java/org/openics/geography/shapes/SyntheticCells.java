package org.openics.geography.shapes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Synthetic boundaries for areas that have a centre but no outline (the demo's places and its invented LSOAs):
 * Voronoi cells, each the part of a convex region nearer its own centre than any other, worked out by clipping
 * the region with the half-plane of every other centre. Places are cells of the ICS's region around their centres;
 * each place's small areas are cells of the place around points spread inside it (seeded, then relaxed twice
 * towards their cells' centroids so that the cells are even), assigned in order from north to south. The same
 * input gives the same outlines. Everything is worked in a local flat frame (longitude scaled by the cosine of
 * the latitude) and returned as WGS84 longitude, latitude rings, closed, as GeoJSON has them.
 */
public final class SyntheticCells {

    /** An area to outline: its code, and the codes of the small areas inside it (in the order they should run, north to south). */
    public record Place(String code, double longitude, double latitude, List<String> smallAreas) {
        public Place {
            smallAreas = List.copyOf(smallAreas);
        }
    }

    /** One outline: a closed ring of longitude, latitude pairs. */
    public record Cell(String code, double[] ring) {}

    /** The places' cells and their small areas' cells. */
    public record Outlines(List<Cell> places, List<Cell> smallAreas) {}

    private static final int REGION_SIDES = 24;
    private static final int RELAXATIONS = 2;

    private SyntheticCells() {}

    /**
     * @param places at least one, with distinct centres
     * @param seed   the same seed gives the same small-area cells
     */
    public static Outlines draw(List<Place> places, long seed) {
        if (places.isEmpty()) {
            return new Outlines(List.of(), List.of());
        }
        double lat0 = places.stream().mapToDouble(Place::latitude).average().orElseThrow();
        double k = Math.cos(Math.toRadians(lat0));
        List<double[]> centres = places.stream()
                .map(p -> new double[] {p.longitude() * k, p.latitude()})
                .toList();
        List<double[]> region = region(centres);
        List<Cell> placeCells = new ArrayList<>();
        List<Cell> areaCells = new ArrayList<>();
        Random random = new Random(seed);
        for (int i = 0; i < places.size(); i++) {
            List<double[]> cell = voronoiCell(region, centres, i);
            placeCells.add(new Cell(places.get(i).code(), ring(cell, k)));
            List<String> areas = places.get(i).smallAreas();
            if (areas.isEmpty()) {
                continue;
            }
            List<double[]> seeds = relaxed(cell, spread(cell, areas.size(), random));
            seeds.sort(Comparator.comparingDouble((double[] s) -> -s[1]).thenComparingDouble(s -> s[0]));
            for (int a = 0; a < areas.size(); a++) {
                areaCells.add(new Cell(areas.get(a), ring(voronoiCell(cell, seeds, a), k)));
            }
        }
        return new Outlines(placeCells, areaCells);
    }

    /** A many-sided polygon around the centres, wide enough that the outer places get cells of a fair size. */
    private static List<double[]> region(List<double[]> centres) {
        double cx = centres.stream().mapToDouble(c -> c[0]).average().orElseThrow();
        double cy = centres.stream().mapToDouble(c -> c[1]).average().orElseThrow();
        double reach = centres.stream()
                .mapToDouble(c -> Math.hypot(c[0] - cx, c[1] - cy))
                .max()
                .orElse(0);
        double radius = Math.max(0.02, reach * 1.45);
        List<double[]> polygon = new ArrayList<>();
        for (int s = 0; s < REGION_SIDES; s++) {
            double angle = 2 * Math.PI * s / REGION_SIDES;
            polygon.add(new double[] {cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)});
        }
        return polygon;
    }

    /** The part of the convex polygon nearer centre i than any other centre. */
    static List<double[]> voronoiCell(List<double[]> polygon, List<double[]> centres, int i) {
        List<double[]> cell = polygon;
        double[] own = centres.get(i);
        for (int j = 0; j < centres.size() && !cell.isEmpty(); j++) {
            double[] other = centres.get(j);
            if (j == i || other[0] == own[0] && other[1] == own[1]) {
                continue;
            }
            // keep the points p with (p − m)·(other − own) ≤ 0, m the midpoint: the side of the bisector nearer own
            double nx = other[0] - own[0];
            double ny = other[1] - own[1];
            double c = nx * (own[0] + other[0]) / 2 + ny * (own[1] + other[1]) / 2;
            cell = clip(cell, nx, ny, c);
        }
        return cell;
    }

    /** Sutherland–Hodgman against one half-plane nx·x + ny·y ≤ c. */
    private static List<double[]> clip(List<double[]> polygon, double nx, double ny, double c) {
        List<double[]> out = new ArrayList<>(polygon.size() + 1);
        for (int p = 0; p < polygon.size(); p++) {
            double[] a = polygon.get(p);
            double[] b = polygon.get((p + 1) % polygon.size());
            double da = nx * a[0] + ny * a[1] - c;
            double db = nx * b[0] + ny * b[1] - c;
            if (da <= 0) {
                out.add(a);
            }
            if (da < 0 && db > 0 || da > 0 && db < 0) {
                double t = da / (da - db);
                out.add(new double[] {a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])});
            }
        }
        return out;
    }

    /** n points inside the convex polygon, by rejection from its bounding box. */
    private static List<double[]> spread(List<double[]> polygon, int n, Random random) {
        double[] box = box(polygon);
        List<double[]> points = new ArrayList<>(n);
        while (points.size() < n) {
            double[] p = {
                box[0] + random.nextDouble() * (box[2] - box[0]), box[1] + random.nextDouble() * (box[3] - box[1])
            };
            if (inside(polygon, p)) {
                points.add(p);
            }
        }
        return points;
    }

    private static List<double[]> relaxed(List<double[]> polygon, List<double[]> seeds) {
        List<double[]> current = seeds;
        for (int round = 0; round < RELAXATIONS; round++) {
            List<double[]> next = new ArrayList<>(current.size());
            for (int i = 0; i < current.size(); i++) {
                List<double[]> cell = voronoiCell(polygon, current, i);
                next.add(cell.size() < 3 ? current.get(i) : centroid(cell));
            }
            current = next;
        }
        return new ArrayList<>(current);
    }

    static double[] centroid(List<double[]> polygon) {
        double area = 0;
        double x = 0;
        double y = 0;
        for (int p = 0; p < polygon.size(); p++) {
            double[] a = polygon.get(p);
            double[] b = polygon.get((p + 1) % polygon.size());
            double cross = a[0] * b[1] - b[0] * a[1];
            area += cross;
            x += (a[0] + b[0]) * cross;
            y += (a[1] + b[1]) * cross;
        }
        return area == 0 ? polygon.get(0) : new double[] {x / (3 * area), y / (3 * area)};
    }

    private static boolean inside(List<double[]> convex, double[] p) {
        int sign = 0;
        for (int i = 0; i < convex.size(); i++) {
            double[] a = convex.get(i);
            double[] b = convex.get((i + 1) % convex.size());
            double cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
            int s = cross > 0 ? 1 : cross < 0 ? -1 : 0;
            if (s != 0) {
                if (sign != 0 && s != sign) {
                    return false;
                }
                sign = s;
            }
        }
        return true;
    }

    private static double[] box(List<double[]> polygon) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] p : polygon) {
            box[0] = Math.min(box[0], p[0]);
            box[1] = Math.min(box[1], p[1]);
            box[2] = Math.max(box[2], p[0]);
            box[3] = Math.max(box[3], p[1]);
        }
        return box;
    }

    /** Back to longitude, latitude, closed (the first point repeated), anticlockwise as GeoJSON's outer rings are. */
    private static double[] ring(List<double[]> polygon, double k) {
        List<double[]> points = new ArrayList<>(polygon);
        if (signedArea(points) < 0) {
            java.util.Collections.reverse(points);
        }
        double[] ring = new double[(points.size() + 1) * 2];
        for (int p = 0; p <= points.size(); p++) {
            double[] point = points.get(p % points.size());
            ring[2 * p] = point[0] / k;
            ring[2 * p + 1] = point[1];
        }
        return ring;
    }

    private static double signedArea(List<double[]> polygon) {
        double area = 0;
        for (int p = 0; p < polygon.size(); p++) {
            double[] a = polygon.get(p);
            double[] b = polygon.get((p + 1) % polygon.size());
            area += a[0] * b[1] - b[0] * a[1];
        }
        return area / 2;
    }
}
