package org.openics.mutualaid;

/** A point in WGS84 degrees (a site, a GP practice or an LSOA centroid). */
public record Location(double latitude, double longitude) {

    static final double EARTH_RADIUS_MILES = 3958.7613;

    public Location {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("not a latitude/longitude: " + latitude + ", " + longitude);
        }
    }

    /** Great-circle (haversine) distance in miles: straight-line, not road distance. */
    public double milesTo(Location other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
