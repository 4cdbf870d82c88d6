package org.openics.finance.capital;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.openics.kernel.Money;

/**
 * A capital bid: who asks ({@code organisation}, e.g. an ODS code), where ({@code location}: a site or a place), what it
 * costs in each year of the envelope (same order and number of years), whether it must be funded ({@code mandatory}:
 * statutory, safety-critical or already contracted), which other bids it needs, and its score on each criterion (from
 * the caller: analytics' need and inequality figures, the estates team's backlog risk, ...). Scores are non-negative.
 */
public record Bid(
        BidId id,
        String title,
        String organisation,
        String location,
        List<Money> costs,
        boolean mandatory,
        Set<BidId> dependsOn,
        Map<String, BigDecimal> scores) {

    public Bid {
        Objects.requireNonNull(id, "a capital bid needs an identifier");
        title = title == null || title.isBlank() ? id.value() : title.strip();
        organisation = organisation == null ? "" : organisation.strip();
        location = location == null ? "" : location.strip();
        costs = List.copyOf(Objects.requireNonNull(costs, () -> "bid " + id + " has no costs"));
        for (Money cost : costs) {
            if (cost.isNegative()) {
                throw new IllegalArgumentException("bid " + id + " has a negative cost (" + cost + ")");
            }
        }
        dependsOn = Set.copyOf(new TreeSet<>(dependsOn == null ? Set.of() : dependsOn));
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        (scores == null ? Map.<String, BigDecimal>of() : scores).forEach((criterion, score) -> {
            Objects.requireNonNull(score, () -> "bid " + id + " has no score for " + criterion);
            if (score.signum() < 0) {
                throw new IllegalArgumentException("bid " + id + " has a negative score for " + criterion);
            }
            copy.put(criterion, score);
        });
        scores = Map.copyOf(copy);
    }

    /** What the bid costs over all years. */
    public Money totalCost() {
        return Money.sum(costs);
    }
}
