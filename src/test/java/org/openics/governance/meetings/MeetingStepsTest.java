package org.openics.governance.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openics.governance.Exclusion;
import org.openics.governance.Fixtures;
import org.openics.governance.ItemPurpose;
import org.openics.governance.Meeting;
import org.openics.governance.MeetingAction;
import org.openics.governance.MeetingDeclaration;
import org.openics.governance.MeetingPack;
import org.openics.governance.Minutes;
import org.openics.governance.Paper;
import org.openics.governance.constitution.SystemOrganisations;
import org.openics.governance.demo.DemoGovernance;
import org.openics.governance.model.GovernanceModel;

class MeetingStepsTest {

    static final LocalDate JULY = LocalDate.of(2026, 7, 9);
    static final Set<String> EVERYONE = Set.of("lam-lead", "lam-gp", "lam-council", "lam-lay", "lam-vcs");
    final GovernanceModel demo = Fixtures.demo();
    final SystemOrganisations sel = Fixtures.southEastLondon();
    final MeetingSteps steps = new MeetingSteps(demo, sel);
    final MeetingPacks packs = new MeetingPacks(demo, sel);

    Meeting step(Meeting meeting, MeetingAction action) {
        MeetingSteps.Result r = steps.apply(meeting, action, id -> Optional.empty());
        assertThat(r.problems()).as(action.describe()).isEmpty();
        return r.meeting();
    }

    /** A Lambeth committee meeting: a contract with the GP member's practice (public) and a lease (private). */
    Meeting agenda() {
        Meeting m = step(
                null,
                new MeetingAction.Schedule(
                        DemoGovernance.LAMBETH_COMMITTEE, JULY, "July meeting", "Lambeth Town Hall"));
        m = step(
                m,
                new MeetingAction.AddItem(
                        0,
                        "Award of an APMS contract",
                        ItemPurpose.DECISION,
                        "Place executive lead",
                        null,
                        "Award a five-year contract",
                        "PRIMARY_MEDICAL",
                        1_500_000L,
                        DemoGovernance.LAMBETH,
                        List.of(DemoGovernance.LAMBETH_PRACTICE)));
        m = step(
                m,
                new MeetingAction.AddItem(
                        0,
                        "Lease of a hub",
                        ItemPurpose.DECISION,
                        null,
                        "commercial interests",
                        "Agree heads of terms",
                        "COMMUNITY_SERVICES",
                        450_000L,
                        DemoGovernance.LAMBETH,
                        List.of()));
        m = step(
                m,
                new MeetingAction.AddItem(
                        0, "Quality report", ItemPurpose.INFORMATION, null, null, null, null, null, null, null));
        return step(
                m,
                new MeetingAction.AddPaper(
                        0, 1, new Paper("Contract award paper", "Head of primary care", "https://example.org/p1.pdf")));
    }

    @Test
    void theConflictedMemberIsFlaggedOnTheAgendaFromTheRegisterBeforeAttendanceIsTaken() {
        MeetingPack pack = packs.pack(agenda(), false, seq -> null);
        assertThat(pack.items()).extracting(v -> v.item().number()).containsExactly(1, 2, 3);
        assertThat(pack.items().get(0).conflicted()).extracting(Exclusion::name).containsExactly("Dr Rachel Moyo");
        assertThat(pack.items().get(1).conflicted()).isEmpty();
        assertThat(pack.items().get(0).item().papers())
                .extracting(Paper::title)
                .containsExactly("Contract award paper");
        assertThat(pack.attendanceFinding())
                .startsWith("Attendance not yet recorded; the quorum is 4 eligible members");
    }

    @Test
    void quorumIsCountedPerItemFromAttendanceAndADeclarationAtTheMeeting() {
        Meeting m = step(
                agenda(),
                new MeetingAction.RecordAttendance(
                        0,
                        Set.of("lam-lead", "lam-gp", "lam-council", "lam-lay", "lam-vcs"),
                        List.of("Head of primary care"),
                        List.of(new MeetingDeclaration("lam-vcs", 2, "trustee of the charity that owns the hub"))));
        MeetingPack pack = packs.pack(m, false, seq -> null);
        assertThat(pack.quorate()).isTrue();
        assertThat(pack.items().get(0).quorate()).isTrue();
        assertThat(pack.items().get(0).quorumFinding())
                .startsWith("4 of the 5 members present were eligible after excluding Dr Rachel Moyo");
        assertThat(pack.items().get(1).conflicted())
                .singleElement()
                .satisfies(e -> assertThat(e.reason())
                        .isEqualTo("declared at the meeting: trustee of the charity that owns the hub"));
        Meeting thin = step(
                agenda(),
                new MeetingAction.RecordAttendance(
                        0, Set.of("lam-lead", "lam-gp", "lam-council", "lam-lay"), List.of(), List.of()));
        assertThat(packs.pack(thin, false, seq -> null).items().get(0).quorate())
                .isFalse();
        assertThat(packs.pack(thin, false, seq -> null).items().get(0).quorumFinding())
                .contains("so the item is inquorate");
    }

