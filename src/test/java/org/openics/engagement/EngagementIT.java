package org.openics.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openics.engagement.demo.DemoConsultations;
import org.openics.governance.Governance;
import org.openics.kernel.Actor;
import org.openics.kernel.NhsNumber;
import org.openics.kernel.NotAuthorised;
import org.openics.kernel.UserRole;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Consultations and responses on the real embedded PostgreSQL, through the entry point. */
class EngagementIT extends PlatformIT {

    @Autowired
    Engagement engagement;

    @Autowired
    Governance governance;

    @Autowired
    JdbcTemplate jdbc;

    static final Actor LEAD = actor(UserRole.ENGAGEMENT_LEAD);

    static Actor actor(UserRole role) {
        return new Actor(
                role.name().toLowerCase(),
                role,
                Optional.of("QZZ"),
                role == UserRole.RESIDENT ? Optional.of(new NhsNumber("9000000009")) : Optional.empty());
    }

    @BeforeEach
    void demo() {
        governance.loadDemo();
        engagement.loadDemo();
    }

    static Consultation draft(String code) {
        LocalDate today = LocalDate.now();
        return new Consultation(
                code,
                "Pharmacy opening hours",
                "Tell us when you need a pharmacy.",
                "QZZ-ICP",
                "Everyone",
                today,
                today.plusDays(30),
                today.plusDays(20),
                List.of(new Document("Options", "https://example.org/options.pdf")),
                List.of(
                        Question.choice("when", "When?", true, "Mornings", "Evenings"),
                        Question.freeText("why", "Why?", false)));
    }

    long rows(String table) {
        return jdbc.queryForObject("select count(*) from engagement." + table, Long.class);
    }

    @Test
    void theDemoHasOneOpenAndOneClosedConsultationAndLoadsOnce() {
        LocalDate today = LocalDate.now();
        assertThat(engagement.consultation(DemoConsultations.OPEN).orElseThrow().status(today))
                .isEqualTo(ConsultationStatus.OPEN);
        assertThat(engagement
                        .consultation(DemoConsultations.CLOSED)
                        .orElseThrow()
                        .status(today))
                .isEqualTo(ConsultationStatus.CLOSED);
        long before = rows("consultation");
        assertThat(engagement.loadDemo()).isFalse();
        assertThat(rows("consultation")).isEqualTo(before);
    }

    @Test
    void onlyTheEngagementLeadMayCreateAConsultationAndEveryRefusalChangesNothing() {
        for (UserRole role : UserRole.values()) {
            String code = "refusal-" + role.name().toLowerCase().replace('_', '-');
            if (role == UserRole.ENGAGEMENT_LEAD) {
                continue;
            }
            long before = rows("consultation");
            assertThatThrownBy(() -> engagement.create(actor(role), draft(code)))
                    .isInstanceOf(NotAuthorised.class)
                    .hasMessageContaining("may not create a consultation")
                    .hasMessageContaining("only Engagement lead may");
            assertThat(rows("consultation")).isEqualTo(before);
            assertThatThrownBy(() -> engagement.responseCount(actor(role), DemoConsultations.OPEN))
                    .isInstanceOf(NotAuthorised.class);
            assertThatThrownBy(() -> engagement.log(actor(role))).isInstanceOf(NotAuthorised.class);
        }
        assertThatThrownBy(() -> engagement.create(null, draft("anonymous"))).isInstanceOf(NotAuthorised.class);
    }

    @Test
    void theLeadCreatesAConsultationWhichIsLoggedAndReadBackWhole() {
        String code = "pharmacy-" + System.nanoTime();
        Created created = engagement.create(LEAD, draft(code));
        assertThat(created.problems()).isEmpty();
        assertThat(created.stored()).isTrue();
        assertThat(engagement.consultation(code)).contains(draft(code));
        assertThat(engagement.log(LEAD)).anySatisfy(e -> {
            assertThat(e.who()).isEqualTo(LEAD.username());
            assertThat(e.action()).isEqualTo("consultation created");
            assertThat(e.subject()).isEqualTo(code);
        });
        Created again = engagement.create(LEAD, draft(code));
        assertThat(again.stored()).isFalse();
        assertThat(again.problems()).extracting(Problem::kind).containsExactly(ProblemKind.DUPLICATE);
    }

    @Test
    void aDraftWithAnUnknownOwnerBodyIsRefusedWithItsReason() {
        Consultation c = draft("no-owner");
        Consultation bad = new Consultation(
                c.code(),
                c.title(),
                c.summary(),
                "NO-SUCH-BODY",
                c.audience(),
                c.opens(),
                c.closes(),
                c.internalDeadline(),
                c.documents(),
                c.questions());
        Created created = engagement.create(LEAD, bad);
        assertThat(created.stored()).isFalse();
        assertThat(created.problems()).extracting(Problem::field).containsExactly("ownerBody");
        assertThat(engagement.consultation("no-owner")).isEmpty();
    }

    @Test
    void aValidResponseIsStoredWithItsAnswersAsSentAndCountedAndLogged() {
        long before = engagement.responseCount(LEAD, DemoConsultations.OPEN);
        String script = "<script>alert('x')</script> more evening appointments";
        ResponseOutcome outcome = engagement.respond(
                DemoConsultations.OPEN, Map.of("last-used", "A pharmacy", "ease", "2", "better", script));
        assertThat(outcome.problems()).isEmpty();
        String reference = outcome.reference().orElseThrow();
        assertThat(reference).matches("R-[A-Z2-9]{8}");
        assertThat(engagement.responseCount(LEAD, DemoConsultations.OPEN)).isEqualTo(before + 1);
        List<Map<String, Object>> answers = jdbc.queryForList(
                "select a.key, a.value from engagement.answer a join engagement.response r "
                        + "on r.id = a.response where r.reference = ? order by a.key",
                reference);
        assertThat(answers)
                .extracting(m -> m.get("key") + "=" + m.get("value"))
                .containsExactly("better=" + script, "ease=2", "last-used=A pharmacy");
        assertThat(engagement.log(LEAD))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo(DemoConsultations.OPEN + " " + reference));
    }

    @Test
    void aResponseAfterTheClosingDateOrWithBadAnswersStoresNothing() {
        long responses = rows("response");
        long answers = rows("answer");
        ResponseOutcome closed = engagement.respond(DemoConsultations.CLOSED, Map.of("preferred-time", "Weekend"));
        assertThat(closed.accepted()).isFalse();
        assertThat(closed.problems()).extracting(Problem::kind).containsExactly(ProblemKind.CLOSED);
        ResponseOutcome bad = engagement.respond(DemoConsultations.OPEN, Map.of("last-used", "The moon", "ease", "9"));
        assertThat(bad.problems())
                .extracting(Problem::kind)
                .containsExactly(ProblemKind.NOT_AN_OPTION, ProblemKind.OUT_OF_RANGE);
        ResponseOutcome nul = engagement.respond(
                DemoConsultations.OPEN, Map.of("last-used", "A pharmacy", "ease", "3", "better", "a\u0000b"));
        assertThat(nul.problems()).extracting(Problem::kind).containsExactly(ProblemKind.INVALID_FIELD);
        assertThat(engagement.respond("no-such", Map.of()).problems())
                .extracting(Problem::kind)
                .containsExactly(ProblemKind.NO_SUCH_CONSULTATION);
        assertThat(rows("response")).isEqualTo(responses);
        assertThat(rows("answer")).isEqualTo(answers);
    }
}
