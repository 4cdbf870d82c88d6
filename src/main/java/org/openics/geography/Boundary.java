package org.openics.geography;

import java.util.Objects;

/**
 * One area's boundary: its code as the file gives it (a LAD code such as E09000022, an LSOA code such as
 * E01003014), its name when the file has one, and its projected shape.
 */
public record Boundary(BoundaryLevel level, String code, String name, Shape shape) {

    public Boundary {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(shape, "shape");
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a boundary needs a code");
        }
    }
}
