package org.openics.governance;

import java.time.LocalDate;

/**
 * One rule of a constitution, as data: which bodies it applies to, its shape, its parameters, the rule in
 * words and the reason it exists. Rules are versioned: a new version ends the old one.
 *
 * @param role    the role a {@link RuleKind#REQUIRES_ROLE} rule counts (null otherwise)
 * @param minimum how many members that rule requires
 */
public record ConstitutionRule(
        String id,
        int version,
        BodyKind appliesTo,
        RuleKind kind,
        Role role,
        int minimum,
        String text,
        String reason,
        LocalDate validFrom,
        LocalDate validTo)
        implements Dated {

    public ConstitutionRule {
        Codes.require(id, "rule");
        if (version < 1 || appliesTo == null || kind == null) {
            throw new IllegalArgumentException(
                    "rule " + id + " needs a version from 1, the kind of body it applies to and a kind");
        }
        if (kind == RuleKind.REQUIRES_ROLE && (role == null || minimum < 1)) {
            throw new IllegalArgumentException("rule " + id + " requires a role and a minimum of at least 1");
        }
        if (text == null || text.isBlank() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("rule " + id + " needs its text and its reason");
        }
        Dated.check(validFrom, validTo, "rule " + id);
    }

    public String label() {
        return id + " v" + version;
    }
}
