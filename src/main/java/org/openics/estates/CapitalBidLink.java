package org.openics.estates;

import java.util.Optional;
import org.openics.kernel.Money;

/**
 * An estate plan's capital bid as the finance module holds it: the round it is in, its title, total cost and location,
 * and what the round's plan decided (chosen, rejected with the reason, not yet planned). {@code round} is empty when no
 * capital round holds a bid with the plan's reference (then {@code decision} says so).
 *
 * @param locationMatches false when the bid names a location that is neither the plan's site nor the site's place
 */
public record CapitalBidLink(
        long plan,
        String bid,
        Optional<String> round,
        String title,
        Money totalCost,
        String location,
        boolean locationMatches,
        String decision) {}
