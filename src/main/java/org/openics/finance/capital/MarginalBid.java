package org.openics.finance.capital;

/**
 * A bid on the margin of the envelope: in the portfolio but out of it if the envelope fell by the margin
 * ({@code AT_RISK}), or out of it but in if the envelope rose by the margin ({@code NEXT_IN_LINE}).
 */
public record MarginalBid(BidId id, Kind kind, String detail) {

    public enum Kind {
        AT_RISK,
        NEXT_IN_LINE
    }
}
