package org.openics.mutualaid.optimiser;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.openics.mutualaid.Capacity;
import org.openics.mutualaid.Location;
import org.openics.mutualaid.Plan;
import org.openics.mutualaid.PlanRequest;
import org.openics.mutualaid.Priority;
import org.openics.mutualaid.Site;
import org.openics.mutualaid.TravelLimit;
import org.openics.mutualaid.Waiter;

/**
 * The benchmark (run by bench/mutual-aid.sh): N waiters (default 100,000) of 10 providers (7 NHS trusts in and
 * around south-east London, 3 independent-sector providers within 60 miles), 20 specialties, homes at 200 practice
 * locations, a 12-week horizon, each plan with and without the equity constraint and the what-ifs, timed.
 */
public final class PlanBench {

    public static void main(String[] args) {
        int waiters = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        PlanRequest request = instance(new SplittableRandom(2026), waiters);
        TransferOptimiser optimiser = new TransferOptimiser();
        if (System.getProperty("unequal") != null) {
            OrTools.load();
            report(
                    "urgency favours the least deprived",
                    () -> optimiser.plan(unequal(request, new SplittableRandom(5))));
            return;
        }
        long load = System.nanoTime();
        OrTools.load();
        System.out.printf("OR-Tools natives loaded in %d ms%n", (System.nanoTime() - load) / 1_000_000);
        for (int run = 0; run < runs; run++) {
            long cpu = cpu();
            long wall = System.nanoTime();
            Network net = new Network(request);
            long buildCpu = cpu() - cpu;
            long buildWall = System.nanoTime() - wall;
            long[] caps = new long[net.groups()];
            for (int g = 0; g < caps.length; g++) {
                caps[g] = net.size(g);
            }
            cpu = cpu();
            wall = System.nanoTime();
            TransferOptimiser.flow(net, caps);
            System.out.printf(
                    "  parts: network built in %d ms (CPU %d ms), min-cost flow %d ms (CPU %d ms)%n",
                    buildWall / 1_000_000,
                    buildCpu / 1_000_000,
                    (System.nanoTime() - wall) / 1_000_000,
                    (cpu() - cpu) / 1_000_000);
            report("equity protected", () -> optimiser.plan(request));
        }
        report("no equity constraint", () -> optimiser.plan(request.withEquity(false)));
        Capacity first = request.capacity().get(0);
        report(
                "what if " + first.site() + " adds 50 slots a week in " + first.specialty(),
                () -> optimiser.plan(request.withExtraSlots(first.site(), first.specialty(), 50)));
        report(
                "what if everyone would travel 100 miles",
                () -> optimiser.plan(request.withTravelLimit(TravelLimit.MILES_100)));
        PlanRequest unequal = unequal(request, new SplittableRandom(5));
        report("urgency favours the least deprived", () -> optimiser.plan(unequal));
        report("the same, no equity constraint", () -> optimiser.plan(unequal.withEquity(false)));
        PlanRequest diagnostics = diagnostics(new SplittableRandom(6), waiters, request.sites());
        report("diagnostics: 15 modalities, 3 CDCs, 4 weeks", () -> optimiser.plan(diagnostics));
        report(
                "diagnostics, everyone would travel 100 miles",
                () -> optimiser.plan(diagnostics.withTravelLimit(TravelLimit.MILES_100)));
    }

