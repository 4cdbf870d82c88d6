package org.openics.finance.allocation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openics.finance.AllocationInputs;
import org.openics.finance.AllocationResult;
import org.openics.finance.AllocationResult.Bound;
import org.openics.finance.AllocationResult.PathYear;
import org.openics.finance.AllocationResult.ProgrammeBudget;
import org.openics.finance.AllocationResult.UnitTarget;
import org.openics.finance.AllocationResult.UnitYear;
import org.openics.kernel.Money;

/**
 * An allocation run: the envelope less its top-slices is shared between programme budgets by their weights; each
 * programme is shared between units in proportion to their weighted population for its need component; a unit's target
 * is the sum of its programme shares. The path then moves each unit from its baseline towards its target share of each
 * year's envelope within the floor and cap on growth ({@link PaceOfChange}). Every split is Money's largest remainder, so
 * every list of sums adds up to its total to the penny. Deterministic: the same inputs give the same figures.
 */
public final class NeedWeightedAllocation {

    public static final int SHARE_SCALE = 10;
    private static final MathContext M = MathContext.DECIMAL128;

    private NeedWeightedAllocation() {}

    public static AllocationResult run(AllocationInputs in) {
        List<String> problems = check(in);
        if (!problems.isEmpty()) {
            return AllocationResult.refused(problems);
        }
        Money distributable = in.envelope()
                .minus(Money.sum(in.topSlices().stream()
                        .map(AllocationInputs.TopSlice::amount)
                        .toList()));
        List<Money> programmeAmounts = distributable.allocate(
                in.programmes().stream().map(AllocationInputs.Programme::weight).toList());
        int n = in.units().size();
        long[] target = new long[n];
        List<ProgrammeBudget> programmes = new ArrayList<>();
        for (int p = 0; p < in.programmes().size(); p++) {
            AllocationInputs.Programme programme = in.programmes().get(p);
            List<BigDecimal> need = in.units().stream()
                    .map(u -> u.weighted().getOrDefault(programme.component(), BigDecimal.ZERO))
                    .toList();
            List<Money> byUnit = programmeAmounts.get(p).allocate(need);
            for (int i = 0; i < n; i++) {
                target[i] += byUnit.get(i).pence();
            }
            programmes.add(
                    new ProgrammeBudget(programme.name(), programme.component(), programmeAmounts.get(p), byUnit));
        }
        Money baselineTotal = Money.sum(
                in.units().stream().map(AllocationInputs.Unit::baseline).toList());
        List<UnitTarget> units = new ArrayList<>();
        List<BigDecimal> targetWeights = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AllocationInputs.Unit u = in.units().get(i);
            BigDecimal targetShare = share(target[i], distributable.pence());
            BigDecimal baselineShare = share(u.baseline().pence(), baselineTotal.pence());
            Optional<BigDecimal> distance = targetShare.signum() == 0
                    ? Optional.empty()
                    : Optional.of(baselineShare
                            .subtract(targetShare)
                            .divide(targetShare, M)
                            .setScale(SHARE_SCALE, RoundingMode.HALF_EVEN));
            units.add(new UnitTarget(
                    u.code(), u.name(), Money.ofPence(target[i]), targetShare, u.baseline(), baselineShare, distance));
            targetWeights.add(BigDecimal.valueOf(target[i]));
        }
        List<PathYear> path = new ArrayList<>();
        long[] previous =
                in.units().stream().mapToLong(u -> u.baseline().pence()).toArray();
        Money envelope = distributable;
        for (int year = 1; year <= in.years(); year++) {
            if (year > 1) {
                envelope =
                        envelope.times(BigDecimal.ONE.add(in.growthPercent().movePointLeft(2)), RoundingMode.HALF_EVEN);
            }
            List<Money> targets = envelope.allocate(targetWeights);
            List<PaceOfChange.Bounds> bounds = new ArrayList<>();
            for (long p : previous) {
                bounds.add(PaceOfChange.bounds(p, in.floorPercent(), in.capPercent()));
            }
            PaceOfChange.Settled settled = PaceOfChange.settle(envelope, targets, bounds);
            if (settled.problem().isPresent()) {
                return AllocationResult.refused(List.of("Year " + year + " of the path cannot be settled: "
                        + settled.problem().get() + ". Widen the floor or cap, or change the envelope's growth."));
            }
            List<UnitYear> years = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long a = settled.pence()[i];
                Bound bound = Bound.NONE;
                if (a == bounds.get(i).low() && targets.get(i).pence() < a) {
                    bound = Bound.FLOOR;
                } else if (a == bounds.get(i).high() && targets.get(i).pence() > a) {
                    bound = Bound.CAP;
                }
                years.add(new UnitYear(
                        in.units().get(i).code(),
                        Money.ofPence(a),
                        targets.get(i),
                        percent(a - previous[i], previous[i]),
                        percent(a - targets.get(i).pence(), targets.get(i).pence()),
                        bound));
            }
            path.add(new PathYear(year, envelope, years));
            previous = settled.pence();
        }
        return new AllocationResult(List.of(), distributable, programmes, units, path, method(in));
    }

    static List<String> check(AllocationInputs in) {
        List<String> problems = new ArrayList<>();
        if (in.envelope() == null || in.envelope().pence() <= 0) {
            problems.add("The envelope must be more than £0.");
            return problems;
        }
        Money slices = Money.sum(
                in.topSlices().stream().map(AllocationInputs.TopSlice::amount).toList());
        if (in.topSlices().stream().anyMatch(t -> t.amount().isNegative())) {
            problems.add("A top-slice is negative.");
        }
        if (slices.compareTo(in.envelope()) >= 0) {
            problems.add("The top-slices (" + slices + ") leave nothing of the envelope (" + in.envelope()
                    + ") to share by need.");
        }
        if (in.programmes().isEmpty()) {
            problems.add("There are no programme budgets to share the envelope into.");
        }
        if (in.programmes().stream()
                        .anyMatch(p -> p.weight() == null || p.weight().signum() < 0)
                || in.programmes().stream()
                        .allMatch(p -> p.weight() == null || p.weight().signum() == 0)) {
            problems.add("Programme weights must be zero or more, and not all zero.");
        }
        if (in.units().size() < 2) {
            problems.add("An allocation needs at least two units to share between.");
        }
        for (AllocationInputs.Unit u : in.units()) {
            if (u.baseline().isNegative()) {
                problems.add("The baseline of " + u.name() + " is negative.");
            }
            boolean noNeed = in.programmes().stream()
                    .allMatch(p -> u.weighted()
                                    .getOrDefault(p.component(), BigDecimal.ZERO)
                                    .signum()
                            <= 0);
            if (noNeed) {
                problems.add(u.name() + " has no weighted population for any programme's component.");
            }
        }
        for (AllocationInputs.Programme p : in.programmes()) {
            if (in.units().stream()
                    .allMatch(u -> u.weighted()
                                    .getOrDefault(p.component(), BigDecimal.ZERO)
                                    .signum()
                            <= 0)) {
                problems.add("No unit has a weighted population for "
                        + p.component().header() + " (programme " + p.name() + ").");
            }
        }
        if (in.years() < 1 || in.years() > 20) {
            problems.add("The convergence path runs for 1 to 20 years.");
        }
        if (in.floorPercent() == null || in.capPercent() == null || in.growthPercent() == null) {
            problems.add("The envelope's growth, the floor and the cap are all needed.");
        } else if (in.floorPercent().compareTo(in.capPercent()) > 0) {
            problems.add("The floor on growth (" + in.floorPercent().toPlainString() + "%) is above the cap ("
                    + in.capPercent().toPlainString() + "%).");
        }
        if (in.units().stream().allMatch(u -> u.baseline().isZero())) {
            problems.add("Every baseline is £0: give the units' current allocations.");
        }
        return problems;
    }

    private static List<String> method(AllocationInputs in) {
        return List.of(
                "Distributable = envelope − top-slices; programme budgets share it by their weights (largest remainder, to the penny).",
                "Each programme is shared between units in proportion to their weighted population for its need component"
                        + " (NHS England weighted populations, " + in.year()
                        + "); a unit's target is the sum of its shares.",
                "Distance from target = (baseline share − target share) ÷ target share.",
                "Path: year 1 shares the distributable sum, later years grow it by "
                        + in.growthPercent().toPlainString() + "% a year; each unit"
                        + " gets clamp(λ × its target, last year × (1 + "
                        + in.floorPercent().toPlainString() + "%), last year × (1 + "
                        + in.capPercent().toPlainString()
                        + "%)) with one λ making the sum the envelope; pence settled by largest remainder"
                        + " within the bounds (floors rounded up, caps down, to the penny).");
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SHARE_SCALE, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal percent(long change, long base) {
        return base == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(change)
                        .movePointRight(2)
                        .divide(BigDecimal.valueOf(base), 4, RoundingMode.HALF_EVEN);
    }
}
