package org.openics.geography;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Entry point of geography: import boundaries from GeoJSON (WGS84 longitude/latitude, Polygon or
 * MultiPolygon features) and read them back projected, for maps. Reading is cheap: the shapes are parsed
 * and projected once after each import and kept.
 */
public interface Boundaries {

    /**
     * Stores the features of a GeoJSON FeatureCollection as boundaries of the level.
     *
     * @param codeProperty the feature property holding the area's code; empty to recognise it (LAD22CD, LSOA21CD, code ...)
     * @throws BoundaryFileException when the file as a whole cannot be imported (nothing is stored)
     */
    default BoundaryImportReport importGeoJson(
            String source, InputStream geoJson, BoundaryLevel level, Optional<String> codeProperty) {
        return importGeoJson(source, geoJson, level, codeProperty, Optional.empty());
    }

    /**
     * As {@link #importGeoJson(String, InputStream, BoundaryLevel, Optional)}, and the report says how the stored areas
     * meet the registry's areas of the level ({@link RegistryMatch}): a map draws only those.
     *
     * @param registryAreas the codes of the registry's areas of the level (LCP-E09000022 or E09000022 for a place)
     */
    BoundaryImportReport importGeoJson(
            String source,
            InputStream geoJson,
            BoundaryLevel level,
            Optional<String> codeProperty,
            Optional<Set<String>> registryAreas);

    /**
     * Outlines places and their small areas with synthetic cells (Voronoi cells around the places' centres, and around
     * points spread inside each place for its LSOAs), for a demo whose areas are invented, so that its maps show without
     * an import. Stored like imported boundaries but marked synthetic ({@link Boundary#synthetic()}); only areas with no
     * stored boundary get one, so imported boundaries are never replaced and drawing again changes nothing.
     */
    SyntheticBoundaries drawSynthetic(List<SyntheticPlace> places);

    /** Every boundary of the level, by code order; empty when none has been imported. */
    List<Boundary> boundaries(BoundaryLevel level);

    /** Changes whenever boundaries are imported (here or by a command on the same store): for caches of maps. */
    String revision();
}
