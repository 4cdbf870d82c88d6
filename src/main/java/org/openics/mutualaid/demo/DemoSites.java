package org.openics.mutualaid.demo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openics.mutualaid.Capacity;
import org.openics.mutualaid.Location;
import org.openics.mutualaid.Site;

/**
 * The acute sites of the demo ICS's trusts at their real locations (the hospitals' published addresses, coordinates
 * rounded to four decimals from OpenStreetMap), one independent-sector provider nearby (synthetic: code ZIS01, placed
 * at Sevenoaks), synthetic capacity offers, and approximate borough centres standing in for home locations (the demo's
 * practices have no coordinates).
 */
public final class DemoSites {

    public static final List<Site> SITES = List.of(
            new Site("RJ121", "St Thomas' Hospital", "RJ1", "Guy's and St Thomas' NHS Foundation Trust", false, new Location(51.4987, -0.1180)),
            new Site("RJ122", "Guy's Hospital", "RJ1", "Guy's and St Thomas' NHS Foundation Trust", false, new Location(51.5033, -0.0870)),
            new Site("RJZ01", "King's College Hospital", "RJZ", "King's College Hospital NHS Foundation Trust", false, new Location(51.4682, -0.0937)),
            new Site("RJZ30", "Princess Royal University Hospital", "RJZ", "King's College Hospital NHS Foundation Trust", false,
                    new Location(51.3796, 0.0570)),
            new Site("RJ224", "University Hospital Lewisham", "RJ2", "Lewisham and Greenwich NHS Trust", false, new Location(51.4526, -0.0139)),
            new Site("RJ231", "Queen Elizabeth Hospital, Woolwich", "RJ2", "Lewisham and Greenwich NHS Trust", false, new Location(51.4787, 0.0569)),
            new Site("RN707", "Darent Valley Hospital", "RN7", "Dartford and Gravesham NHS Trust", false, new Location(51.4348, 0.2575)),
            new Site("ZIS01", "Sevenoaks Treatment Centre (synthetic)", "ZIS", "Independent sector provider (synthetic)", true,
                    new Location(51.2720, 0.1900)));

    /** Synthetic slots a week offered to other providers' waiters: site, treatment function, slots. */
    public static final List<Capacity> CAPACITY = List.of(
            new Capacity("ZIS01", "110", 40), new Capacity("ZIS01", "130", 35), new Capacity("ZIS01", "120", 15),
            new Capacity("ZIS01", "100", 20), new Capacity("RN707", "130", 10), new Capacity("RN707", "101", 8),
            new Capacity("RJZ30", "110", 12), new Capacity("RJ231", "502", 10), new Capacity("RJ224", "330", 6),
            new Capacity("RJ122", "301", 8));

    private static final Map<String, Location> PLACES = Map.of(
            "lambeth", new Location(51.4607, -0.1163), "southwark", new Location(51.4734, -0.0755),
            "lewisham", new Location(51.4452, -0.0209), "greenwich", new Location(51.4892, 0.0648),
            "bexley", new Location(51.4549, 0.1505), "bromley", new Location(51.4039, 0.0198));

    private DemoSites() {
    }

    /** An approximate home for a resident of a place (by its name), when the record has nothing closer. */
    public static Optional<Location> placeCentre(String place) {
        if (place == null) {
            return Optional.empty();
        }
        String name = place.toLowerCase(Locale.ROOT);
        return PLACES.entrySet().stream().filter(e -> name.contains(e.getKey())).map(Map.Entry::getValue).findFirst();
    }

    public static Optional<Site> site(String code) {
        return SITES.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
