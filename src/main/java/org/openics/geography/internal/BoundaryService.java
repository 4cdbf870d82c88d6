package org.openics.geography.internal;

import java.io.InputStream;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.geography.Boundaries;
import org.openics.geography.Boundary;
import org.openics.geography.BoundaryImportReport;
import org.openics.geography.BoundaryLevel;
import org.openics.geography.shapes.BoundaryCheck;
import org.openics.geography.shapes.GeoFeature;
import org.openics.geography.shapes.Projection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports checked features in one transaction and serves boundaries projected. The projected shapes are kept
 * per level until the store's revision changes (an import here or by a command on the same store), so a map
 * costs one small query, not a parse of the geometry.
 */
@Service
class BoundaryService implements Boundaries {

    private record Kept(String revision, List<Boundary> boundaries) {
    }

    private final JdbcBoundaryStore store;
    private final Map<BoundaryLevel, Kept> kept = new EnumMap<>(BoundaryLevel.class);

    BoundaryService(JdbcBoundaryStore store) {
        this.store = store;
    }

    @Override
    @Transactional
    public BoundaryImportReport importGeoJson(String source, InputStream geoJson, BoundaryLevel level, Optional<String> codeProperty) {
        List<GeoFeature> features = GeoJsonReader.read(geoJson);
        BoundaryCheck.Outcome outcome = BoundaryCheck.check(features, level, codeProperty);
        List<JdbcBoundaryStore.Row> rows = outcome.accepted().stream().map(a -> new JdbcBoundaryStore.Row(a.code(), a.name(),
                GeoJsonReader.multiPolygon(a.feature().polygons()), points(a.feature()))).toList();
        store.save(level, rows, source, Instant.now());
        return new BoundaryImportReport(source, level, outcome.codeProperty(), features.size(), rows.size(),
                rows.stream().mapToInt(JdbcBoundaryStore.Row::points).sum(), outcome.skipped());
    }

    @Override
    public List<Boundary> boundaries(BoundaryLevel level) {
        String revision = store.revision();
        synchronized (kept) {
            Kept current = kept.get(level);
            if (current == null || !current.revision().equals(revision)) {
                current = new Kept(revision, store.rows(level).stream().map(row -> new Boundary(level, row.code(), row.name(),
                        Projection.project(GeoJsonReader.multiPolygon(row.coordinates())))).toList());
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
        return feature.polygons().stream().flatMap(List::stream).mapToInt(r -> r.length / 2).sum();
    }
}
