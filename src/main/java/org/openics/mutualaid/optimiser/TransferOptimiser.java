package org.openics.mutualaid.optimiser;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openics.mutualaid.Plan;
import org.openics.mutualaid.PlanMethod;
import org.openics.mutualaid.PlanRequest;
import org.openics.mutualaid.Transfer;
import org.openics.mutualaid.Waiter;

/**
 * Finds the plan of transfers that maximises the {@link Objective} within capacity, specialty and each waiter's travel
 * limit. Without the equity constraint (or when the best plan keeps it anyway) a min-cost flow is optimal. With it —
 * the gap in mean projected wait between the most and least deprived fifths may not widen, |gap after| ≤ |gap before|
 * — the linear programme (GLOP) gives the bound; its optimum is rounded down and repaired to keep the constraint, and a
 * small instance is solved as an integer programme instead.
 */
public final class TransferOptimiser {

    /** Below this many variables an instance that needs the equity constraint is solved exactly as an integer programme. */
    static final int INTEGER_PROGRAMME_LIMIT = 5_000;

    static final double EPS = 1e-7;

    /** A solution on the network: waiters moved per group, flow per hub per reachable destination. */
    record Solution(long[] moved, long[][] flows) {}

    private final int integerProgrammeLimit;

    public TransferOptimiser() {
        this(INTEGER_PROGRAMME_LIMIT);
    }

    /** With a limit of 0 every constrained instance goes through the linear programme (tests of the rounding). */
    TransferOptimiser(int integerProgrammeLimit) {
        this.integerProgrammeLimit = integerProgrammeLimit;
    }