    /**
     * A diagnostics return of about {@code count} waiters of the seven NHS providers over the fifteen DM01 modalities and
     * 0–26 weeks (a quarter of cells with a long tail), against the ten sites and three community diagnostic centres,
     * through {@link org.openics.mutualaid.diagnostics.DiagnosticBalance} as the service builds it.
     */
    static PlanRequest diagnostics(SplittableRandom r, int count, List<Site> hospitals) {
        List<Site> sites = new ArrayList<>(hospitals);
        sites.add(new Site(
                "ZCD01",
                "CDC Sidcup",
                "ZCD",
                null,
                false,
                new Location(51.4194, 0.1024),
                org.openics.mutualaid.SiteKind.CDC));
        sites.add(new Site(
                "ZCD02",
                "CDC Beckenham",
                "ZCD",
                null,
                false,
                new Location(51.4096, -0.0263),
                org.openics.mutualaid.SiteKind.CDC));
        sites.add(new Site(
                "ZCD03",
                "CDC Eltham",
                "ZCD",
                null,
                false,
                new Location(51.4495, 0.0540),
                org.openics.mutualaid.SiteKind.CDC));
        org.openics.mutualaid.Modality[] modalities = org.openics.mutualaid.Modality.values();
        List<org.openics.mutualaid.DiagnosticWaiting> waiting = new ArrayList<>();
        int perCell = Math.max(1, count / (7 * modalities.length));
        for (int p = 0; p < 7; p++) {
            for (org.openics.mutualaid.Modality m : modalities) {
                boolean behind = r.nextInt(4) == 0;
                double[] shares = new double[27];
                double total = 0;
                for (int week = 0; week <= 26; week++) {
                    shares[week] = week < 6
                            ? 1
                            : behind ? 0.6 * Math.exp(-(week - 6) / 6.0) : 0.02 * Math.exp(-(week - 6) / 2.0);
                    total += shares[week];
                }
                for (int week = 0; week <= 26; week++) {
                    int n = (int) Math.round(perCell * shares[week] / total);
                    if (n > 0) {
                        waiting.add(new org.openics.mutualaid.DiagnosticWaiting(
                                hospitals.get(p).provider(), m, week, n));
                    }
                }
            }
        }
        List<org.openics.mutualaid.DiagnosticCapacity> capacity = new ArrayList<>();
        for (Site site : sites) {
            for (org.openics.mutualaid.Modality m : modalities) {
                boolean cdc = site.kind() == org.openics.mutualaid.SiteKind.CDC;
                if (cdc || r.nextDouble() < 0.5) {
                    int tests = 20 + r.nextInt(cdc ? 120 : 200);
                    capacity.add(new org.openics.mutualaid.DiagnosticCapacity(
                            site.code(), m, tests, cdc ? tests * 3 / 4 : r.nextInt(tests / 5 + 1)));
                }
            }
        }
        return org.openics.mutualaid.diagnostics.DiagnosticBalance.request(
                waiting, capacity, sites, 4, TravelLimit.MILES_50);
    }

    static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    static void report(String what, java.util.function.Supplier<Plan> planner) {
        long cpu = cpu();
        Plan plan = planner.get();
        report(what + String.format(" [CPU %d ms]", (cpu() - cpu) / 1_000_000), plan);
    }

    static void report(String what, Plan plan) {
        System.out.printf(
                "%-52s %6d ms  %-58s waiters %,d in reach %,d moved %,d of %,d slots; groups %,d arcs %,d;"
                        + " 52+ weeks %,d -> %,d; gap %.3f -> %.3f weeks; objective %.1f bound %.1f gap %.4f%%%n",
                what,
                plan.solveMillis(),
                plan.method().label(),
                plan.waiters(),
                plan.waitersInReach(),
                plan.moved(),
                plan.slotsOffered(),
                plan.groups(),
                plan.arcs(),
                plan.before().over52(),
                plan.after().over52(),
                plan.before().deprivationGap(),
                plan.after().deprivationGap(),
                plan.objective(),
                plan.bound(),
                plan.gapPercent());
    }

