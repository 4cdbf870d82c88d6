package org.openics.governance;

import java.time.LocalDate;

/**
 * One entry of the scheme of reservation and delegation: a function held by a delegate, given by a
 * delegator, within a financial limit and conditions, for a period.
 *
 * @param delegatedBy  the body (or "NHS-ENGLAND", or "STATUTE") that gives the function
 * @param delegate     the body code, the role of an individual (e.g. DIRECTOR_OF_FINANCE) or the lead provider's code
 * @param place        registry code of the place the entry is limited to, or null for every place
 * @param limitPounds  the largest value the delegate may commit, or null for no limit
 */
public record Delegation(
        String id,
        String function,
        String delegatedBy,
        String delegate,
        DelegateKind kind,
        String place,
        Long limitPounds,
        String conditions,
        LocalDate validFrom,
        LocalDate validTo)
        implements Dated {

    public static final String NHS_ENGLAND = "NHS-ENGLAND";
    public static final String STATUTE = "STATUTE";

    public Delegation {
        Codes.require(id, "scheme entry");
        Codes.require(function, "function");
        if (delegatedBy == null || delegatedBy.isBlank() || delegate == null || delegate.isBlank() || kind == null) {
            throw new IllegalArgumentException(
                    "scheme entry " + id + " needs who delegates, the delegate and the kind");
        }
        if (limitPounds != null && limitPounds < 0) {
            throw new IllegalArgumentException("scheme entry " + id + " has a negative financial limit");
        }
        conditions = conditions == null ? "" : conditions.strip();
        Dated.check(validFrom, validTo, "scheme entry " + id);
    }

    /** True when the entry gives the function to the ICB itself (from statute or NHS England). */
    public boolean root() {
        return STATUTE.equals(delegatedBy) || NHS_ENGLAND.equals(delegatedBy);
    }

    public boolean covers(long pounds) {
        return limitPounds == null || pounds <= limitPounds;
    }

    public boolean appliesTo(String decisionPlace) {
        return place == null || place.equals(decisionPlace);
    }
}