    @Test
    void attendanceNamesOnlyMembersAndDeclarationsOnlyItemsOnTheAgenda() {
        MeetingSteps.Result r = steps.apply(
                agenda(),
                new MeetingAction.RecordAttendance(
                        0,
                        Set.of("lam-lead", "chair"),
                        List.of(),
                        List.of(new MeetingDeclaration("lam-lead", 9, "x"), new MeetingDeclaration("lam-gp", 1, "y"))),
                id -> Optional.empty());
        assertThat(r.meeting()).isNull();
        assertThat(r.problems())
                .containsExactlyInAnyOrder(
                        "Dame Helen Ashworth holds no seat on " + DemoGovernance.LAMBETH_COMMITTEE + " on " + JULY
                                + ": record them as in attendance, not as a member present",
                        "the declaration by Lambeth place executive lead is for item 9, which is not on the agenda"
                                .replace("Lambeth place executive lead", demo.nameOf("lam-lead")),
                        demo.nameOf("lam-gp") + " declared an interest but is not recorded as present");
    }

    @Test
    void thePublicViewHoldsNoPrivateItemAndNoMinutesUntilTheyAreApproved() {
        Meeting m = step(agenda(), new MeetingAction.RecordAttendance(0, EVERYONE, List.of(), List.of()));
        Minutes draft = MinutesDrafts.draft(packs.pack(m, false, seq -> null));
        m = m.withMinutes(draft);
        MeetingPack open = packs.pack(m, true, seq -> null);
        assertThat(open.items())
                .extracting(v -> v.item().title())
                .containsExactly("Award of an APMS contract", "Quality report");
        assertThat(open.privateItems()).isEqualTo(1);
        assertThat(open.privateGrounds()).containsExactly("commercial interests");
        assertThat(open.minutes()).isNull();
        assertThat(draft.publicPart())
                .contains("1. Award of an APMS contract")
                .contains("Dr Rachel Moyo left the meeting for this item")
                .contains("Paper: Contract award paper, Head of primary care")
                .contains("resolved that the public be excluded for 1 item")
                .doesNotContain("Lease of a hub");
        assertThat(draft.privatePart()).contains("2. Lease of a hub").contains("not for publication");
        Meeting approved = m.withMinutes(draft.approvedAt(7, JULY.plusMonths(1)));
        MeetingPack published = packs.pack(approved, true, seq -> null);
        assertThat(published.minutes().publicPart()).isEqualTo(draft.publicPart());
        assertThat(published.minutes().privatePart()).isEmpty();
    }

    @Test
    void minutesAreApprovedOnlyAtALaterQuorateMeetingOfTheSameBody() {
        Meeting july = step(agenda(), new MeetingAction.RecordAttendance(0, EVERYONE, List.of(), List.of()));
        july = new Meeting(
                1,
                july.body(),
                july.date(),
                july.title(),
                july.location(),
                july.items(),
                july.present(),
                july.inAttendance(),
                july.declarations(),
                Minutes.draft("public", "private"));
        Meeting august = new Meeting(
                2,
                july.body(),
                JULY.plusMonths(1),
                null,
                null,
                List.of(),
                Set.of("lam-lead", "lam-council"),
                List.of(),
                List.of(),
                null);
        Meeting june = new Meeting(
                3, july.body(), JULY.minusMonths(1), null, null, List.of(), EVERYONE, List.of(), List.of(), null);
        Map<Long, Meeting> all = Map.of(2L, august, 3L, june);
        MeetingSteps.Result inquorate =
                steps.apply(july, new MeetingAction.ApproveMinutes(1, 2), id -> Optional.ofNullable(all.get(id)));
        assertThat(inquorate.problems())
                .singleElement()
                .asString()
                .contains("is not quorate")
                .contains("cannot approve minutes");
        MeetingSteps.Result earlier =
                steps.apply(july, new MeetingAction.ApproveMinutes(1, 3), id -> Optional.ofNullable(all.get(id)));
        assertThat(earlier.problems()).singleElement().asString().contains("at a later meeting of the same body");
        Meeting quorateAugust = august.withAttendance(EVERYONE, List.of(), List.of());
        MeetingSteps.Result approved =
                steps.apply(july, new MeetingAction.ApproveMinutes(1, 2), id -> Optional.of(quorateAugust));
        assertThat(approved.meeting().minutes().approved()).isTrue();
        assertThat(approved.meeting().minutes().approvedOn()).isEqualTo(JULY.plusMonths(1));
        assertThat(steps.apply(
                                approved.meeting(),
                                new MeetingAction.AddPaper(1, 1, new Paper("late", "x", null)),
                                id -> Optional.empty())
                        .problems())
                .singleElement()
                .asString()
                .contains("the meeting is closed");
    }

    @Test
    void anItemForDecisionNeedsAFunctionOfTheScheme() {
        MeetingSteps.Result r = steps.apply(
                agenda(),
                new MeetingAction.AddItem(
                        0,
                        "Something",
                        ItemPurpose.DECISION,
                        null,
                        null,
                        "Do it",
                        "NOT_A_FUNCTION",
                        1L,
                        null,
                        List.of()),
                id -> Optional.empty());
        assertThat(r.problems())
                .containsExactly(
                        "an item for decision needs a function of the scheme (there is no function NOT_A_FUNCTION)");
    }
}
