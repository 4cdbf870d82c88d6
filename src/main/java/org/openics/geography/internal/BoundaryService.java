package org.openics.geography.internal;

import java.io.InputStream;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.geography.Boundaries;
import org.openics.geography.Boundary;
import org.openics.geography.BoundaryImportReport;
import org.openics.geography.BoundaryLevel;
import org.openics.geography.RegistryMatch;
import org.openics.geography.SyntheticBoundaries;
import org.openics.geography.SyntheticPlace;
import org.openics.geography.shapes.BoundaryCheck;
import org.openics.geography.shapes.GeoFeature;
import org.openics.geography.shapes.Projection;
import org.openics.geography.shapes.SyntheticCells;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports checked features in one transaction and serves boundaries projected. The projected shapes are kept
 * per level until the store's revision changes (an import here or by a command on the same store), so a map
 * costs one small query, not a parse of the geometry.
 */
@Service
class BoundaryService implements Boundaries {

    private record Kept(String revision, List<Boundary> boundaries) {}

    /** The same demo gets the same outlines on every machine. */
    private static final long SEED = 20260630L;

    private final JdbcBoundaryStore store;
    private final Map<BoundaryLevel, Kept> kept = new EnumMap<>(BoundaryLevel.class);

    BoundaryService(JdbcBoundaryStore store) {
        this.store = store;
    }

    /** Here too, so that the one transaction holds when this form is called (a default method's call to the other is not proxied). */
    @Override
    @Transactional
    public BoundaryImportReport importGeoJson(
            String source, InputStream geoJson, BoundaryLevel level, Optional<String> codeProperty) {
        return importGeoJson(source, geoJson, level, codeProperty, Optional.empty());
    }

    @Override
    @Transactional
    public BoundaryImportReport importGeoJson(
            String source,
            InputStream geoJson,
            BoundaryLevel level,
            Optional<String> codeProperty,
            Optional<java.util.Set<String>> registryAreas) {
        List<GeoFeature> features = GeoJsonReader.read(geoJson);
        BoundaryCheck.Outcome outcome = BoundaryCheck.check(features, level, codeProperty);
        List<JdbcBoundaryStore.Row> rows = outcome.accepted().stream()
                .map(a -> new JdbcBoundaryStore.Row(
                        a.code(),
                        a.name(),
                        GeoJsonReader.multiPolygon(a.feature().polygons()),
                        points(a.feature())))
                .toList();
        store.save(level, rows, source, Instant.now());
        return new BoundaryImportReport(
                source,
                level,
                outcome.codeProperty(),
                features.size(),
                rows.size(),
                rows.stream().mapToInt(JdbcBoundaryStore.Row::points).sum(),
                outcome.skipped(),
                registryAreas
                        .map(codes -> RegistryMatch.of(
                                level,
                                rows.stream().map(JdbcBoundaryStore.Row::code).toList(),
                                codes))
                        .orElse(null));
    }

    @Override
    @Transactional
    public SyntheticBoundaries drawSynthetic(List<SyntheticPlace> places) {
        java.util.Set<String> placesStored = store.codes(BoundaryLevel.PLACE);
        java.util.Set<String> areasStored = store.codes(BoundaryLevel.LSOA);
        boolean missing = places.stream()
                .anyMatch(p -> !placesStored.contains(p.code())
                        || p.smallAreas().stream().anyMatch(a -> !areasStored.contains(a.code())));
        if (!missing) {
            return new SyntheticBoundaries(0, 0);
        }
        SyntheticCells.Outlines outlines = SyntheticCells.draw(
                places.stream()
                        .map(p -> new SyntheticCells.Place(
                                p.code(),
                                p.longitude(),
                                p.latitude(),
                                p.smallAreas().stream()
                                        .map(SyntheticPlace.SmallArea::code)
                                        .toList()))
                        .toList(),
                SEED);
        Map<String, String> names = new HashMap<>();
        places.forEach(p -> {
            names.put(p.code(), p.name());
            p.smallAreas().forEach(a -> names.put(a.code(), a.name()));
        });
        Instant now = Instant.now();
        List<JdbcBoundaryStore.Row> placeRows = rows(outlines.places(), names, placesStored);
        List<JdbcBoundaryStore.Row> areaRows = rows(outlines.smallAreas(), names, areasStored);
        store.save(BoundaryLevel.PLACE, placeRows, SyntheticBoundaries.SOURCE, now);
        store.save(BoundaryLevel.LSOA, areaRows, SyntheticBoundaries.SOURCE, now);
        return new SyntheticBoundaries(placeRows.size(), areaRows.size());
    }

    /** The cells of areas with no stored boundary: an imported (or earlier drawn) one is never replaced. */
    private static List<JdbcBoundaryStore.Row> rows(
            List<SyntheticCells.Cell> cells, Map<String, String> names, java.util.Set<String> stored) {
        return cells.stream()
                .filter(c -> !stored.contains(c.code()))
                .map(c -> new JdbcBoundaryStore.Row(
                        c.code(),
                        names.get(c.code()),
                        GeoJsonReader.multiPolygon(List.of(List.of(c.ring()))),
                        c.ring().length / 2))
                .toList();
    }

    @Override
    public List<Boundary> boundaries(BoundaryLevel level) {
        String revision = store.revision();
        synchronized (kept) {
            Kept current = kept.get(level);
            if (current == null || !current.revision().equals(revision)) {
                current = new Kept(
                        revision,
                        store.rows(level).stream()
                                .map(row -> new Boundary(
                                        level,
                                        row.code(),
                                        row.name(),
                                        Projection.project(GeoJsonReader.multiPolygon(row.coordinates())),
                                        SyntheticBoundaries.SOURCE.equals(row.source())))
                                .toList());
                kept.put(level, current);
            }
            return current.boundaries();
        }
    }

    @Override
    public String revision() {
        return store.revision();
    }

    private static int points(GeoFeature feature) {
        return feature.polygons().stream()
                .flatMap(List::stream)
                .mapToInt(r -> r.length / 2)
                .sum();
    }
}
