package org.openics.engagement.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openics.engagement.Consultation;
import org.openics.engagement.Problem;
import org.openics.engagement.ProblemKind;
import org.openics.engagement.Question;
import org.openics.engagement.Respondent;

class ConsultationRulesTest {

    static final LocalDate OPENS = LocalDate.of(2026, 11, 1);
    static final LocalDate CLOSES = LocalDate.of(2026, 12, 31);
    static final Consultation C = new Consultation(
            "c1",
            "Title",
            "Summary",
            "QZZ-ICP",
            "Everyone",
            OPENS,
            CLOSES,
            LocalDate.of(2026, 12, 15),
            List.of(),
            List.of(
                    Question.choice("pick", "Pick one", true, "A", "B"),
                    Question.scale("ease", "How easy", true, 1, 5),
                    Question.freeText("say", "Say more", false)));

    static List<ProblemKind> kinds(List<Problem> problems) {
        return problems.stream().map(Problem::kind).toList();
    }

    @Test
    void aCompleteResponseOnAnOpenDayHasNoProblems() {
        assertThat(ConsultationRules.check(C, Map.of("pick", "B", "ease", "5", "say", "  fine  "), OPENS))
                .isEmpty();
        assertThat(ConsultationRules.check(C, Map.of("pick", "A", "ease", "1"), CLOSES))
                .isEmpty();
        assertThat(ConsultationRules.answered(C, Map.of("pick", "A", "ease", "1", "say", "  fine ")))
                .containsEntry("say", "fine");
        assertThat(ConsultationRules.answered(C, Map.of("pick", "A", "ease", "1", "say", "   ")))
                .doesNotContainKey("say");
    }

    @Test
    void afterTheClosingDateOrBeforeOpeningEveryResponseIsRefusedWithTheDate() {
        List<Problem> closed = ConsultationRules.check(C, Map.of("pick", "A", "ease", "1"), CLOSES.plusDays(1));
        assertThat(kinds(closed)).containsExactly(ProblemKind.CLOSED);
        assertThat(closed.get(0).detail()).contains("closed on 31 December 2026");
        assertThat(kinds(ConsultationRules.check(C, Map.of("pick", "A", "ease", "1"), OPENS.minusDays(1))))
                .containsExactly(ProblemKind.NOT_YET_OPEN);
    }

    @Test
    void eachBadAnswerHasItsOwnReasonNamingTheQuestion() {
        List<Problem> problems = ConsultationRules.check(
                C, Map.of("pick", "C", "ease", "6", "say", "x".repeat(4001), "extra", "1"), OPENS);
        assertThat(kinds(problems))
                .containsExactly(
                        ProblemKind.NOT_AN_OPTION,
                        ProblemKind.OUT_OF_RANGE,
                        ProblemKind.TOO_LONG,
                        ProblemKind.UNKNOWN_QUESTION);
        assertThat(problems.get(1).detail()).contains("from 1 to 5").contains("How easy");
        assertThat(problems.get(2).detail()).contains("4000").contains("4001");
        assertThat(kinds(ConsultationRules.check(C, Map.of("ease", "lots"), OPENS)))
                .containsExactly(ProblemKind.MISSING_ANSWER, ProblemKind.NOT_A_NUMBER);
        assertThat(ConsultationRules.check(C, Map.of("pick", "A", "ease", "1", "say", "x".repeat(4000)), OPENS))
                .isEmpty();
    }

    @Test
    void aDraftNeedsAKnownOwnerOrderedDatesAndWellFormedQuestions() {
        assertThat(ConsultationRules.check(C, Set.of("QZZ-ICP"))).isEmpty();
        assertThat(ConsultationRules.check(C, Set.of("QZZ-BOARD")))
                .extracting(Problem::field)
                .containsExactly("ownerBody");
        Consultation bad = new Consultation(
                "Bad Code",
                " ",
                "s",
                "QZZ-ICP",
                "all",
                CLOSES,
                OPENS,
                OPENS.plusDays(1),
                List.of(),
                List.of(Question.choice("k", "one option", true, "only"), Question.scale("k", "flat", true, 3, 3)));
        assertThat(ConsultationRules.check(bad, Set.of("QZZ-ICP")))
                .extracting(Problem::field)
                .containsExactly("code", "title", "closes", "internalDeadline", "k", "k", "k");
    }

    static final Consultation ONCE = new Consultation(
            "c2",
            "Title",
            "Summary",
            "QZZ-ICP",
            "Lambeth",
            OPENS,
            CLOSES,
            LocalDate.of(2026, 12, 15),
            List.of(),
            List.of(Question.choice("pick", "Pick one", true, "A", "B")),
            true,
            List.of("LCPZ-L"));

