package org.openics.geography.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openics.geography.BoundaryFileException;
import org.openics.geography.shapes.GeoFeature;

/**
 * Reads a GeoJSON FeatureCollection into features: properties as text, Polygon and MultiPolygon coordinates
 * as rings of longitude, latitude pairs (a third ordinate, the altitude, is dropped). A file that is not
 * JSON or not a FeatureCollection is refused whole; a feature whose coordinates are malformed carries the
 * problem, for the check to skip it with that reason.
 */
final class GeoJsonReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonReader() {}

    static List<GeoFeature> read(InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new BoundaryFileException("not valid JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new BoundaryFileException("could not be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BoundaryFileException("not a GeoJSON object");
        }
        String type = root.path("type").asText("");
        if (!type.equals("FeatureCollection")) {
            throw new BoundaryFileException("not a GeoJSON FeatureCollection (its type is "
                    + (type.isEmpty() ? "missing" : "'" + type + "'") + ")");
        }
        JsonNode features = root.path("features");
        if (!features.isArray()) {
            throw new BoundaryFileException("a FeatureCollection without a features array");
        }
        List<GeoFeature> read = new ArrayList<>(features.size());
        int position = 0;
        for (JsonNode feature : features) {
            read.add(feature(++position, feature));
        }
        return read;
    }

    private static GeoFeature feature(int position, JsonNode feature) {
        Map<String, String> properties = new LinkedHashMap<>();
        feature.path("properties").fields().forEachRemaining(e -> {
            if (!e.getValue().isNull() && !e.getValue().isContainerNode()) {
                properties.put(e.getKey(), e.getValue().asText());
            }
        });
        if (!feature.path("type").asText("").equals("Feature")) {
            return new GeoFeature(position, properties, null, null, "not a Feature");
        }
        JsonNode geometry = feature.path("geometry");
        if (!geometry.isObject()) {
            return new GeoFeature(position, properties, null, null, null);
        }
        String type = geometry.path("type").asText(null);
        try {
            List<List<double[]>> polygons = switch (type == null ? "" : type) {
                case "Polygon" -> List.of(polygon(geometry.path("coordinates")));
                case "MultiPolygon" -> polygons(geometry.path("coordinates"));
                default -> null;
            };
            return new GeoFeature(position, properties, type, polygons, null);
        } catch (IllegalArgumentException e) {
            return new GeoFeature(position, properties, type, null, "malformed coordinates: " + e.getMessage());
        }
    }

    /** MultiPolygon coordinates: an array of polygons. */
    static List<List<double[]>> polygons(JsonNode coordinates) {
        List<List<double[]>> polygons = new ArrayList<>();
        for (JsonNode polygon : array(coordinates, "a MultiPolygon's coordinates")) {
            polygons.add(polygon(polygon));
        }
        return polygons;
    }

    private static List<double[]> polygon(JsonNode coordinates) {
        List<double[]> rings = new ArrayList<>();
        for (JsonNode ring : array(coordinates, "a polygon")) {
            JsonNode positions = array(ring, "a ring");
            double[] flat = new double[positions.size() * 2];
            int i = 0;
            for (JsonNode position : positions) {
                if (!position.isArray()
                        || position.size() < 2
                        || !position.get(0).isNumber()
                        || !position.get(1).isNumber()) {
                    throw new IllegalArgumentException("a position is not [longitude, latitude]");
                }
                flat[i++] = position.get(0).asDouble();
                flat[i++] = position.get(1).asDouble();
            }
            rings.add(flat);
        }
        return rings;
    }

    private static JsonNode array(JsonNode node, String what) {
        if (!node.isArray()) {
            throw new IllegalArgumentException(what + " is not an array");
        }
        return node;
    }

    /** Polygons as the coordinates of a GeoJSON MultiPolygon, longitude and latitude rounded to 6 decimals (about 10 cm). */
    static String multiPolygon(List<List<double[]>> polygons) {
        StringBuilder out = new StringBuilder("[");
        for (int p = 0; p < polygons.size(); p++) {
            out.append(p > 0 ? ",[" : "[");
            List<double[]> rings = polygons.get(p);
            for (int r = 0; r < rings.size(); r++) {
                out.append(r > 0 ? ",[" : "[");
                double[] ring = rings.get(r);
                for (int i = 0; i + 1 < ring.length; i += 2) {
                    out.append(i > 0 ? ",[" : "[")
                            .append(round(ring[i]))
                            .append(',')
                            .append(round(ring[i + 1]))
                            .append(']');
                }
                out.append(']');
            }
            out.append(']');
        }
        return out.append(']').toString();
    }

    /** Stored coordinates back into polygons. */
    static List<List<double[]>> multiPolygon(String coordinates) {
        try {
            return polygons(JSON.readTree(coordinates));
        } catch (IOException e) {
            throw new IllegalStateException("a stored boundary is not JSON", e);
        }
    }

    private static String round(double value) {
        return java.math.BigDecimal.valueOf(Math.round(value * 1e6) / 1e6)
                .stripTrailingZeros()
                .toPlainString();
    }
}
