package org.openics.mutualaid.optimiser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openics.mutualaid.Capacity;
import org.openics.mutualaid.PlanRequest;
import org.openics.mutualaid.Site;
import org.openics.mutualaid.Waiter;

/** Every assignment of every waiter (stay, or any site offering the specialty within reach), the best kept. */
final class BruteForce {

    record Option(String key, double points) {}

    private final PlanRequest request;
    private final List<List<Option>> options = new ArrayList<>();
    private final Map<String, Long> slots = new HashMap<>();
    private final int[] chosen;
    private double best = 0;

    BruteForce(PlanRequest request) {
        this.request = request;
        Map<String, Site> sites = new HashMap<>();
        request.sites().forEach(s -> sites.put(s.code(), s));
        for (Capacity c : request.capacity()) {
            slots.merge(c.site() + "|" + c.specialty(), (long) c.slotsPerWeek() * request.horizonWeeks(), Long::sum);
        }
        for (Waiter w : request.waiters()) {
            List<Option> mine = new ArrayList<>();
            for (Map.Entry<String, Long> e : slots.entrySet()) {
                String[] parts = e.getKey().split("\\|");
                Site site = sites.get(parts[0]);
                double miles = w.home().milesTo(site.location());
                if (parts[1].equals(w.specialty())
                        && !site.provider().equals(w.origin())
                        && miles <= w.travelLimit().miles()
                        && e.getValue() > 0) {
                    mine.add(new Option(
                            e.getKey(), Objective.points(Objective.benefit(w.priority(), w.weeksWaited()), miles)));
                }
            }
            options.add(mine);
        }
        chosen = new int[request.waiters().size()];
    }

    double optimum() {
        search(0, 0, new HashMap<>());
        return best;
    }

    private void search(int i, double points, Map<String, Long> used) {
        if (i == chosen.length) {
            if (points > best + 1e-12 && fair()) {
                best = points;
            }
            return;
        }
        chosen[i] = -1;
        search(i + 1, points, used);
        List<Option> mine = options.get(i);
        for (int o = 0; o < mine.size(); o++) {
            String key = mine.get(o).key();
            long taken = used.getOrDefault(key, 0L);
            if (taken < slots.get(key)) {
                used.put(key, taken + 1);
                chosen[i] = o;
                search(i + 1, points + mine.get(o).points(), used);
                used.put(key, taken);
            }
        }
        chosen[i] = -1;
    }

    /** |gap after| ≤ |gap before| in mean projected waits (stay: weeks + horizon; moved: weeks + horizon / 2). */
    private boolean fair() {
        if (!request.protectEquity()) {
            return true;
        }
        double[] before = new double[6];
        double[] after = new double[6];
        int[] n = new int[6];
        int h = request.horizonWeeks();
        for (int i = 0; i < chosen.length; i++) {
            Waiter w = request.waiters().get(i);
            n[w.deprivationFifth()]++;
            before[w.deprivationFifth()] += w.weeksWaited() + h;
            after[w.deprivationFifth()] += w.weeksWaited() + (chosen[i] >= 0 ? h / 2.0 : h);
        }
        if (n[1] == 0 || n[5] == 0) {
            return true;
        }
        double gapBefore = before[1] / n[1] - before[5] / n[5];
        double gapAfter = after[1] / n[1] - after[5] / n[5];
        return Math.abs(gapAfter) <= Math.abs(gapBefore) + 1e-9;
    }
}
