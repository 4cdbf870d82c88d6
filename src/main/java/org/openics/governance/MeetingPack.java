package org.openics.governance;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting as its readers see it: the agenda with papers, for each item the members who must leave it (from the register of
 * interests and the declarations at the meeting) and whether those who remain are quorate, the outcome from the decision log,
 * the attendance and the minutes. The public view holds only the public part and approved minutes.
 *
 * @param privateItems  how many items were taken in private (their content is not in the public view)
 * @param privateGrounds the grounds on which the public were excluded, as the resolution states them
 * @param minutes        null when there are none yet, or in the public view until they are approved
 * @param namedVotes     the terms of reference in force on the day require each member's vote to be recorded by name
 */
public record MeetingPack(
        long id,
        String body,
        String bodyName,
        LocalDate date,
        String title,
        String location,
        boolean publicView,
        List<ItemView> items,
        List<MemberView> members,
        List<String> inAttendance,
        QuorumRule quorum,
        boolean attendanceRecorded,
        boolean quorate,
        String attendanceFinding,
        int privateItems,
        List<String> privateGrounds,
        Minutes minutes,
        boolean namedVotes) {

    public MeetingPack {
        items = List.copyOf(items);
        members = List.copyOf(members);
        inAttendance = List.copyOf(inAttendance);
        privateGrounds = List.copyOf(privateGrounds);
    }

    /**
     * One agenda item with what the meeting needs to know about it.
     *
     * @param conflicted members who must leave the item, each with the reason
     * @param decision   its record in the decision log once decided (null before)
     * @param voters     the members present who may vote on it (not those who must leave it)
     */
    public record ItemView(
            AgendaItem item,
            List<Exclusion> conflicted,
            boolean quorate,
            String quorumFinding,
            DecisionRecord decision,
            List<MemberView> voters) {
        public ItemView {
            conflicted = List.copyOf(conflicted);
            voters = List.copyOf(voters);
        }
    }

    /** A member of the body on the meeting's date and whether they were present. */
    public record MemberView(String person, String name, String role, boolean independent, boolean present) {}

    /**
     * Where a decision in the log was taken: the meeting and its agenda item ({@code privateItem}: taken in private, so the public
     * record of the meeting does not show the item).
     */
    public record TakenAt(long meeting, int item, boolean privateItem) {}

    /** A line of the forward plan. */
    public record Summary(
            long id,
            String body,
            String bodyName,
            LocalDate date,
            String title,
            int publicItems,
            int privateItems,
            String minutes) {}
}
