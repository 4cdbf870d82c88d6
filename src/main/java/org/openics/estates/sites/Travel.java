package org.openics.estates.sites;

/**
 * Distances on the ground: the great-circle (haversine) distance, and travel distance estimated from it by a detour
 * factor of 1.3 — the ratio of road to straight-line distance commonly used for English urban areas. A routed
 * distance over the road network needs a routing engine and data the platform does not ship (docs/estates.md).
 */
public final class Travel {

    public static final double EARTH_RADIUS_KM = 6371.0088;
    public static final double DETOUR_FACTOR = 1.3;

    private Travel() {}

    public static double straightKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    public static double travelKm(double straightKm) {
        return straightKm * DETOUR_FACTOR;
    }
}
