package org.openics.governance;

/**
 * When a body may decide: at least this many eligible members present, of whom at least this many
 * independent (the chair or a non-executive).
 */
public record QuorumRule(int minimumMembers, int minimumIndependent) {

    public QuorumRule {
        if (minimumMembers < 1 || minimumIndependent < 0 || minimumIndependent > minimumMembers) {
            throw new IllegalArgumentException(
                    "a quorum needs at least one member and no more independents than members");
        }
    }

    public String describe() {
        return minimumMembers + " eligible members"
                + (minimumIndependent > 0
                        ? ", including " + minimumIndependent + " independent member"
                                + (minimumIndependent > 1 ? "s" : "")
                        : "");
    }
}
