package org.openics.governance.meetings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.openics.governance.AgendaItem;
import org.openics.governance.Appointment;
import org.openics.governance.Body;
import org.openics.governance.DecisionRecord;
import org.openics.governance.Meeting;
import org.openics.governance.MeetingDeclaration;
import org.openics.governance.MeetingPack;
import org.openics.governance.Minutes;
import org.openics.governance.QuorumRule;
import org.openics.governance.constitution.SystemOrganisations;
import org.openics.governance.model.GovernanceModel;

/**
 * Builds a meeting's pack: per item, the members conflicted (before attendance is taken, among every member, so the
 * secretary sees them when planning the agenda) and the quorum on those who remain. The public view keeps only what an ICB
 * must publish: the public items and their papers, the grounds for meeting in private, and minutes once approved.
 */
public final class MeetingPacks {

    private final GovernanceModel model;
    private final ItemDecisions decisions;

    public MeetingPacks(GovernanceModel model, SystemOrganisations system) {
        this.model = model;
        this.decisions = new ItemDecisions(model, system);
    }

    public MeetingPack pack(Meeting meeting, boolean publicView, LongFunction<DecisionRecord> decisionLog) {
        Body body = model.body(meeting.body())
                .orElseThrow(() -> new IllegalArgumentException("there is no body " + meeting.body()));
        List<Appointment> seats = model.seats(body.code(), meeting.date());
        Set<String> considered = meeting.attendanceRecorded() ? meeting.present() : allSeated(seats);
        QuorumRule quorum = model.quorum(body, meeting.date());
        List<MeetingPack.ItemView> items = new ArrayList<>();
        int privateItems = 0;
        Set<String> grounds = new LinkedHashSet<>();
        for (AgendaItem item : meeting.items()) {
            if (publicView && item.confidential()) {
                privateItems++;
                grounds.add(item.confidentialGround());
                continue;
            }
            List<String> counterparties =
                    item.decision() == null ? List.of() : item.decision().counterparties();
            ItemQuorum q = decisions.assess(
                    body, meeting.date(), considered, counterparties, declaredFor(meeting, item.number()));
            DecisionRecord record = item.decided() ? decisionLog.apply(item.decisionSequence()) : null;
            List<MeetingPack.MemberView> voters = meeting.attendanceRecorded()
                    ? q.eligible().stream().map(s -> member(s, true)).toList()
                    : List.of();
            items.add(new MeetingPack.ItemView(
                    item,
                    q.excluded(),
                    q.met(),
                    meeting.attendanceRecorded() ? q.describe() : "attendance not yet recorded",
                    record,
                    voters));
        }
        if (!publicView) {
            privateItems = (int)
                    meeting.items().stream().filter(AgendaItem::confidential).count();
            meeting.items().stream().filter(AgendaItem::confidential).forEach(i -> grounds.add(i.confidentialGround()));
        }
        List<MeetingPack.MemberView> members = seats.stream()
                .map(s -> member(s, meeting.present().contains(s.person())))
                .toList();
        ItemQuorum whole = decisions.assess(body, meeting.date(), meeting.present(), List.of(), Map.of());
        String finding = meeting.attendanceRecorded()
                ? whole.describe().replace("the item is inquorate", "the meeting is inquorate")
                : "Attendance not yet recorded; the quorum is " + quorum.describe() + ".";
        Minutes minutes = meeting.minutes();
        if (publicView && minutes != null) {
            minutes = minutes.approved()
                    ? new Minutes(minutes.publicPart(), "", true, minutes.approvedAtMeeting(), minutes.approvedOn())
                    : null;
        }
        return new MeetingPack(
                meeting.id(),
                body.code(),
                body.name(),
                meeting.date(),
                meeting.title(),
                meeting.location(),
                publicView,
                items,
                members,
                meeting.inAttendance(),
                quorum,
                meeting.attendanceRecorded(),
                meeting.attendanceRecorded() && whole.met(),
                finding,
                privateItems,
                List.copyOf(grounds),
                minutes,
                model.namedVotes(body.code(), meeting.date()));
    }

    private MeetingPack.MemberView member(Appointment seat, boolean present) {
        return new MeetingPack.MemberView(
                seat.person(),
                model.nameOf(seat.person()),
                seat.role().label(),
                seat.role().independent(),
                present);
    }

    public MeetingPack.Summary summary(Meeting meeting) {
        String bodyName = model.body(meeting.body()).map(Body::name).orElse(meeting.body());
        int privateItems =
                (int) meeting.items().stream().filter(AgendaItem::confidential).count();
        String minutes = meeting.minutes() == null
                ? "not yet drafted"
                : meeting.minutes().approved()
                        ? "approved " + meeting.minutes().approvedOn()
                        : "draft (not yet approved)";
        return new MeetingPack.Summary(
                meeting.id(),
                meeting.body(),
                bodyName,
                meeting.date(),
                meeting.title(),
                meeting.items().size() - privateItems,
                privateItems,
                minutes);
    }

    /** The interests declared at the meeting for one item, by person. */
    public static Map<String, String> declaredFor(Meeting meeting, int item) {
        Map<String, String> declared = new HashMap<>();
        for (MeetingDeclaration d : meeting.declarations()) {
            if (d.item() == item) {
                declared.merge(d.person(), d.interest(), (a, b) -> a + "; " + b);
            }
        }
        return declared;
    }

    private static Set<String> allSeated(List<Appointment> seats) {
        Set<String> ids = new HashSet<>();
        seats.forEach(s -> ids.add(s.person()));
        return ids;
    }
}
