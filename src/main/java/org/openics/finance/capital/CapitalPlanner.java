package org.openics.finance.capital;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.openics.kernel.Money;

/**
 * Chooses the capital portfolio of a round with an exact optimiser (OR-Tools CP-SAT) and says how sure it is: the
 * portfolio's objective, the proven bound, the gap and whether optimality was proven. Every bid left out has its
 * reason; the marginal bids come from re-solving with every year's envelope moved by the margin (±2% by default);
 * {@link #sensitivity} re-solves with each criterion's weight moved by the step (±10%). Re-solves start from the
 * portfolio they are compared with and, among equally good portfolios, keep closest to it, so what they report as
 * changing really changes. Pure and stateless; the first call loads OR-Tools' natives (once per JVM).
 */
public final class CapitalPlanner {

    private final SolverSettings settings;

    public CapitalPlanner() {
        this(SolverSettings.defaults());
    }

    public CapitalPlanner(SolverSettings settings) {
        this.settings = settings;
    }

    public SolverSettings settings() {
        return settings;
    }

    /** The portfolio of a round, or the round refused with every reason found (unknown ids, cycles, mandatory over envelope ...). */
    public PlanOutcome plan(CapitalRound round) {
        RoundCheck.Checked checked = RoundCheck.check(round);
        if (checked.refused()) {
            return new PlanOutcome.Refused(checked.refusals());
        }
        IndexedRound r = checked.indexed();
        Solved base = solve(r, null);
        List<MarginalBid> marginal = new ArrayList<>();
        marginal.addAll(marginal(round, base, settings.envelopeMargin().negate()));
        marginal.addAll(marginal(round, base, settings.envelopeMargin()));
        List<ChosenBid> chosen = new ArrayList<>();
        for (int i = 0; i < r.bids; i++) {
            if (base.chosen()[i]) {
                Bid bid = r.bidList().get(i);
                chosen.add(new ChosenBid(
                        bid.id(), r.values[i], bid.totalCost(), bid.mandatory(), r.forced[i] && !bid.mandatory()));
            }
        }
        long[] spend = Reasons.spend(r, base.chosen());
        List<YearSpend> years = new ArrayList<>();
        for (int y = 0; y < r.years; y++) {
            EnvelopeYear year = round.envelope().get(y);
            years.add(new YearSpend(year.year(), year.limit(), Money.ofPence(spend[y])));
        }
        return new PlanOutcome.Planned(new Portfolio(
                round.objective(),
                chosen,
                Reasons.of(r, base.chosen(), base.scaled().coefficients()),
                marginal,
                years,
                base.report()));
    }

    /**
     * Which choices change if any criterion's weight moves by the settings' step up or down: one re-solve per criterion
     * and direction, started from {@code base} (the round's portfolio from {@link #plan}).
     */
    public SensitivityReport sensitivity(CapitalRound round, Portfolio base) {
        List<WeightChange> cases = new ArrayList<>();
        for (Criterion criterion : round.criteria()) {
            for (BigDecimal change :
                    List.of(settings.weightStep(), settings.weightStep().negate())) {
                List<Criterion> moved = round.criteria().stream()
                        .map(c -> c.id().equals(criterion.id()) ? c.reweighted(BigDecimal.ONE.add(change)) : c)
                        .toList();
                IndexedRound r = checked(round.withCriteria(moved));
                boolean[] before = r.bidList().stream()
                        .map(b -> base.chosenIds().contains(b.id()))
                        .collect(toArray());
                Solved after = solve(r, before);
                cases.add(new WeightChange(
                        criterion.id(),
                        change,
                        differ(r, after.chosen(), before),
                        differ(r, before, after.chosen()),
                        after.report()));
            }
        }
        return new SensitivityReport(cases);
    }

    private static IndexedRound checked(CapitalRound round) {
        RoundCheck.Checked checked = RoundCheck.check(round);
        if (checked.refused()) {
            throw new IllegalArgumentException("the capital round is refused: " + checked.refusals());
        }
        return checked.indexed();
    }

