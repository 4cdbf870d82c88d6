package org.openics.geography;

/**
 * What {@link Boundaries#drawSynthetic} did: the places and small areas it outlined (0 for a level it left alone
 * because boundaries of that level were already stored, imported or drawn before).
 */
public record SyntheticBoundaries(int places, int smallAreas) {

    /** The source stored with synthetic boundaries, which marks them as synthetic when they are read back. */
    public static final String SOURCE = "synthetic: Voronoi cells around invented centres (demo)";
}
