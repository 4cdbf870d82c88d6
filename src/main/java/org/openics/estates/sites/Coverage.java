package org.openics.estates.sites;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.estates.Hub;
import org.openics.estates.HubCoverage;
import org.openics.estates.Site;

/** How far a hub is from each neighbourhood it serves, and the mean weighted by the neighbourhoods' registered patients. */
public final class Coverage {

    private Coverage() {}

    /**
     * @param site the hub's site as at the date, if it has a return
     * @param pcnNames names of PCNs by code
     * @param patients registered patients of PCNs by code (missing: unknown)
     */
    public static HubCoverage of(
            Hub hub, Optional<Site> site, Map<String, String> pcnNames, Map<String, Double> patients) {
        if (site.isEmpty() || !site.get().located()) {
            return new HubCoverage(
                    hub,
                    site.map(Site::name).orElse(hub.siteCode()),
                    site.map(Site::place).orElse(""),
                    List.of(),
                    null,
                    site.isEmpty()
                            ? "site " + hub.siteCode() + " has no return on this date"
                            : "site " + hub.siteCode() + " has no position");
        }
        double lat = site.get().latitude().orElseThrow();
        double lon = site.get().longitude().orElseThrow();
        List<HubCoverage.Reach> reach = new ArrayList<>();
        double weighted = 0;
        double weights = 0;
        boolean allKnown = true;
        for (Hub.Neighbourhood n : hub.neighbourhoods()) {
            double straight = Travel.straightKm(n.latitude(), n.longitude(), lat, lon);
            Double people = patients.get(n.pcn());
            List<String> services = hub.services().stream()
                    .filter(s -> s.pcns().isEmpty() || s.pcns().contains(n.pcn()))
                    .map(Hub.HostedService::service)
                    .toList();
            reach.add(new HubCoverage.Reach(
                    n.pcn(),
                    pcnNames.getOrDefault(n.pcn(), n.pcn()),
                    round(straight),
                    round(Travel.travelKm(straight)),
                    people,
                    services));
            if (people == null) {
                allKnown = false;
            } else {
                weighted += people * Travel.travelKm(straight);
                weights += people;
            }
        }
        String reason = reach.isEmpty()
                ? "the hub serves no neighbourhood"
                : !allKnown
                        ? "a neighbourhood served has no registered patients in the registry"
                        : weights == 0 ? "the neighbourhoods have no patients" : null;
        return new HubCoverage(
                hub,
                site.get().name(),
                site.get().place(),
                reach,
                reason == null ? round(weighted / weights) : null,
                reason);
    }

    static double round(double km) {
        return Math.round(km * 100) / 100.0;
    }
}