    /** Bids in {@code a} and not in {@code b}, in id order. */
    private static List<BidId> differ(IndexedRound r, boolean[] a, boolean[] b) {
        List<BidId> ids = new ArrayList<>();
        for (int i = 0; i < r.bids; i++) {
            if (a[i] && !b[i]) {
                ids.add(r.id(i));
            }
        }
        ids.sort(null);
        return ids;
    }

    private List<MarginalBid> marginal(CapitalRound round, Solved base, BigDecimal change) {
        BigDecimal factor = BigDecimal.ONE.add(change);
        List<EnvelopeYear> moved = round.envelope().stream()
                .map(e -> new EnvelopeYear(e.year(), e.limit().times(factor, RoundingMode.FLOOR)))
                .toList();
        String percent = change.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        boolean lower = change.signum() < 0;
        IndexedRound r = base.round();
        RoundCheck.Checked checked = RoundCheck.check(round.withEnvelope(moved));
        if (checked.refused()) {
            List<MarginalBid> all = new ArrayList<>();
            for (int i = 0; i < r.bids && lower; i++) {
                if (base.chosen()[i] && !r.forced[i]) {
                    all.add(new MarginalBid(
                            r.id(i),
                            MarginalBid.Kind.AT_RISK,
                            "the mandatory bids alone would break an envelope " + percent.substring(1) + " lower"));
                }
            }
            return all;
        }
        boolean[] after = solve(checked.indexed(), base.chosen()).chosen();
        List<MarginalBid> bids = new ArrayList<>();
        for (BidId id : lower ? differ(r, base.chosen(), after) : differ(r, after, base.chosen())) {
            bids.add(
                    lower
                            ? new MarginalBid(
                                    id,
                                    MarginalBid.Kind.AT_RISK,
                                    "leaves the portfolio if every year's envelope is " + percent.substring(1)
                                            + " lower")
                            : new MarginalBid(
                                    id,
                                    MarginalBid.Kind.NEXT_IN_LINE,
                                    "joins the portfolio if every year's envelope is " + percent + " higher"));
        }
        return bids;
    }

    /** One solve: started from the greedy portfolio or {@code previous} (the better feasible one), staying close to {@code previous}. */
    private Solved solve(IndexedRound r, boolean[] previous) {
        ScaledValues scaled = ScaledValues.of(r.values, ScaledValues.limitFor(r.bids));
        boolean[] hint = Greedy.portfolio(r, scaled.coefficients());
        if (previous != null && r.feasible(previous) && r.valueOf(previous).compareTo(r.valueOf(hint)) >= 0) {
            hint = previous;
        }
        CpSatSolve.Answer answer = CpSatSolve.solve(r, scaled.coefficients(), settings, hint, previous);
        BigDecimal objective = r.valueOf(answer.chosen());
        BigDecimal bound =
                scaled.unscaled(answer.bound()).add(scaled.worstRoundingError()).max(objective);
        boolean proven = answer.optimal() && scaled.exact();
        BigDecimal gap = objective.signum() > 0
                ? bound.subtract(objective).divide(objective, new MathContext(6, RoundingMode.UP))
                : bound.signum() == 0 ? BigDecimal.ZERO : BigDecimal.ONE;
        SolveReport report = new SolveReport(
                objective, bound, proven ? BigDecimal.ZERO : gap, proven, answer.wallTime(), scaled.precision());
        return new Solved(r, scaled, answer.chosen(), report);
    }

    private record Solved(IndexedRound round, ScaledValues scaled, boolean[] chosen, SolveReport report) {}

    private static java.util.stream.Collector<Boolean, ?, boolean[]> toArray() {
        return Collectors.collectingAndThen(Collectors.toList(), list -> {
            boolean[] array = new boolean[list.size()];
            for (int i = 0; i < array.length; i++) {
                array[i] = list.get(i);
            }
            return array;
        });
    }
}
