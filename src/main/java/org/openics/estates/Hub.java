package org.openics.estates;

import java.util.List;

/**
 * A local care hub: a site hosting services for neighbourhoods. Each neighbourhood served is a PCN with the
 * population-weighted centre of its patients (as SHAPE or the ICS's own analysis gives it), from which the travel
 * distance to the hub is estimated.
 */
public record Hub(String siteCode, String name, List<HostedService> services, List<Neighbourhood> neighbourhoods) {

    public Hub {
        if (siteCode == null || siteCode.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a hub has a site and a name");
        }
        services = List.copyOf(services);
        neighbourhoods = List.copyOf(neighbourhoods);
    }

    /** A service the hub hosts, for which PCNs (empty: every neighbourhood the hub serves). */
    public record HostedService(String service, String provider, List<String> pcns) {
        public HostedService {
            if (service == null || service.isBlank()) {
                throw new IllegalArgumentException("a hosted service has a name");
            }
            provider = provider == null ? "" : provider;
            pcns = List.copyOf(pcns);
        }
    }

    /** A PCN the hub serves with the population-weighted centre of its registered patients. */
    public record Neighbourhood(String pcn, double latitude, double longitude) {
        public Neighbourhood {
            if (pcn == null || pcn.isBlank() || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                throw new IllegalArgumentException("a neighbourhood has a PCN code and a position");
            }
        }
    }
}
