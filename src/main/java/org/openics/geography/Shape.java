package org.openics.geography;

import java.util.List;

/**
 * An area's outline in Web Mercator units (x east, y north; radians of longitude and the Mercator ordinate),
 * as rings of interleaved x, y pairs; outer rings and holes alike, drawn with the even-odd rule.
 */
public record Shape(List<double[]> rings, double minX, double minY, double maxX, double maxY) {

    public Shape {
        rings = List.copyOf(rings);
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("a shape needs at least one ring");
        }
    }

    /** The shape of rings given in projected units, with its bounding box. */
    public static Shape of(List<double[]> rings) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] ring : rings) {
            for (int i = 0; i + 1 < ring.length; i += 2) {
                minX = Math.min(minX, ring[i]);
                maxX = Math.max(maxX, ring[i]);
                minY = Math.min(minY, ring[i + 1]);
                maxY = Math.max(maxY, ring[i + 1]);
            }
        }
        return new Shape(rings, minX, minY, maxX, maxY);
    }

    public int points() {
        return rings.stream().mapToInt(r -> r.length / 2).sum();
    }
}
