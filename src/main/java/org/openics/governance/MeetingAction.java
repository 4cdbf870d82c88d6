package org.openics.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** One step a board secretary takes in running a meeting, from putting it in the forward plan to approving its minutes. */
public sealed interface MeetingAction {

    /** The meeting acted on (0 when scheduling a new one). */
    long meeting();

    /** In words, for the history. */
    String describe();

    /** Puts a meeting of a body in the forward plan. */
    record Schedule(String body, LocalDate date, String title, String location) implements MeetingAction {
        @Override
        public long meeting() {
            return 0;
        }

        @Override
        public String describe() {
            return "scheduled a meeting of " + body + " on " + date;
        }
    }

    /** Adds an item to the agenda (numbered next). For an item for decision, {@code decision}'s date is the meeting's. */
    record AddItem(
            long meeting,
            String title,
            ItemPurpose purpose,
            String presenter,
            String confidentialGround,
            String proposal,
            String function,
            Long valuePounds,
            String place,
            List<String> counterparties)
            implements MeetingAction {
        @Override
        public String describe() {
            return "added item '" + title + "' ("
                    + (purpose == null ? "?" : purpose.label().toLowerCase())
                    + (confidentialGround == null || confidentialGround.isBlank()
                            ? ""
                            : ", private: " + confidentialGround)
                    + ") to meeting " + meeting;
        }
    }

    /** Attaches a paper to an item. */
    record AddPaper(long meeting, int item, Paper paper) implements MeetingAction {
        @Override
        public String describe() {
            return "attached paper '" + paper.title() + "' by " + paper.author() + " to item " + item + " of meeting "
                    + meeting;
        }
    }

    /** Records who was present (members), who attended (others) and the interests declared at the meeting. */
    record RecordAttendance(
            long meeting, Set<String> present, List<String> inAttendance, List<MeetingDeclaration> declarations)
            implements MeetingAction {
        @Override
        public String describe() {
            return "recorded the attendance of meeting " + meeting + ": " + (present == null ? 0 : present.size())
                    + " members present, " + (declarations == null ? 0 : declarations.size())
                    + " declaration(s) at the meeting";
        }
    }

    /** Decides an item for decision on the attendance recorded; the outcome goes to the hash-chained decision log. */
    record Decide(long meeting, int item, Votes votes) implements MeetingAction {
        @Override
        public String describe() {
            return "recorded the decision on item " + item + " of meeting " + meeting;
        }
    }

    /** Drafts the minutes from the meeting as recorded (replacing an earlier draft). */
    record DraftMinutes(long meeting) implements MeetingAction {
        @Override
        public String describe() {
            return "drafted the minutes of meeting " + meeting;
        }
    }

    /** Amends the draft minutes' text. */
    record AmendMinutes(long meeting, String publicPart, String privatePart) implements MeetingAction {
        @Override
        public String describe() {
            return "amended the draft minutes of meeting " + meeting;
        }
    }

    /** Approves the minutes at a later, quorate meeting of the same body. */
    record ApproveMinutes(long meeting, long atMeeting) implements MeetingAction {
        @Override
        public String describe() {
            return "approved the minutes of meeting " + meeting + " at meeting " + atMeeting;
        }
    }
}
