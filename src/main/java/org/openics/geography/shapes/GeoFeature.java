package org.openics.geography.shapes;

import java.util.List;
import java.util.Map;

/**
 * One feature of a GeoJSON file as read, before any check: its position (from 1), its properties as text,
 * its geometry type and, for Polygon and MultiPolygon, its polygons (each a list of rings of interleaved
 * longitude, latitude pairs).
 *
 * @param problem why the geometry could not be read (malformed coordinates), or null
 */
public record GeoFeature(
        int position,
        Map<String, String> properties,
        String geometryType,
        List<List<double[]>> polygons,
        String problem) {

    public GeoFeature {
        properties = Map.copyOf(properties);
        polygons = polygons == null ? List.of() : List.copyOf(polygons);
    }
}
