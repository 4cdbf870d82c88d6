package org.openics.mutualaid.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openics.mutualaid.Capacity;
import org.openics.mutualaid.DiagnosticCapacity;
import org.openics.mutualaid.DiagnosticWaiting;
import org.openics.mutualaid.Location;
import org.openics.mutualaid.PlanRequest;
import org.openics.mutualaid.Priority;
import org.openics.mutualaid.Site;
import org.openics.mutualaid.TravelLimit;
import org.openics.mutualaid.Waiter;

/**
 * Turns a diagnostics return into a problem for the same optimiser as referral-to-treatment waits: each counted waiter
 * becomes a waiter of their provider in the modality (the specialty of the plan), routine priority (the return has no
 * priority), living at their provider's first site (the return counts by provider, not residence), deprivation unknown
 * (so the equity constraint cannot apply); capacity is what sites offer a week to other providers' waiters.
 */
public final class DiagnosticBalance {

    private DiagnosticBalance() {}

    /** The problem, or empty when no waiter's provider has a site to stand for their home. */
    public static PlanRequest request(
            List<DiagnosticWaiting> waiting,
            List<DiagnosticCapacity> capacity,
            List<Site> sites,
            int horizonWeeks,
            TravelLimit limit) {
        List<Waiter> waiters = new ArrayList<>();
        for (DiagnosticWaiting cell : waiting) {
            Optional<Location> home = home(cell.provider(), sites);
            if (home.isEmpty()) {
                continue;
            }
            for (int i = 0; i < cell.waiting(); i++) {
                waiters.add(new Waiter(
                        cell.provider() + ":" + cell.modality() + ":" + cell.weeksWaited() + ":" + i,
                        cell.provider(),
                        cell.modality().name(),
                        Priority.P4,
                        cell.weeksWaited(),
                        home.get(),
                        limit,
                        0));
            }
        }
        List<Capacity> offered = capacity.stream()
                .filter(c -> c.offeredPerWeek() > 0)
                .map(c -> new Capacity(c.site(), c.modality().name(), c.offeredPerWeek()))
                .toList();
        return new PlanRequest(waiters, sites, offered, horizonWeeks, false);
    }

    /** The waiters a return counts at providers without any registered site (left out of the balance, and said so). */
    public static int withoutSite(List<DiagnosticWaiting> waiting, List<Site> sites) {
        return waiting.stream()
                .filter(c -> home(c.provider(), sites).isEmpty())
                .mapToInt(DiagnosticWaiting::waiting)
                .sum();
    }

    private static Optional<Location> home(String provider, List<Site> sites) {
        return sites.stream()
                .filter(s -> s.provider().equals(provider))
                .map(Site::location)
                .findFirst();
    }

    /** Of the waiters a plan moves, those who have waited six weeks or more (the standard's breaches it relieves). */
    public static int sixPlusMoved(PlanRequest request, org.openics.mutualaid.Plan plan) {
        return (int) request.waiters().stream()
                .filter(w -> w.weeksWaited() >= 6 && plan.assignments().containsKey(w.id()))
                .count();
    }
}
