package org.openics.governance;

import java.time.LocalDate;
import java.util.List;

/**
 * A body's terms of reference for a period: what it is for, its quorum and the roles its members hold. A change to them is a
 * new period from a date, so a meeting is always judged by the terms in force on its day.
 *
 * @param members     the roles the terms name as members (empty: as seated)
 * @param namedVotes  the terms require each member's vote to be recorded by name (a recorded vote), not only the counts
 */
public record TermsOfReference(
        String body,
        String remit,
        QuorumRule quorum,
        List<Role> members,
        LocalDate validFrom,
        LocalDate validTo,
        boolean namedVotes)
        implements Dated {

    public TermsOfReference(
            String body, String remit, QuorumRule quorum, List<Role> members, LocalDate validFrom, LocalDate validTo) {
        this(body, remit, quorum, members, validFrom, validTo, false);
    }

    public TermsOfReference {
        Codes.require(body, "body");
        if (remit == null || remit.isBlank()) {
            throw new IllegalArgumentException(
                    "the terms of reference of " + body + " need a remit (what the body is for)");
        }
        if (quorum == null) {
            throw new IllegalArgumentException("the terms of reference of " + body + " need a quorum");
        }
        remit = remit.strip();
        members = members == null ? List.of() : List.copyOf(members);
        Dated.check(validFrom, validTo, "the terms of reference of " + body);
    }

    public TermsOfReference endingOn(LocalDate lastDay) {
        return new TermsOfReference(body, remit, quorum, members, validFrom, lastDay, namedVotes);
    }
}
