package org.openics.finance.capital;

import java.time.Duration;
import java.util.Locale;

/**
 * The capital benchmark (bench/capital.sh): rounds of BIDS bids over YEARS years with dependencies and option groups
 * (CapitalRounds.benchmark), one per seed; prints for each the base solve's time, gap and whether it was proven
 * optimal, and the whole plan's time (with the two marginal re-solves at ±2% of the envelope).
 * Arguments: bids years seeds gap seconds workers [sensitivity].
 */
public final class CapitalBench {

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    public static void main(String[] args) {
        int bids = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int seeds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        double gap = args.length > 3 ? Double.parseDouble(args[3]) : 0.001;
        double seconds = args.length > 4 ? Double.parseDouble(args[4]) : 5;
        int workers = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        boolean sensitivity = args.length > 6 && args[6].equals("sensitivity");
        SolverSettings settings = SolverSettings.defaults()
                .withGap(gap, Duration.ofMillis((long) (seconds * 1000)))
                .withWorkers(workers);
        CapitalPlanner planner = new CapitalPlanner(settings);
        long start = System.nanoTime();
        OrTools.load();
        System.out.printf(Locale.UK, "OR-Tools natives loaded in %.2f s%n", (System.nanoTime() - start) / 1e9);
        System.out.printf(
                Locale.UK,
                "%d bids x %d years, stop at gap <= %.3f%% or %.1f s, %d workers %s%n",
                bids,
                years,
                gap * 100,
                seconds,
                workers,
                settings.subsolvers());
        System.out.println(
                "seed  objective  deps groups mandatory chosen  solve_s  gap_%     proven  plan_s  plan_cpu_s"
                        + (sensitivity ? "  sensitivity_s changing" : ""));
        Objective objective = Objective.valueOf(System.getProperty("objective", "SCORE_SUM"));
        for (int seed = 1; seed <= seeds; seed++) {
            CapitalRound round = CapitalRounds.benchmark(seed, bids, years, objective);
            long deps =
                    round.bids().stream().filter(b -> !b.dependsOn().isEmpty()).count();
            long mandatory = round.bids().stream().filter(Bid::mandatory).count();
            long t0 = System.nanoTime();
            long cpu0 = cpuNanos();
            PlanOutcome outcome = planner.plan(round);
            double planSeconds = (System.nanoTime() - t0) / 1e9;
            double planCpu = (cpuNanos() - cpu0) / 1e9;
            if (!(outcome instanceof PlanOutcome.Planned planned)) {
                System.out.println(seed + " refused: " + outcome);
                continue;
            }
            Portfolio p = planned.portfolio();
            String line = String.format(
                    Locale.UK,
                    "%4d  %-10s %4d %6d %9d %6d  %7.2f  %-8.4f  %-6s  %6.2f  %10.2f",
                    seed,
                    objective == Objective.SCORE_SUM ? "score-sum" : "spend-wtd",
                    deps,
                    round.optionGroups().size(),
                    mandatory,
                    p.chosen().size(),
                    p.solve().solveTime().toMillis() / 1000.0,
                    p.solve().gap().doubleValue() * 100,
                    p.solve().provenOptimal(),
                    planSeconds,
                    planCpu);
            if (sensitivity) {
                long t1 = System.nanoTime();
                SensitivityReport report = planner.sensitivity(round, p);
                line += String.format(
                        Locale.UK,
                        "  %13.2f %8d",
                        (System.nanoTime() - t1) / 1e9,
                        report.sensitiveBids().size());
            }
            if (Boolean.getBoolean("bench.values")) {
                line += "  objective " + p.solve().objective().toPlainString() + " bound "
                        + p.solve().bound().toPlainString();
            }
            System.out.println(line);
        }
    }
}
