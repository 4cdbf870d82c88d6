package org.openics.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.openics.kernel.Money;

/**
 * What an allocation run gives, or why it could not run ({@code problems}, then nothing else is filled). Every list of
 * sums adds up to its total to the penny.
 *
 * @param distributable the envelope less the top-slices
 * @param units         per unit: target by need, baseline, shares and distance from target
 * @param path          the convergence path, one entry per year
 */
public record AllocationResult(
        List<String> problems,
        Money distributable,
        List<ProgrammeBudget> programmes,
        List<UnitTarget> units,
        List<PathYear> path,
        List<String> method) {

    public AllocationResult {
        problems = List.copyOf(problems);
        programmes = List.copyOf(programmes);
        units = List.copyOf(units);
        path = List.copyOf(path);
        method = List.copyOf(method);
    }

    public static AllocationResult refused(List<String> problems) {
        return new AllocationResult(problems, Money.ZERO, List.of(), List.of(), List.of(), List.of());
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** A programme budget and its split between units by its need component. */
    public record ProgrammeBudget(String name, NeedComponent component, Money amount, List<Money> byUnit) {
        public ProgrammeBudget {
            byUnit = List.copyOf(byUnit);
        }
    }

    /**
     * One unit's need-weighted target against its baseline. Shares are fractions of one (10 decimal places);
     * {@code distanceFromTarget} is (baseline share − target share) ÷ target share, negative when under target.
     */
    public record UnitTarget(
            String code,
            String name,
            Money target,
            BigDecimal targetShare,
            Money baseline,
            BigDecimal baselineShare,
            Optional<BigDecimal> distanceFromTarget) {}

    /** One year of the convergence path. */
    public record PathYear(int year, Money envelope, List<UnitYear> units) {
        public PathYear {
            units = List.copyOf(units);
        }
    }

    /** A unit in one year: its allocation, its target that year, growth on the year before, and which bound held it. */
    public record UnitYear(
            String code,
            Money allocation,
            Money target,
            BigDecimal growthPercent,
            BigDecimal distanceFromTargetPercent,
            Bound bound) {}

    /** What limited a unit's allocation in a year. */
    public enum Bound {
        NONE,
        FLOOR,
        CAP
    }

    public Optional<PathYear> lastYear() {
        return path.isEmpty() ? Optional.empty() : Optional.of(path.get(path.size() - 1));
    }
}
