package org.openics.finance.capital;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The round as a CP-SAT model: one yes/no per bid; forced bids fixed to yes; "needs" as implications; at most one
 * option a group; one knapsack row a year (costs divided by the year's common factor, which is exact); maximise the
 * scaled values. With {@code stayCloseTo} the objective becomes values × (n+1) ± 1 a bid for agreeing with that
 * portfolio: lexicographic, so among equally good portfolios the one with fewest changes wins and re-solves report
 * real changes, not a different tie.
 */
final class CpSatSolve {

    /** The solver's answer on the scaled objective; {@code bound} is the proven upper bound of the scaled values. */
    record Answer(boolean[] chosen, long value, long bound, boolean optimal, Duration wallTime) {}

    private CpSatSolve() {}

    static Answer solve(IndexedRound r, long[] values, SolverSettings settings, boolean[] hint, boolean[] stayCloseTo) {
        OrTools.load();
        CpModel model = new CpModel();
        int n = r.bids;
        BoolVar[] x = new BoolVar[n];
        for (int i = 0; i < n; i++) {
            x[i] = model.newBoolVar("b" + i);
            if (r.forced[i]) {
                model.addEquality(x[i], 1);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j : r.dependsOn[i]) {
                model.addImplication(x[i], x[j]);
            }
        }
        for (int[] group : r.groups) {
            if (group.length > 1) {
                Literal[] options = new Literal[group.length];
                for (int k = 0; k < group.length; k++) {
                    options[k] = x[group[k]];
                }
                model.addAtMostOne(options);
            }
        }
        addEnvelope(model, r, x);
        long factor = stayCloseTo == null ? 1 : n + 1L;
        long[] objective = new long[n];
        for (int i = 0; i < n; i++) {
            objective[i] = Math.multiplyExact(values[i], factor) + (stayCloseTo == null ? 0 : stayCloseTo[i] ? 1 : -1);
        }
        model.maximize(LinearExpr.weightedSum(x, objective));
        if (hint != null) {
            for (int i = 0; i < n; i++) {
                model.addHint(x[i], hint[i]);
            }
        }
        CpSolver solver = new CpSolver();
        solver.getParameters()
                .setMaxTimeInSeconds(settings.timeLimit().toNanos() / 1e9)
                .setRelativeGapLimit(settings.relativeGapLimit())
                .setNumWorkers(settings.workers())
                .setRandomSeed(7);
        if (settings.workers() > 1) {
            settings.subsolvers().forEach(solver.getParameters()::addSubsolvers);
        }
        CpSolverStatus status = solver.solve(model);
        Duration wall = Duration.ofNanos((long) (solver.wallTime() * 1e9));
        boolean solved = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        if (!solved
                && (hint == null || status == CpSolverStatus.INFEASIBLE || status == CpSolverStatus.MODEL_INVALID)) {
            throw new IllegalStateException("CP-SAT found no portfolio (" + status + "): " + solver.getSolutionInfo());
        }
        boolean[] chosen = new boolean[n];
        long value = 0;
        for (int i = 0; i < n; i++) {
            chosen[i] = solved ? solver.booleanValue(x[i]) : hint[i];
            value += chosen[i] ? values[i] : 0;
        }
        long combinedBound = (long) Math.floor(solver.bestObjectiveBound());
        long bound = stayCloseTo == null ? combinedBound : Math.floorDiv(combinedBound + n, factor);
        boolean optimal = status == CpSolverStatus.OPTIMAL && settings.relativeGapLimit() == 0;
        return new Answer(chosen, value, Math.max(bound, value), optimal || bound <= value, wall);
    }

    private static void addEnvelope(CpModel model, IndexedRound r, BoolVar[] x) {
        for (int y = 0; y < r.years; y++) {
            long divisor = 0;
            long total = 0;
            for (int i = 0; i < r.bids; i++) {
                divisor = ScaledValues.gcd(divisor, r.costs[i][y]);
                total += r.costs[i][y];
            }
            if (total <= r.envelope[y]) {
                continue; // every bid together fits this year: the row would never bind
            }
            List<BoolVar> vars = new ArrayList<>();
            List<Long> coefficients = new ArrayList<>();
            for (int i = 0; i < r.bids; i++) {
                if (r.costs[i][y] > 0) {
                    vars.add(x[i]);
                    coefficients.add(r.costs[i][y] / divisor);
                }
            }
            model.addLessOrEqual(
                    LinearExpr.weightedSum(
                            vars.toArray(BoolVar[]::new),
                            coefficients.stream().mapToLong(Long::longValue).toArray()),
                    r.envelope[y] / divisor);
        }
    }
}
