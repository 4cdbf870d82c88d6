package org.openics.finance.capital;

/** A bid left out of the portfolio, with the reason: a kind a program can act on, and words for the board. */
public record RejectedBid(BidId id, Kind kind, String detail) {

    public enum Kind {
        /** It (with what it needs and the mandatory bids) costs more than the envelope in some year. */
        EXCEEDS_ENVELOPE_ON_ITS_OWN,
        /** It cannot go with the mandatory bids: an option of its group is mandatory or needed by one. */
        EXCLUDED_BY_MANDATORY_OPTION,
        /** Another option of its group is in the portfolio. */
        EXCLUDED_BY_OPTION,
        /** It needs a bid that is not in the portfolio. */
        NEEDS_UNCHOSEN_BID,
        /** It does not fit the headroom left in some year: funding it would displace bids worth more. */
        DISPLACED_BY_HIGHER_VALUE,
        /** It scores nothing under the board's weights. */
        NO_VALUE,
        /** It would fit, but the solver stopped at its time limit before proving the portfolio optimal. */
        NOT_REACHED_IN_TIME
    }
}
