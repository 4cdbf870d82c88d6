package org.openics.finance.capital;

/**
 * What the board maximises: a policy choice, not a technicality. Both use the same weighted score per bid.
 */
public enum Objective {

    /**
     * The sum of the chosen bids' weighted scores: each bid counts once, whatever it costs. A small bid with a good
     * score is cheap value, so this favours many smaller bids over one large one of the same score.
     */
    SCORE_SUM("sum of the chosen bids' weighted scores (each bid counts once: favours many smaller bids)"),

    /**
     * Each pound spent counts with the weighted score of the bid it pays for (score × total cost, in pounds): the
     * envelope goes to the best-scoring spending, so a large scheme counts as much as many small ones of equal score.
     */
    SPEND_WEIGHTED(
            "sum over the chosen bids of weighted score × total cost in pounds (each pound counts with the score of what it buys)");

    private final String definition;

    Objective(String definition) {
        this.definition = definition;
    }

    /** The objective in words, for the page and the report. */
    public String definition() {
        return definition;
    }
}