    /**
     * The least deprived fifth more often prioritised P3 and willing to travel anywhere, the most deprived mostly P4 and
     * 50 miles: treating the most urgent first would then widen the gap, so the equity constraint binds.
     */
    static PlanRequest unequal(PlanRequest request, SplittableRandom r) {
        List<Waiter> waiters = request.waiters().stream()
                .map(w -> switch (w.deprivationFifth()) {
                    case 1 ->
                        new Waiter(
                                w.id(),
                                w.origin(),
                                w.specialty(),
                                w.priority() == Priority.P3 ? Priority.P4 : w.priority(),
                                w.weeksWaited(),
                                w.home(),
                                TravelLimit.MILES_50,
                                1);
                    case 5 ->
                        new Waiter(
                                w.id(),
                                w.origin(),
                                w.specialty(),
                                w.priority() == Priority.P4 && r.nextDouble() < 0.5 ? Priority.P3 : w.priority(),
                                w.weeksWaited(),
                                w.home(),
                                TravelLimit.ANYWHERE,
                                5);
                    default -> w;
                })
                .toList();
        return new PlanRequest(waiters, request.sites(), request.capacity(), request.horizonWeeks(), true);
    }

    static PlanRequest instance(SplittableRandom r, int count) {
        String[][] trusts = {
            {"R1K01", "Lewisham Hospital", "RJ2", "51.4526", "-0.0139"},
            {"RJZ01", "King's College Hospital", "RJZ", "51.4682", "-0.0937"},
            {"RJ122", "Guy's Hospital", "RJ1", "51.5033", "-0.0870"},
            {"RJ611", "Croydon University Hospital", "RJ6", "51.3890", "-0.1090"},
            {"RG3AF", "Princess Royal University Hospital", "RG3", "51.3796", "0.0570"},
            {"RVRS1", "St Helier Hospital", "RVR", "51.3800", "-0.1800"},
            {"RAX01", "Kingston Hospital", "RAX", "51.4150", "-0.2830"},
            {"NT401", "Independent treatment centre, Sevenoaks", "NT4", "51.2720", "0.1900"},
            {"NVC01", "Independent treatment centre, Ashford", "NVC", "51.1460", "0.8750"},
            {"NPG01", "Independent hospital, Reading", "NPG", "51.4540", "-0.9780"}
        };
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < trusts.length; i++) {
            String[] t = trusts[i];
            sites.add(new Site(
                    t[0], t[1], t[2], null, i >= 7, new Location(Double.parseDouble(t[3]), Double.parseDouble(t[4]))));
        }
        List<String> specialties = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            specialties.add(String.valueOf(100 + s * 10));
        }
        List<Capacity> capacity = new ArrayList<>();
        for (Site site : sites) {
            for (String s : specialties) {
                if (r.nextDouble() < 0.6) {
                    capacity.add(new Capacity(site.code(), s, r.nextInt(site.independent() ? 60 : 25)));
                }
            }
        }
        List<Location> practices = new ArrayList<>();
        int[] fifthOf = new int[200];
        for (int p = 0; p < 200; p++) {
            practices.add(new Location(51.30 + r.nextDouble() * 0.33, -0.30 + r.nextDouble() * 0.45));
            fifthOf[p] = 1 + r.nextInt(5);
        }
        List<Waiter> waiters = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int p = r.nextInt(200);
            double u = r.nextDouble();
            Priority priority = u < 0.02 ? Priority.P1 : u < 0.10 ? Priority.P2 : u < 0.30 ? Priority.P3 : Priority.P4;
            // the most deprived wait a little longer, so the gap exists and the constraint can bite
            double weeks = Math.min(
                    104,
                    (priority == Priority.P4 ? 18 : 6) * Math.exp(0.65 * r.nextGaussian()) + (5 - fifthOf[p]) * 0.5);
            double l = r.nextDouble();
            TravelLimit limit =
                    l < 0.6 ? TravelLimit.MILES_50 : l < 0.85 ? TravelLimit.MILES_100 : TravelLimit.ANYWHERE;
            waiters.add(new Waiter(
                    "W" + i,
                    sites.get(r.nextInt(7)).provider(),
                    specialties.get(r.nextInt(20)),
                    priority,
                    (int) weeks,
                    practices.get(p),
                    limit,
                    fifthOf[p]));
        }
        return new PlanRequest(waiters, sites, capacity, 12, true);
    }
}
