package org.openics.geography.shapes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.openics.geography.BoundaryFileException;
import org.openics.geography.BoundaryLevel;
import org.openics.geography.SkippedFeature;

/**
 * Decides which features of a file become boundaries: the code property (given, or recognised from the ONS
 * naming: LAD22CD for places, LSOA21CD for LSOAs, else "code"), then per feature a code, an area geometry
 * (Polygon or MultiPolygon) with closed rings of at least four positions, longitude and latitude in range
 * (eastings and northings are refused), and a code not already seen in the file. A whole file is refused
 * only when no feature could ever pass: no feature has the code property.
 */
public final class BoundaryCheck {

    private static final Pattern PLACE_CODE =
            Pattern.compile("(LAD|LTLA|UTLA|CTYUA|CTY|LA)\\d{2}CD", Pattern.CASE_INSENSITIVE);
    private static final Pattern LSOA_CODE = Pattern.compile("LSOA\\d{2}CD", Pattern.CASE_INSENSITIVE);

    /** A feature that passed: the code, its name (or null), and the polygons to store. */
    public record Accepted(GeoFeature feature, String code, String name) {}

    /** The outcome for a file: the code property used, the accepted features and the skipped ones with reasons. */
    public record Outcome(String codeProperty, List<Accepted> accepted, List<SkippedFeature> skipped) {}

    private BoundaryCheck() {}

    public static Outcome check(List<GeoFeature> features, BoundaryLevel level, Optional<String> codeProperty) {
        Set<String> names = new TreeSet<>();
        features.forEach(f -> names.addAll(f.properties().keySet()));
        String property = codeProperty
                .filter(p -> !p.isBlank())
                .map(String::trim)
                .orElseGet(() -> recognise(names, level)
                        .orElseThrow(() -> new BoundaryFileException(
                                "no property recognised as the " + noun(level) + " code; the features have "
                                        + (names.isEmpty() ? "no properties" : "properties " + String.join(", ", names))
                                        + ": name one with --code-property")));
        if (!features.isEmpty() && !names.contains(property)) {
            throw new BoundaryFileException("no feature has the property '" + property + "'; the features have "
                    + (names.isEmpty() ? "no properties" : "properties " + String.join(", ", names)));
        }
        String nameProperty = nameProperty(property, names);
        List<Accepted> accepted = new ArrayList<>();
        List<SkippedFeature> skipped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (GeoFeature feature : features) {
            String code = Optional.ofNullable(feature.properties().get(property))
                    .map(String::trim)
                    .orElse("");
            String reason = code.isEmpty()
                    ? "no " + property + " value"
                    : !seen.add(code) ? "code " + code + " appears earlier in the file" : geometryProblem(feature);
            if (reason == null) {
                accepted.add(new Accepted(
                        feature,
                        code,
                        nameProperty == null ? null : feature.properties().get(nameProperty)));
            } else {
                skipped.add(new SkippedFeature(feature.position(), code.isEmpty() ? null : code, reason));
            }
        }
        return new Outcome(property, accepted, skipped);
    }

    /** Why the feature's geometry cannot be a boundary, or null when it can. */
    static String geometryProblem(GeoFeature feature) {
        if (feature.problem() != null) {
            return feature.problem();
        }
        String type = feature.geometryType();
        if (type == null) {
            return "no geometry";
        }
        if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
            return "geometry " + type + " is not supported (Polygon or MultiPolygon needed)";
        }
        if (feature.polygons().isEmpty()) {
            return "empty " + type;
        }
        for (List<double[]> polygon : feature.polygons()) {
            if (polygon.isEmpty()) {
                return "a polygon without rings";
            }
            for (double[] ring : polygon) {
                if (ring.length < 8) {
                    return "a ring with fewer than four positions";
                }
                if (ring[0] != ring[ring.length - 2] || ring[1] != ring[ring.length - 1]) {
                    return "a ring that is not closed (its first and last positions differ)";
                }
                for (int i = 0; i + 1 < ring.length; i += 2) {
                    if (!(Math.abs(ring[i]) <= 180) || !(Math.abs(ring[i + 1]) <= 85)) {
                        return "coordinates out of longitude/latitude range (" + ring[i] + ", " + ring[i + 1]
                                + "): WGS84 needed, not eastings and northings";
                    }
                }
            }
        }
        return null;
    }

    static Optional<String> recognise(Set<String> names, BoundaryLevel level) {
        Pattern ons = level == BoundaryLevel.PLACE ? PLACE_CODE : LSOA_CODE;
        return names.stream()
                .filter(n -> ons.matcher(n).matches())
                .findFirst()
                .or(() -> names.stream().filter(n -> n.equalsIgnoreCase("code")).findFirst());
    }

    /** LAD22CD → LAD22NM; code → name; else none. */
    static String nameProperty(String codeProperty, Set<String> names) {
        Set<String> candidates = new LinkedHashSet<>();
        if (codeProperty.toUpperCase(Locale.ROOT).endsWith("CD")) {
            candidates.add(codeProperty.substring(0, codeProperty.length() - 2)
                    + (Character.isUpperCase(codeProperty.charAt(codeProperty.length() - 1)) ? "NM" : "nm"));
        }
        candidates.add("name");
        candidates.add("NAME");
        return candidates.stream().filter(names::contains).findFirst().orElse(null);
    }

    private static String noun(BoundaryLevel level) {
        return level == BoundaryLevel.PLACE ? "place (local authority)" : "LSOA";
    }
}
