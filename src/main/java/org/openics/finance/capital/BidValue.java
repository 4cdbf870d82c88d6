package org.openics.finance.capital;

import java.math.BigDecimal;
import java.util.Map;

/** A bid's value under an objective, exactly: the weighted sum of its scores, times its cost in pounds if spend-weighted. */
final class BidValue {

    private BidValue() {}

    static BigDecimal of(Bid bid, Map<String, BigDecimal> weights, Objective objective) {
        BigDecimal score = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> w : weights.entrySet()) {
            score = score.add(w.getValue().multiply(bid.scores().get(w.getKey())));
        }
        return switch (objective) {
            case SCORE_SUM -> score;
            case SPEND_WEIGHTED -> score.multiply(bid.totalCost().pounds());
        };
    }
}
