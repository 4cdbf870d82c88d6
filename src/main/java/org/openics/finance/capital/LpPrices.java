package org.openics.finance.capital;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * The round's linear relaxation (bids may be part-funded), solved by GLOP: its solution and the shadow price of each
 * year's envelope (what a pound more in that year would be worth). They only guide the starting portfolio; nothing
 * reported depends on them, so the relaxation's floating point cannot make a figure wrong.
 */
record LpPrices(double[] solution, double[] pricePerPenny) {

    static LpPrices of(IndexedRound r, long[] values) {
        OrTools.load();
        MPSolver lp = MPSolver.createSolver("GLOP");
        try {
            MPVariable[] x = new MPVariable[r.bids];
            for (int i = 0; i < r.bids; i++) {
                x[i] = lp.makeNumVar(r.forced[i] ? 1 : 0, 1, "b" + i);
            }
            for (int i = 0; i < r.bids; i++) {
                for (int j : r.dependsOn[i]) {
                    MPConstraint needs = lp.makeConstraint(-MPSolver.infinity(), 0);
                    needs.setCoefficient(x[i], 1);
                    needs.setCoefficient(x[j], -1);
                }
            }
            for (int[] group : r.groups) {
                MPConstraint one = lp.makeConstraint(-MPSolver.infinity(), 1);
                for (int i : group) {
                    one.setCoefficient(x[i], 1);
                }
            }
            MPConstraint[] years = new MPConstraint[r.years];
            for (int y = 0; y < r.years; y++) {
                // in pounds of thousands, so the LP's numbers stay near one
                years[y] = lp.makeConstraint(-MPSolver.infinity(), r.envelope[y] / 1e5);
                for (int i = 0; i < r.bids; i++) {
                    years[y].setCoefficient(x[i], r.costs[i][y] / 1e5);
                }
            }
            MPObjective objective = lp.objective();
            for (int i = 0; i < r.bids; i++) {
                objective.setCoefficient(x[i], values[i]);
            }
            objective.setMaximization();
            MPSolver.ResultStatus status = lp.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                return null;
            }
            double[] solution = new double[r.bids];
            for (int i = 0; i < r.bids; i++) {
                solution[i] = x[i].solutionValue();
            }
            double[] prices = new double[r.years];
            for (int y = 0; y < r.years; y++) {
                prices[y] = Math.max(0, years[y].dualValue()) / 1e5;
            }
            return new LpPrices(solution, prices);
        } finally {
            lp.delete();
        }
    }
}
