package org.openics.mutualaid.optimiser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openics.mutualaid.Capacity;
import org.openics.mutualaid.Location;
import org.openics.mutualaid.PlanRequest;
import org.openics.mutualaid.Priority;
import org.openics.mutualaid.Site;
import org.openics.mutualaid.TravelLimit;
import org.openics.mutualaid.Waiter;

/**
 * The planning problem aggregated exactly: waiters identical in every respect the model sees (origin, home, specialty,
 * priority, weeks waited, deprivation fifth, travel limit) form one group; groups that differ only in priority, weeks
 * or fifth share a hub (same origin, home, specialty and limit, hence the same destinations at the same distances);
 * destinations are site × specialty with the slots offered over the horizon. Costs add along group → hub → destination,
 * so a flow on this network is a plan and the plan's objective is the flow's, without loss.
 */
final class Network {

    record GroupKey(
            String origin,
            double lat,
            double lon,
            String specialty,
            Priority priority,
            int weeks,
            int fifth,
            TravelLimit limit) {}

    record HubKey(String origin, double lat, double lon, String specialty, TravelLimit limit) {}

    record Destination(Site site, String specialty, long slots) {}

    /** One arc hub → destination: the destination's index and the distance from the hub's home. */
    record Reach(int destination, double miles) {}

    final PlanRequest request;
    final List<Destination> destinations = new ArrayList<>();
    /** Groups in reach of at least one destination. */
    final List<int[]> members = new ArrayList<>();

    final List<Waiter> groupWaiter = new ArrayList<>();
    final List<Integer> groupHub = new ArrayList<>();
    final List<List<Reach>> hubReach = new ArrayList<>();
    final List<List<Integer>> hubGroups = new ArrayList<>();
    int waitersInReach;

    Network(PlanRequest request) {
        this.request = request;
        Map<String, Site> sites = new HashMap<>();
        for (Site site : request.sites()) {
            if (sites.put(site.code(), site) != null) {
                throw new IllegalArgumentException("site " + site.code() + " is listed twice");
            }
        }
        Map<List<String>, Long> slots = new LinkedHashMap<>();
        for (Capacity c : request.capacity()) {
            if (!sites.containsKey(c.site())) {
                throw new IllegalArgumentException("capacity offered at an unknown site: " + c.site());
            }
            slots.merge(List.of(c.site(), c.specialty()), (long) c.slotsPerWeek() * request.horizonWeeks(), Long::sum);
        }
        Map<String, List<Integer>> bySpecialty = new HashMap<>();
        slots.forEach((key, total) -> {
            if (total > 0) {
                bySpecialty.computeIfAbsent(key.get(1), k -> new ArrayList<>()).add(destinations.size());
                destinations.add(new Destination(sites.get(key.get(0)), key.get(1), total));
            }
        });

        Map<GroupKey, List<Integer>> groups = new LinkedHashMap<>();
        List<Waiter> waiters = request.waiters();
        for (int i = 0; i < waiters.size(); i++) {
            Waiter w = waiters.get(i);
            groups.computeIfAbsent(
                            new GroupKey(
                                    w.origin(),
                                    w.home().latitude(),
                                    w.home().longitude(),
                                    w.specialty(),
                                    w.priority(),
                                    w.weeksWaited(),
                                    w.deprivationFifth(),
                                    w.travelLimit()),
                            k -> new ArrayList<>())
                    .add(i);
        }
        Map<HubKey, Integer> hubs = new HashMap<>();
        for (Map.Entry<GroupKey, List<Integer>> group : groups.entrySet()) {
            GroupKey g = group.getKey();
            HubKey key = new HubKey(g.origin(), g.lat(), g.lon(), g.specialty(), g.limit());
            Integer hub = hubs.get(key);
            if (hub == null) {
                List<Reach> reach = reach(key, bySpecialty.getOrDefault(g.specialty(), List.of()));
                hub = reach.isEmpty() ? -1 : hubReach.size();
                if (!reach.isEmpty()) {
                    hubReach.add(reach);
                    hubGroups.add(new ArrayList<>());
                }
                hubs.put(key, hub);
            }
            if (hub < 0) {
                continue;
            }
            hubGroups.get(hub).add(members.size());
            groupHub.add(hub);
            members.add(group.getValue().stream().mapToInt(Integer::intValue).toArray());
            groupWaiter.add(waiters.get(group.getValue().get(0)));
            waitersInReach += group.getValue().size();
        }
    }

    private List<Reach> reach(HubKey hub, List<Integer> candidates) {
        Location home = new Location(hub.lat(), hub.lon());
        List<Reach> reach = new ArrayList<>();
        for (int d : candidates) {
            Site site = destinations.get(d).site();
            if (site.provider().equals(hub.origin())) {
                continue; // a provider's own spare capacity is its own business, not mutual aid
            }
            double miles = home.milesTo(site.location());
            if (hub.limit().allows(miles)) {
                reach.add(new Reach(d, miles));
            }
        }
        return reach;
    }

    int groups() {
        return members.size();
    }

    int size(int group) {
        return members.get(group).length;
    }

    long benefit(int group) {
        Waiter w = groupWaiter.get(group);
        return Objective.benefit(w.priority(), w.weeksWaited());
    }

    int fifth(int group) {
        return groupWaiter.get(group).deprivationFifth();
    }

    int arcs() {
        return groups() * 2 + hubReach.stream().mapToInt(List::size).sum() + destinations.size();
    }
}