    @Test
    void oneResponsePerPersonNeedsAnEmailAddressThatLooksLikeOne() {
        assertThat(ConsultationRules.check(ONCE, Respondent.ANONYMOUS, Set.of("LCPZ-L")))
                .extracting(Problem::field)
                .containsExactly(ConsultationRules.EMAIL);
        assertThat(ConsultationRules.check(
                        ONCE,
                        new Respondent(Optional.of("not an address"), Optional.empty(), Optional.empty()),
                        Set.of()))
                .extracting(Problem::kind)
                .containsExactly(ProblemKind.INVALID_FIELD);
        assertThat(ConsultationRules.check(
                        ONCE,
                        new Respondent(Optional.of(" Ann@Example.org "), Optional.empty(), Optional.empty()),
                        Set.of()))
                .isEmpty();
        assertThat(ConsultationRules.check(C, Respondent.ANONYMOUS, Set.of())).isEmpty();
    }

    @Test
    void aPlaceMustBeOfTheAudienceAndAnAgeBandOneOfTheBands() {
        var outside = new Respondent(Optional.empty(), Optional.of("LCPZ-X"), Optional.of("ancient"));
        assertThat(ConsultationRules.check(
                        ONCE,
                        new Respondent(Optional.of("a@b.org"), outside.place(), outside.ageBand()),
                        Set.of("LCPZ-L", "LCPZ-X")))
                .extracting(Problem::field)
                .containsExactly(ConsultationRules.PLACE, ConsultationRules.AGE);
        assertThat(ConsultationRules.check(
                        C,
                        new Respondent(Optional.empty(), Optional.of("LCPZ-X"), Optional.of("AGE_60_PLUS")),
                        Set.of("LCPZ-X")))
                .isEmpty();
    }

    @Test
    void theSameAddressInAnotherCaseOrWithSpacesIsTheSamePerson() {
        assertThat(ConsultationRules.normalisedEmail(" Ann@Example.ORG"))
                .isEqualTo(ConsultationRules.normalisedEmail("ann@example.org "));
    }

    @Test
    void aCodeThatIsAPublicPagesAddressIsRefused() {
        Consultation clash = new Consultation(
                "you-said-we-did",
                "T",
                "S",
                "QZZ-ICP",
                "Everyone",
                OPENS,
                CLOSES,
                CLOSES.minusDays(7),
                List.of(),
                List.of(Question.freeText("say", "Say", false)));
        assertThat(ConsultationRules.check(clash, Set.of("QZZ-ICP")))
                .extracting(Problem::field)
                .containsExactly("code");
    }

    @Test
    void theInternalDeadlineIsBeforeClosingAndFixesDocumentsAndQuestionsOnceItHasPassed() {
        Consultation onClosing = new Consultation(
                "c3",
                "T",
                "S",
                "QZZ-ICP",
                "Everyone",
                OPENS,
                CLOSES,
                CLOSES,
                List.of(),
                List.of(Question.freeText("say", "Say", false)));
        assertThat(ConsultationRules.check(onClosing, Set.of("QZZ-ICP")))
                .extracting(Problem::field)
                .containsExactly("internalDeadline");
        Consultation more = new Consultation(
                C.code(),
                C.title(),
                "New summary",
                C.ownerBody(),
                C.audience(),
                C.opens(),
                C.closes(),
                C.internalDeadline(),
                List.of(new org.openics.engagement.Document("Paper", "/registry")),
                C.questions());
        LocalDate beforeDeadline = C.internalDeadline();
        LocalDate afterDeadline = C.internalDeadline().plusDays(1);
        assertThat(ConsultationRules.checkEdit(C, more, beforeDeadline, Set.of()))
                .isEmpty();
        assertThat(ConsultationRules.checkEdit(C, more, afterDeadline, Set.of()))
                .extracting(Problem::field)
                .containsExactly("documents");
        assertThat(ConsultationRules.checkEdit(C, C, CLOSES.plusDays(1), Set.of()))
                .extracting(Problem::field)
                .containsExactly("closes");
        Consultation fewer = new Consultation(
                C.code(),
                C.title(),
                C.summary(),
                C.ownerBody(),
                C.audience(),
                OPENS.plusDays(1),
                C.closes(),
                C.internalDeadline(),
                C.documents(),
                List.of(C.questions().get(0), Question.freeText("ease", "How easy", true)));
        assertThat(ConsultationRules.checkEdit(C, fewer, OPENS.plusDays(2), Set.of("pick", "ease", "say")))
                .extracting(Problem::field)
                .containsExactly("opens", "ease", "say");
        assertThat(ConsultationRules.checkEdit(C, fewer, OPENS.minusDays(1), Set.of()))
                .isEmpty();
    }
}
