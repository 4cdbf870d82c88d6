package org.openics.governance;

import java.time.LocalDate;

/** One change a board secretary makes to the governance model, dated. Each is checked against the whole model before it is kept. */
public sealed interface GovernanceChange {

    /** In words, for the history: "appointed Dr Amara Lindqvist as Member of QZZ-PCC from 1 May 2026". */
    String describe();

    /** Appoints a person (a new one when {@code newPersonName} is given) to a seat from a date, for a term ending {@code to} (or open). */
    record Appoint(
            String person,
            String newPersonName,
            String body,
            Role role,
            String represents,
            LocalDate from,
            LocalDate to)
            implements GovernanceChange {
        @Override
        public String describe() {
            return "appointed " + (newPersonName == null ? person : newPersonName + " (" + person + ")") + " as "
                    + role.label() + " of " + body + " from " + from + (to == null ? "" : " to " + to);
        }
    }

    /** Ends a person's seat on a body: {@code lastDay} is the last day they hold it. */
    record EndSeat(String person, String body, Role role, LocalDate lastDay) implements GovernanceChange {
        @Override
        public String describe() {
            return "ended the seat of " + person + " as " + role.label() + " of " + body + " on " + lastDay;
        }
    }

    /** Records an interest a person has declared. */
    record DeclareInterest(String person, InterestKind kind, String organisation, String description, LocalDate from)
            implements GovernanceChange {
        @Override
        public String describe() {
            return "recorded " + person + "'s " + kind.label().toLowerCase() + " in " + organisation + " from " + from
                    + ": " + description;
        }
    }

    /**
     * New terms of reference for a body from a date (remit, quorum, the roles of its members): the terms in force until then
     * end the day before, so earlier meetings keep being judged by the terms they were held under.
     */
    record ChangeTerms(
            String body,
            String remit,
            QuorumRule quorum,
            java.util.List<Role> members,
            LocalDate from,
            boolean namedVotes)
            implements GovernanceChange {
        public ChangeTerms(String body, String remit, QuorumRule quorum, java.util.List<Role> members, LocalDate from) {
            this(body, remit, quorum, members, from, false);
        }

        @Override
        public String describe() {
            return "changed the terms of reference of " + body + " from " + from + ": quorum "
                    + (quorum == null ? "?" : quorum.describe())
                    + (members == null || members.isEmpty()
                            ? ""
                            : "; members "
                                    + String.join(
                                            ", ",
                                            members.stream().map(Role::label).toList()))
                    + (namedVotes ? "; each member's vote recorded" : "");
        }
    }

    /**
     * Amends the scheme of reservation and delegation by one entry: {@code entry} comes into force on its start date; when it
     * {@code replaces} an entry, that one ends the day before (so the scheme's history keeps both).
     */
    record AmendEntry(Delegation entry, String replaces) implements GovernanceChange {
        @Override
        public String describe() {
            return (replaces == null || replaces.isBlank()
                            ? "added scheme entry "
                            : "replaced scheme entry " + replaces + " by ")
                    + entry.id() + " (" + entry.function() + " delegated by " + entry.delegatedBy() + " to "
                    + entry.delegate()
                    + (entry.limitPounds() == null ? "" : ", up to £" + String.format("%,d", entry.limitPounds()))
                    + ") from "
                    + entry.validFrom();
        }
    }

    /** Ends a scheme entry: {@code lastDay} is its last day in force. */
    record EndEntry(String id, LocalDate lastDay) implements GovernanceChange {
        @Override
        public String describe() {
            return "ended scheme entry " + id + " on " + lastDay;
        }
    }
}
