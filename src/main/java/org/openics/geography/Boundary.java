package org.openics.geography;

import java.util.Objects;

/**
 * One area's boundary: its code as the file gives it (a LAD code such as E09000022, an LSOA code such as
 * E01003014), its name when the file has one, its projected shape, and whether it is synthetic (drawn by
 * {@link Boundaries#drawSynthetic} for the demo, not imported), which maps must say.
 */
public record Boundary(BoundaryLevel level, String code, String name, Shape shape, boolean synthetic) {

    public Boundary {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(shape, "shape");
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a boundary needs a code");
        }
    }

    /** An imported boundary. */
    public Boundary(BoundaryLevel level, String code, String name, Shape shape) {
        this(level, code, name, shape, false);
    }
}