    public Plan plan(PlanRequest request) {
        long started = System.nanoTime();
        Network net = new Network(request);
        Equity equity = new Equity(net);
        if (net.groups() == 0) {
            Solution none = new Solution(new long[0], new long[0][]);
            return result(net, equity, none, PlanMethod.NOTHING_TO_PLAN, 0, started);
        }
        OrTools.load();
        long[] caps = new long[net.groups()];
        for (int g = 0; g < caps.length; g++) {
            caps[g] = net.size(g);
        }
        Solution flow = flow(net, caps);
        if (!request.protectEquity() || equity.holds(flow.moved())) {
            return result(net, equity, flow, PlanMethod.MIN_COST_FLOW, objective(net, flow), started);
        }
        int variables =
                net.groups() + net.hubReach.stream().mapToInt(List::size).sum();
        if (variables <= integerProgrammeLimit) {
            Solution exact = programme(net, equity, true);
            if (exact != null) {
                return result(net, equity, exact, PlanMethod.INTEGER_PROGRAMME, objective(net, exact), started);
            }
        }
        LinearSolution lp = linear(net, equity);
        long[] floor = new long[net.groups()];
        boolean integral = true;
        for (int g = 0; g < floor.length; g++) {
            floor[g] = (long) Math.floor(lp.moved()[g] + EPS);
            integral &= Math.abs(lp.moved()[g] - floor[g]) < EPS;
        }
        Solution rounded = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            equity.repair(floor);
            rounded = flow(net, floor);
            if (equity.holds(rounded.moved())) {
                break;
            }
            floor = rounded.moved().clone();
        }
        if (!equity.holds(rounded.moved())) {
            rounded = flow(net, new long[net.groups()]); // moving nobody keeps the gap as it is
        }
        PlanMethod method = integral && Arrays.equals(rounded.moved(), floor)
                ? PlanMethod.LINEAR_PROGRAMME
                : PlanMethod.ROUNDED_LINEAR_PROGRAMME;
        return result(net, equity, rounded, method, Math.max(lp.objective(), objective(net, rounded)), started);
    }

    /** Min-cost flow with at most {@code caps[g]} waiters moved from group g. */
    static Solution flow(Network net, long[] caps) {
        int groups = net.groups();
        int hubs = net.hubReach.size();
        int destinations = net.destinations.size();
        int sink = groups + hubs + destinations;
        MinCostFlow mcf = new MinCostFlow(
                sink + 1,
                groups * 2
                        + destinations
                        + net.hubReach.stream().mapToInt(List::size).sum());
        try {
            int[] moveArc = new int[groups];
            long total = 0;
            for (int g = 0; g < groups; g++) {
                long size = net.size(g);
                moveArc[g] = mcf.addArcWithCapacityAndUnitCost(
                        g, groups + net.groupHub.get(g), caps[g], -net.benefit(g) * Objective.SCALE);
                mcf.addArcWithCapacityAndUnitCost(g, sink, size, 0);
                mcf.setNodeSupply(g, size);
                total += size;
            }
            int[][] reachArc = new int[hubs][];
            for (int h = 0; h < hubs; h++) {
                List<Network.Reach> reach = net.hubReach.get(h);
                reachArc[h] = new int[reach.size()];
                for (int r = 0; r < reach.size(); r++) {
                    reachArc[h][r] = mcf.addArcWithCapacityAndUnitCost(
                            groups + h,
                            groups + hubs + reach.get(r).destination(),
                            total,
                            Objective.distanceCost(reach.get(r).miles()));
                }
            }
            for (int d = 0; d < destinations; d++) {
                mcf.addArcWithCapacityAndUnitCost(
                        groups + hubs + d, sink, net.destinations.get(d).slots(), 0);
            }
            mcf.setNodeSupply(sink, -total);
            MinCostFlowBase.Status status = mcf.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("min-cost flow did not solve: " + status);
            }
            long[] moved = new long[groups];
            for (int g = 0; g < groups; g++) {
                moved[g] = mcf.getFlow(moveArc[g]);
            }
            long[][] flows = new long[hubs][];
            for (int h = 0; h < hubs; h++) {
                flows[h] = new long[reachArc[h].length];
                for (int r = 0; r < flows[h].length; r++) {
                    flows[h][r] = mcf.getFlow(reachArc[h][r]);
                }
            }
            return new Solution(moved, flows);
        } finally {
            mcf.delete();
        }
    }

    record LinearSolution(double[] moved, double objective) {}

    /**
     * The linear programme with the equity constraint, made small without changing what it can move: hubs that reach the
     * same destinations are one (they differ only in distance, which is left out, so the optimum can only be higher),
     * and groups of one such hub with the same benefit and the same side of the constraint (most, least or neither
     * deprived fifth) are one variable. Its optimum is therefore an upper bound on every plan; its solution, shared out
     * to the groups and rounded down, says how many of each group to move.
     */
    static LinearSolution linear(Network net, Equity equity) {
        Map<List<Network.Reach>, Integer> bySet = new HashMap<>();
        List<List<Integer>> setDestinations = new ArrayList<>();
        int[] hubSet = new int[net.hubReach.size()];
        for (int h = 0; h < hubSet.length; h++) {
            List<Network.Reach> key = net.hubReach.get(h).stream()
                    .map(r -> new Network.Reach(r.destination(), 0))
                    .toList();
            hubSet[h] = bySet.computeIfAbsent(key, k -> {
                setDestinations.add(k.stream().map(Network.Reach::destination).toList());
                return setDestinations.size() - 1;
            });
        }
        Map<List<Long>, Integer> byVariable = new HashMap<>();
        List<List<Integer>> variableGroups = new ArrayList<>();
        for (int g = 0; g < net.groups(); g++) {
            int side = net.fifth(g) == 1 || net.fifth(g) == 5 ? net.fifth(g) : 0;
            List<Long> key = List.of((long) hubSet[net.groupHub.get(g)], net.benefit(g), (long) side);
            int v = byVariable.computeIfAbsent(key, k -> {
                variableGroups.add(new ArrayList<>());
                return variableGroups.size() - 1;
            });
            variableGroups.get(v).add(g);
        }
        MPSolver solver = MPSolver.createSolver("GLOP");
        try {
            MPObjective objective = solver.objective();
            objective.setMaximization();
            MPConstraint[] conservation = new MPConstraint[setDestinations.size()];
            MPConstraint[] destination = new MPConstraint[net.destinations.size()];
            for (int d = 0; d < destination.length; d++) {
                destination[d] =
                        solver.makeConstraint(0, net.destinations.get(d).slots(), "");
            }
            for (int set = 0; set < conservation.length; set++) {
                conservation[set] = solver.makeConstraint(0, 0, "");
                for (int d : setDestinations.get(set)) {
                    MPVariable f = solver.makeNumVar(0, MPSolver.infinity(), "");
                    conservation[set].setCoefficient(f, -1);
                    destination[d].setCoefficient(f, 1);
                }
            }
            double[] range = equity.allowedRange();
            MPConstraint fair = solver.makeConstraint(range[0], range[1], "equity");
            MPVariable[] moved = new MPVariable[variableGroups.size()];
            for (int v = 0; v < moved.length; v++) {
                List<Integer> groups = variableGroups.get(v);
                int first = groups.get(0);
                moved[v] =
                        solver.makeNumVar(0, groups.stream().mapToInt(net::size).sum(), "");
                objective.setCoefficient(moved[v], net.benefit(first));
                conservation[hubSet[net.groupHub.get(first)]].setCoefficient(moved[v], 1);
                double c = equity.coefficient(net.fifth(first));
                if (c != 0) {
                    fair.setCoefficient(moved[v], c);
                }
            }
            solver.setSolverSpecificParametersAsString("use_dual_simplex: true");
            if (solver.solve() != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("the linear programme did not solve");
            }
            double[] perGroup = new double[net.groups()];
            for (int v = 0; v < moved.length; v++) {
                double left = moved[v].solutionValue();
                for (int g : variableGroups.get(v)) {
                    double take = Math.min(left, net.size(g));
                    perGroup[g] = take;
                    left -= take;
                }
            }
            return new LinearSolution(perGroup, solver.objective().value());
        } finally {
            solver.delete();
        }
    }

    /** The integer programme (SCIP, else CBC); null when neither is available or it did not solve to optimality. */
    static Solution programme(Network net, Equity equity, boolean integer) {
        MPSolver solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            solver = MPSolver.createSolver("CBC");
        }
        if (solver == null) {
            return null;
        }
        try {
            Variables v = variables(solver, net, equity, integer);
            if (solver.solve() != MPSolver.ResultStatus.OPTIMAL) {
                return null;
            }
            long[] moved = new long[net.groups()];
            for (int g = 0; g < moved.length; g++) {
                moved[g] = Math.round(v.moved()[g].solutionValue());
            }
            long[][] flows = new long[v.flows().length][];
            for (int h = 0; h < flows.length; h++) {
                flows[h] = new long[v.flows()[h].length];
                for (int r = 0; r < flows[h].length; r++) {
                    flows[h][r] = Math.round(v.flows()[h][r].solutionValue());
                }
            }
            return new Solution(moved, flows);
        } finally {
            solver.delete();
        }
    }

    record Variables(MPVariable[] moved, MPVariable[][] flows) {}

    private static Variables variables(MPSolver solver, Network net, Equity equity, boolean integer) {
        int groups = net.groups();
        MPObjective objective = solver.objective();
        objective.setMaximization();
        MPVariable[] moved = new MPVariable[groups];
        for (int g = 0; g < groups; g++) {
            moved[g] = solver.makeVar(0, net.size(g), integer, "");
            objective.setCoefficient(moved[g], net.benefit(g));
        }
        MPConstraint[] destination = new MPConstraint[net.destinations.size()];
        for (int d = 0; d < destination.length; d++) {
            destination[d] = solver.makeConstraint(0, net.destinations.get(d).slots(), "");
        }
        MPVariable[][] flows = new MPVariable[net.hubReach.size()][];
        for (int h = 0; h < flows.length; h++) {
            MPConstraint conservation = solver.makeConstraint(0, 0, "");
            for (int g : net.hubGroups.get(h)) {
                conservation.setCoefficient(moved[g], 1);
            }
            List<Network.Reach> reach = net.hubReach.get(h);
            flows[h] = new MPVariable[reach.size()];
            for (int r = 0; r < reach.size(); r++) {
                MPVariable f = solver.makeVar(0, MPSolver.infinity(), integer, "");
                flows[h][r] = f;
                conservation.setCoefficient(f, -1);
                destination[reach.get(r).destination()].setCoefficient(f, 1);
                objective.setCoefficient(
                        f, -(double) Objective.distanceCost(reach.get(r).miles()) / Objective.SCALE);
            }
        }
        double[] range = equity.allowedRange();
        MPConstraint fair = solver.makeConstraint(range[0], range[1], "equity");
        for (int g = 0; g < groups; g++) {
            double c = equity.coefficient(net.fifth(g));
            if (c != 0) {
                fair.setCoefficient(moved[g], c);
            }
        }
        return new Variables(moved, flows);
    }

    static double objective(Network net, Solution s) {
        double points = 0;
        for (int g = 0; g < s.moved().length; g++) {
            points += net.benefit(g) * (double) s.moved()[g];
        }
        long distance = 0;
        for (int h = 0; h < s.flows().length; h++) {
            for (int r = 0; r < s.flows()[h].length; r++) {
                distance += s.flows()[h][r]
                        * Objective.distanceCost(net.hubReach.get(h).get(r).miles());
            }
        }
        return points - (double) distance / Objective.SCALE;
    }

    private static Plan result(Network net, Equity equity, Solution s, PlanMethod method, double bound, long started) {
        PlanRequest request = net.request;
        Map<String, String> assignments = new HashMap<>();
        boolean[] movedWaiter = new boolean[request.waiters().size()];
        Map<List<String>, double[]> transfers = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1))
                .thenComparing(k -> k.get(2)));
        double totalMiles = 0;
        double maxMiles = 0;
        int moved = 0;
        for (int h = 0; h < s.flows().length; h++) {
            // waiters of one hub are interchangeable for the destinations: hand the hub's flows out group by group
            List<Network.Reach> reach = net.hubReach.get(h);
            long[] left = s.flows()[h].clone();
            int r = 0;
            for (int g : net.hubGroups.get(h)) {
                for (int m = 0; m < s.moved()[g]; m++) {
                    while (left[r] == 0) {
                        r++;
                    }
                    left[r]--;
                    int waiterIndex = net.members.get(g)[m];
                    Waiter w = request.waiters().get(waiterIndex);
                    Network.Destination d = net.destinations.get(reach.get(r).destination());
                    double miles = reach.get(r).miles();
                    assignments.put(w.id(), d.site().code());
                    movedWaiter[waiterIndex] = true;
                    double[] t = transfers.computeIfAbsent(
                            List.of(
                                    w.origin(),
                                    d.site().code(),
                                    d.specialty(),
                                    d.site().provider()),
                            k -> new double[3]);
                    t[0]++;
                    t[1] += miles;
                    t[2] = Math.max(t[2], miles);
                    totalMiles += miles;
                    maxMiles = Math.max(maxMiles, miles);
                    moved++;
                }
            }
        }
        List<Transfer> list = new ArrayList<>();
        transfers.forEach((k, t) ->
                list.add(new Transfer(k.get(0), k.get(1), k.get(3), k.get(2), (int) t[0], t[1] / t[0], t[2])));
        double objective = net.groups() == 0 ? 0 : objective(net, s);
        double gap = bound <= 0 ? 0 : Math.max(0, (bound - objective) / bound * 100);
        long offered =
                net.destinations.stream().mapToLong(Network.Destination::slots).sum();
        return new Plan(
                method,
                request.horizonWeeks(),
                request.protectEquity(),
                request.waiters().size(),
                net.waitersInReach,
                moved,
                offered,
                list,
                assignments,
                equity.outcome(null),
                equity.outcome(movedWaiter),
                totalMiles,
                maxMiles,
                objective,
                Math.max(bound, objective),
                gap,
                net.groups(),
                net.arcs(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
