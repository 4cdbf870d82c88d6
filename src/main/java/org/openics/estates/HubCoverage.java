package org.openics.estates;

import java.util.List;

/**
 * How far a hub is from the neighbourhoods it serves: per PCN, the estimated travel distance from its population
 * centre, and the mean weighted by registered patients ({@code meanDistanceKm} empty with the reason when not computable).
 */
public record HubCoverage(
        Hub hub, String siteName, String place, List<Reach> reach, Double meanDistanceKm, String notCalculated) {

    public HubCoverage {
        reach = List.copyOf(reach);
    }

    /** One neighbourhood's distance to the hub: straight line and estimated by road; its registered patients. */
    public record Reach(
            String pcn, String pcnName, double straightKm, double travelKm, Double patients, List<String> services) {
        public Reach {
            services = List.copyOf(services);
        }
    }
}
