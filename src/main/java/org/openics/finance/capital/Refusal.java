package org.openics.finance.capital;

/** Why a capital round cannot be planned as given: what is wrong ({@code kind}), with what ({@code subject}), in words. */
public record Refusal(Kind kind, String subject, String detail) {

    public enum Kind {
        NO_ENVELOPE,
        NO_CRITERIA,
        DUPLICATE_BID,
        DUPLICATE_CRITERION,
        COSTS_DO_NOT_MATCH_ENVELOPE,
        UNKNOWN_DEPENDENCY,
        DEPENDENCY_CYCLE,
        UNKNOWN_BID_IN_OPTION_GROUP,
        MISSING_SCORE,
        UNKNOWN_CRITERION,
        MANDATORY_OPTIONS_CONFLICT,
        MANDATORY_OVER_ENVELOPE
    }

    @Override
    public String toString() {
        return kind + " " + subject + ": " + detail;
    }
}
