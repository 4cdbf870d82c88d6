package org.openics.geography.shapes;

import java.util.ArrayList;
import java.util.List;
import org.openics.geography.Shape;

/**
 * Spherical Web Mercator: x is the longitude in radians, y = ln(tan(π/4 + φ/2)). Maps scale it to their
 * bounding box; at the latitude of London it keeps shapes as a reader expects them.
 */
public final class Projection {

    private Projection() {}

    public static double x(double longitude) {
        return Math.toRadians(longitude);
    }

    public static double y(double latitude) {
        return Math.log(Math.tan(Math.PI / 4 + Math.toRadians(latitude) / 2));
    }

    /** The polygons (rings of longitude, latitude pairs) as one projected shape. */
    public static Shape project(List<List<double[]>> polygons) {
        List<double[]> rings = new ArrayList<>();
        for (List<double[]> polygon : polygons) {
            for (double[] ring : polygon) {
                double[] projected = new double[ring.length];
                for (int i = 0; i + 1 < ring.length; i += 2) {
                    projected[i] = x(ring[i]);
                    projected[i + 1] = y(ring[i + 1]);
                }
                rings.add(projected);
            }
        }
        return Shape.of(rings);
    }
}
