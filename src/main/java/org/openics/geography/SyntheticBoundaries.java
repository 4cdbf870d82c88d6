package org.openics.geography;

/**
 * What {@link Boundaries#drawSynthetic} did: the places and small areas it outlined (areas that already had a
 * stored boundary, imported or drawn before, are not counted: they keep it).
 */
public record SyntheticBoundaries(int places, int smallAreas) {

    /** The source stored with synthetic boundaries, which marks them as synthetic when they are read back. */
    public static final String SOURCE = "synthetic: Voronoi cells around invented centres (demo)";
}
