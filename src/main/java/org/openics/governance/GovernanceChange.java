package org.openics.governance;

import java.time.LocalDate;

/** One change a board secretary makes to the governance model, dated. Each is checked against the whole model before it is kept. */
public sealed interface GovernanceChange {

    /** In words, for the history: "appointed Dr Amara Lindqvist as Member of QZZ-PCC from 1 May 2026". */
    String describe();

    /** Appoints a person (a new one when {@code newPersonName} is given) to a seat from a date, for a term ending {@code to} (or open). */
    record Appoint(String person, String newPersonName, String body, Role role, String represents, LocalDate from, LocalDate to)
            implements GovernanceChange {
        @Override
        public String describe() {
            return "appointed " + (newPersonName == null ? person : newPersonName + " (" + person + ")") + " as " + role.label() + " of "
                    + body + " from " + from + (to == null ? "" : " to " + to);
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
            return "recorded " + person + "'s " + kind.label().toLowerCase() + " in " + organisation + " from " + from + ": " + description;
        }
    }

    /** Changes a body's quorum (its terms of reference) from a date: the body's record is split at that date. */
    record ChangeQuorum(String body, QuorumRule quorum, LocalDate from) implements GovernanceChange {
        @Override
        public String describe() {
            return "changed the quorum of " + body + " to " + quorum.describe() + " from " + from;
        }
    }
}
