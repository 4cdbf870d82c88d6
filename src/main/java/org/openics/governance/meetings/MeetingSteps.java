package org.openics.governance.meetings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import org.openics.governance.AgendaItem;
import org.openics.governance.Body;
import org.openics.governance.ItemPurpose;
import org.openics.governance.Meeting;
import org.openics.governance.MeetingAction;
import org.openics.governance.MeetingDeclaration;
import org.openics.governance.ProposedDecision;
import org.openics.governance.constitution.SystemOrganisations;
import org.openics.governance.model.GovernanceModel;

/**
 * The steps of running a meeting that change only the meeting (the decision itself goes through the decision log). Pure: each
 * gives the meeting after the step, or the reasons it cannot be taken, and nothing changes.
 */
public final class MeetingSteps {

    /** The meeting after the step, or the problems (then {@code meeting} is null). */
    public record Result(Meeting meeting, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private final GovernanceModel model;
    private final SystemOrganisations system;

    public MeetingSteps(GovernanceModel model, SystemOrganisations system) {
        this.model = model;
        this.system = system;
    }

    /**
     * @param meeting  the meeting acted on (null when scheduling)
     * @param meetings other meetings by id (to approve minutes at a later one)
     */
    public Result apply(Meeting meeting, MeetingAction action, LongFunction<Optional<Meeting>> meetings) {
        try {
            if (action instanceof MeetingAction.Schedule s) {
                return schedule(s);
            }
            if (meeting == null) {
                return refused("there is no meeting " + action.meeting());
            }
            if (meeting.minutes() != null && meeting.minutes().approved()) {
                return refused("the minutes of this meeting were approved on "
                        + meeting.minutes().approvedOn() + ": the meeting is closed");
            }
            if (action instanceof MeetingAction.AddItem a) {
                return addItem(meeting, a);
            } else if (action instanceof MeetingAction.AddPaper p) {
                return meeting.item(p.item())
                        .map(i -> ok(meeting.replacing(i.withPaper(p.paper()))))
                        .orElseGet(() -> refused("there is no item " + p.item() + " on the agenda"));
            } else if (action instanceof MeetingAction.RecordAttendance r) {
                return attendance(meeting, r);
            } else if (action instanceof MeetingAction.AmendMinutes m) {
                if (meeting.minutes() == null) {
                    return refused("there are no draft minutes yet: draft them from the meeting first");
                }
                return ok(meeting.withMinutes(org.openics.governance.Minutes.draft(m.publicPart(), m.privatePart())));
            } else if (action instanceof MeetingAction.ApproveMinutes a) {
                return approve(meeting, a, meetings);
            }
            return refused("this step is not taken here: " + action.describe());
        } catch (IllegalArgumentException e) {
            return refused(e.getMessage());
        }
    }

    private Result schedule(MeetingAction.Schedule s) {
        Optional<Body> body = model.body(s.body());
        if (body.isEmpty()) {
            return refused("there is no body " + s.body());
        }
        if (s.date() == null || !body.get().inForceOn(s.date())) {
            return refused(body.get().name() + " does not exist on " + s.date());
        }
        return ok(new Meeting(
                0, s.body(), s.date(), s.title(), s.location(), List.of(), Set.of(), List.of(), List.of(), null));
    }

    private Result addItem(Meeting meeting, MeetingAction.AddItem a) {
        if (meeting.minutes() != null) {
            return refused("the minutes are drafted: the agenda is closed");
        }
        ProposedDecision decision = null;
        if (a.purpose() == ItemPurpose.DECISION) {
            if (a.function() == null || model.function(a.function()).isEmpty()) {
                return refused("an item for decision needs a function of the scheme ("
                        + (a.function() == null ? "none given" : "there is no function " + a.function()) + ")");
            }
            decision = new ProposedDecision(
                    a.function(),
                    a.valuePounds() == null ? 0 : a.valuePounds(),
                    a.place(),
                    a.counterparties() == null ? List.of() : a.counterparties(),
                    meeting.date());
        }
        int number = meeting.items().stream().mapToInt(AgendaItem::number).max().orElse(0) + 1;
        List<AgendaItem> items = new ArrayList<>(meeting.items());
        items.add(new AgendaItem(
                number,
                a.title(),
                a.purpose(),
                a.presenter(),
                a.confidentialGround(),
                a.proposal(),
                decision,
                List.of(),
                null));
        return ok(meeting.withItems(items));
    }

    private Result attendance(Meeting meeting, MeetingAction.RecordAttendance r) {
        Set<String> seated = new HashSet<>();
        model.seats(meeting.body(), meeting.date()).forEach(s -> seated.add(s.person()));
        Set<String> present = r.present() == null ? Set.of() : r.present();
        List<String> problems = new ArrayList<>();
        if (present.isEmpty()) {
            problems.add("no member is recorded as present");
        }
        present.stream()
                .filter(p -> !seated.contains(p))
                .sorted()
                .forEach(p -> problems.add(model.nameOf(p) + " holds no seat on " + meeting.body() + " on "
                        + meeting.date() + ": record them as in attendance, not as a member present"));
        List<MeetingDeclaration> declarations = r.declarations() == null ? List.of() : r.declarations();
        for (MeetingDeclaration d : declarations) {
            if (!present.contains(d.person())) {
                problems.add(model.nameOf(d.person()) + " declared an interest but is not recorded as present");
            }
            if (meeting.item(d.item()).isEmpty()) {
                problems.add("the declaration by " + model.nameOf(d.person()) + " is for item " + d.item()
                        + ", which is not on the agenda");
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        List<String> others = r.inAttendance() == null
                ? List.of()
                : r.inAttendance().stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        return ok(meeting.withAttendance(present, others, declarations));
    }

    private Result approve(Meeting meeting, MeetingAction.ApproveMinutes a, LongFunction<Optional<Meeting>> meetings) {
        if (meeting.minutes() == null) {
            return refused("there are no minutes to approve: draft them first");
        }
        Optional<Meeting> at = meetings.apply(a.atMeeting());
        if (at.isEmpty()) {
            return refused("there is no meeting " + a.atMeeting());
        }
        Meeting later = at.get();
        if (!later.body().equals(meeting.body()) || !later.date().isAfter(meeting.date())) {
            return refused("minutes are approved at a later meeting of the same body (" + meeting.body() + " after "
                    + meeting.date() + ")");
        }
        if (!later.attendanceRecorded()) {
            return refused("record the attendance of the meeting of " + later.date()
                    + " first: minutes are approved by a quorate meeting");
        }
        Body body = model.body(meeting.body()).orElseThrow();
        ItemQuorum quorum =
                new ItemDecisions(model, system).assess(body, later.date(), later.present(), List.of(), Map.of());
        if (!quorum.met()) {
            return refused("the meeting of " + later.date() + " is not quorate (" + quorum.count() + "; the quorum is "
                    + quorum.quorum().describe() + "), so it cannot approve minutes");
        }
        return ok(meeting.withMinutes(meeting.minutes().approvedAt(later.id(), later.date())));
    }

    private static Result ok(Meeting meeting) {
        return new Result(meeting, List.of());
    }

    private static Result refused(String problem) {
        return new Result(null, List.of(problem));
    }
}
