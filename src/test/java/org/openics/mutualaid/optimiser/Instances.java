package org.openics.mutualaid.optimiser;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.openics.mutualaid.Capacity;
import org.openics.mutualaid.Location;
import org.openics.mutualaid.PlanRequest;
import org.openics.mutualaid.Priority;
import org.openics.mutualaid.Site;
import org.openics.mutualaid.TravelLimit;
import org.openics.mutualaid.Waiter;

/** Random planning problems in a box about 140 by 100 miles, so that 50- and 100-mile limits bite. */
final class Instances {

    private Instances() {}

    static Location anywhere(SplittableRandom r) {
        return new Location(51 + r.nextDouble() * 2, -2 + r.nextDouble() * 2);
    }

    static PlanRequest random(
            SplittableRandom r,
            int waiters,
            int providers,
            int sitesPerProvider,
            int specialties,
            int homes,
            int maxSlots,
            boolean equity) {
        List<Site> sites = new ArrayList<>();
        for (int p = 0; p < providers; p++) {
            for (int s = 0; s < sitesPerProvider; s++) {
                sites.add(new Site("S" + p + "-" + s, null, "P" + p, null, p % 3 == 2, anywhere(r)));
            }
        }
        List<Capacity> capacity = new ArrayList<>();
        for (Site site : sites) {
            for (int sp = 0; sp < specialties; sp++) {
                if (r.nextDouble() < 0.7) {
                    capacity.add(new Capacity(site.code(), "T" + sp, r.nextInt(maxSlots + 1)));
                }
            }
        }
        List<Location> places = new ArrayList<>();
        for (int h = 0; h < homes; h++) {
            places.add(anywhere(r));
        }
        List<Waiter> list = new ArrayList<>();
        for (int i = 0; i < waiters; i++) {
            list.add(new Waiter(
                    "W" + i,
                    "P" + r.nextInt(providers),
                    "T" + r.nextInt(specialties),
                    Priority.values()[r.nextInt(4)],
                    r.nextInt(90),
                    places.get(r.nextInt(homes)),
                    TravelLimit.values()[r.nextInt(3)],
                    r.nextInt(6)));
        }
        return new PlanRequest(list, sites, capacity, 1 + r.nextInt(4), equity);
    }
}
