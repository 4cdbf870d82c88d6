package org.openics.mutualaid.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.openics.geography.Boundaries;
import org.openics.geography.Boundary;
import org.openics.geography.BoundaryLevel;
import org.openics.geography.Shape;
import org.openics.mutualaid.Location;
import org.springframework.stereotype.Component;

/**
 * Where a waiter lives, for travel: the centre of their LSOA's outline (imported, or the demo's synthetic cells) from the
 * geography module, kept until its boundaries change. The centre is that of the outline's bounding box in Web Mercator,
 * taken back to latitude and longitude: within a few hundred metres of the population-weighted centroid for a
 * London LSOA, far inside any travel limit.
 */
@Component
class LsoaCentres {

    private final Boundaries boundaries;
    private volatile Kept kept;

    private record Kept(String revision, Map<String, Location> centres) {}

    LsoaCentres(Boundaries boundaries) {
        this.boundaries = boundaries;
    }

    Optional<Location> centre(String lsoa) {
        if (lsoa == null) {
            return Optional.empty();
        }
        String revision = boundaries.revision();
        Kept current = kept;
        if (current == null || !current.revision().equals(revision)) {
            Map<String, Location> centres = new HashMap<>();
            for (Boundary b : boundaries.boundaries(BoundaryLevel.LSOA)) {
                centres.put(b.code(), centre(b.shape()));
            }
            current = new Kept(revision, centres);
            kept = current;
        }
        return Optional.ofNullable(current.centres().get(lsoa));
    }

    static Location centre(Shape shape) {
        double x = (shape.minX() + shape.maxX()) / 2;
        double y = (shape.minY() + shape.maxY()) / 2;
        return new Location(Math.toDegrees(Math.atan(Math.sinh(y))), Math.toDegrees(x));
    }
}
