package org.openics.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openics.engagement.demo.DemoConsultations;
import org.openics.engagement.demo.DemoInnovations;
import org.openics.engagement.demo.DemoPanel;
import org.openics.governance.DecisionRecord;
import org.openics.governance.Governance;
import org.openics.kernel.Actor;
import org.openics.kernel.NotAuthorised;
import org.openics.kernel.OdsCode;
import org.openics.kernel.UserRole;
import org.openics.registry.OrganisationKind;
import org.openics.registry.Registry;
import org.openics.support.PlatformIT;
import org.openics.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #19 beyond responding, on the real embedded PostgreSQL through the entry point: analysis against the
 * registry, one response per person, theme coding and CSV, "you said, we did" linked to a real governance decision,
 * the panel and the innovation pipeline, and the refusals of every role that may not.
 */
class ResidentsVoiceIT extends PlatformIT {

    static final Actor LEAD = TestActors.of(UserRole.ENGAGEMENT_LEAD);

    @Autowired
    Engagement engagement;

    @Autowired
    Governance governance;

    @Autowired
    Registry registry;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void demo() {
        registry.loadDemoIcs();
        governance.loadDemo();
        engagement.loadDemo();
    }

    long logRows() {
        return jdbc.queryForObject("select count(*) from engagement.log", Long.class);
    }

    @Test
    void theRepresentativenessTableEqualsADirectCountOfResponsesAndTheRegistrysResidents() {
        Analysis analysis = engagement.analysis(LEAD, DemoConsultations.CLOSED);
        Representation byPlace = analysis.representation().stream()
                .filter(r -> r.dimension().equals("Place"))
                .findFirst()
                .orElseThrow();
        Map<String, Long> direct = new HashMap<>();
        jdbc.query(
                "select place, count(*) from engagement.response where consultation = ? and place is not null group by place",
                rs -> {
                    direct.put(rs.getString(1), rs.getLong(2));
                },
                DemoConsultations.CLOSED);
        assertThat(direct).isNotEmpty();
        var places = registry.asAt(LocalDate.now()).organisations(OrganisationKind.PLACE);
        assertThat(byPlace.rows()).hasSize(places.size());
        // other tests load other ICSs' places into the shared store, some without resident populations: those rows have
        // none
        long residentsTotal = places.stream()
                .mapToLong(p -> registry.asAt(LocalDate.now())
                        .residentPopulation(p.code())
                        .orElse(0L))
                .sum();
        for (Representation.Row row : byPlace.rows()) {
            long count = direct.getOrDefault(row.code(), 0L);
            if (row.respondents().suppressed()) {
                assertThat(count)
                        .isBetween(1L, 7L)
                        .as("only small counts, or one more beside a small one, are withheld");
            } else {
                assertThat(row.respondents().count()).isEqualTo(count);
                assertThat(row.share())
                        .isCloseTo(100.0 * count / byPlace.total(), org.assertj.core.data.Offset.offset(1e-9));
            }
            var known = registry.asAt(LocalDate.now()).residentPopulation(OdsCode.of(row.code()));
            if (known.isEmpty()) {
                continue;
            }
            long residents = known.get();
            assertThat(row.population()).isEqualTo(residents);
            assertThat(row.populationShare())
                    .isCloseTo(100.0 * residents / residentsTotal, org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(byPlace.total())
                .isEqualTo(direct.values().stream().mapToLong(Long::longValue).sum());
        // the answers equal a direct count too
        QuestionSummary preferred = analysis.questions().get(0);
        long weekend = jdbc.queryForObject(
                "select count(*) from engagement.answer a join engagement.response r on r.id = a.response "
                        + "where r.consultation = ? and a.key = 'preferred-time' and a.value = 'Weekend'",
                Long.class,
                DemoConsultations.CLOSED);
        assertThat(preferred.counts().stream()
                        .filter(c -> c.label().equals("Weekend"))
                        .findFirst()
                        .orElseThrow()
                        .count()
                        .count())
                .isEqualTo(weekend);
        assertThat(analysis.responses()).isEqualTo(engagement.responseCount(LEAD, DemoConsultations.CLOSED));
        Representation age = analysis.representation().stream()
                .filter(r -> r.dimension().equals("Age band"))
                .findFirst()
                .orElseThrow();
        assertThat(age.notCalculated())
                .hasValueSatisfying(why -> assertThat(why).contains("no residents by age band"));
    }

    @Test
    void aConsultationTakingOneResponsePerPersonRefusesASecondFromTheSameAddressAndNeverStoresIt() {
        LocalDate today = LocalDate.now();
        Consultation once = new Consultation(
                "once-only",
                "Pharmacy hours",
                "When do you need a pharmacy?",
                "QZZ-ICP",
                "Everyone",
                today,
                today.plusDays(10),
                today.plusDays(5),
                List.of(),
                List.of(Question.choice("when", "When?", true, "Day", "Night")),
                true,
                List.of());
        assertThat(engagement.create(LEAD, once).stored()).isTrue();
        Map<String, String> answers = Map.of("when", "Night");
        assertThat(engagement
                        .respond("once-only", answers, Respondent.ANONYMOUS)
                        .problems())
                .extracting(Problem::field)
                .containsExactly("about-email");
        String place = registry.asAt(today)
                .organisations(OrganisationKind.PLACE)
                .get(0)
                .code()
                .value();
        ResponseOutcome first = engagement.respond(
                "once-only",
                answers,
                new Respondent(Optional.of("ann.b@example.org"), Optional.of(place), Optional.of("AGE_60_PLUS")));
        assertThat(first.accepted()).isTrue();
        ResponseOutcome second = engagement.respond(
                "once-only",
                answers,
                new Respondent(Optional.of(" Ann.B@Example.ORG "), Optional.empty(), Optional.empty()));
        assertThat(second.accepted()).isFalse();
        assertThat(second.problems()).extracting(Problem::kind).containsExactly(ProblemKind.ALREADY_RESPONDED);
        assertThat(engagement
                        .respond(
                                "once-only",
                                answers,
                                new Respondent(
                                        Optional.of("someone.else@example.org"), Optional.empty(), Optional.empty()))
                        .accepted())
                .isTrue();
        assertThat(engagement.responseCount(LEAD, "once-only")).isEqualTo(2);
        Long mentions = jdbc.queryForObject(
                "select count(*) from engagement.response r left join engagement.answer a on a.response = r.id "
                        + "where r.person_key ilike '%example%' or a.value ilike '%example%' or r.reference ilike '%example%'",
                Long.class);
        assertThat(mentions).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(distinct person_key) from engagement.response where consultation = 'once-only'",
                        Long.class))
                .isEqualTo(2);
        assertThat(engagement
                        .analysis(LEAD, "once-only")
                        .representation()
                        .get(0)
                        .rows())
                .anySatisfy(r -> assertThat(r.code()).isEqualTo(place));
    }

    @Test
    void staffCodeFreeTextIntoThemesAndTheCountsAndCsvFollow() {
        String code = DemoConsultations.OPEN;
        assertThat(engagement
                        .respond(
                                code,
                                Map.of(
                                        "last-used",
                                        "A pharmacy",
                                        "ease",
                                        "2",
                                        "better",
                                        "=cmd|' /C calc'!A0 evening slots"))
                        .accepted())
                .isTrue();
        assertThat(engagement
                        .addTheme(LEAD, code, new Theme("evenings", "Evening appointments"))
                        .stored())
                .isTrue();
        assertThat(engagement
                        .addTheme(LEAD, code, new Theme("evenings", "Again"))
                        .problems())
                .extracting(Problem::kind)
                .containsExactly(ProblemKind.DUPLICATE);
        CodableAnswer answer = engagement.codable(LEAD, code).stream()
                .filter(a -> a.text().contains("evening slots"))
                .findFirst()
                .orElseThrow();
        assertThat(engagement
                        .code(LEAD, code, answer.reference(), "better", Set.of("no-such"))
                        .problems())
                .extracting(Problem::field)
                .containsExactly("themes");
        assertThat(engagement
                        .code(LEAD, code, answer.reference(), "better", Set.of("evenings"))
                        .stored())
                .isTrue();
        QuestionSummary better = engagement.analysis(LEAD, code).questions().stream()
                .filter(q -> q.key().equals("better"))
                .findFirst()
                .orElseThrow();
        assertThat(better.counts())
                .singleElement()
                .satisfies(c -> assertThat(c.label()).isEqualTo("Evening appointments"));
        String csv = engagement.responsesCsv(LEAD, code);
        List<String> lines = Arrays.asList(csv.split("\r?\n"));
        assertThat(lines.get(0)).startsWith("reference,received_at,place,age_band,last-used,ease,better,better_themes");
        assertThat(lines).hasSize((int) engagement.responseCount(LEAD, code) + 1);
        assertThat(csv).contains(answer.reference()).doesNotContain(",=cmd").contains("evenings");
    }

    @Test
    void youSaidWeDidLinksToARealGovernanceDecisionAndIsPublished() {
        List<PublishedFinding> published = engagement.findings(Optional.of(DemoConsultations.GP_SERVICES));
        DecisionRecord decision = governance.decisions(true).stream()
                .filter(d -> d.item().equals(DemoConsultations.GP_DECISION_ITEM))
                .findFirst()
                .orElseThrow();
        assertThat(published).singleElement().satisfies(f -> {
            assertThat(f.decision()).hasValueSatisfying(d -> {
                assertThat(d.sequence()).isEqualTo(decision.sequence());
                assertThat(d.item()).isEqualTo(decision.item());
                assertThat(d.meetingDate()).isEqualTo(decision.meetingDate());
            });
            assertThat(f.indicatorTitle()).isPresent();
        });
        long before = logRows();
        assertThat(engagement
                        .recordFinding(
                                LEAD,
                                new Finding(
                                        DemoConsultations.CLOSED,
                                        Optional.empty(),
                                        "x",
                                        "y",
                                        Optional.of(99_999L),
                                        Optional.empty()))
                        .problems())
                .extracting(Problem::field)
                .containsExactly("decision");
        DecisionRecord confidential = governance.decisions(true).stream()
                .filter(DecisionRecord::confidential)
                .findFirst()
                .orElseThrow();
        assertThat(engagement
                        .recordFinding(
                                LEAD,
                                new Finding(
                                        DemoConsultations.CLOSED,
                                        Optional.empty(),
                                        "x",
                                        "y",
                                        Optional.of(confidential.sequence()),
                                        Optional.of("no-such-indicator")))
                        .problems())
                .extracting(Problem::field)
                .containsExactly("decision", "indicator");
        assertThat(logRows()).isEqualTo(before);
    }

    @Test
    void thePanelComparesWithThePopulationAndRecruitsOnlyWithAPlaceAndAnLsoaOfIt() {
        LocalDate today = LocalDate.now();
        Panel panel = engagement.panel(LEAD, today);
        assertThat(panel.active()).isPositive();
        assertThat(panel.partners())
                .anySatisfy(p -> assertThat(p.kind()).isEqualTo(PartnerKind.HEALTH_INNOVATION_NETWORK));
        assertThat(panel.events()).isNotEmpty();
        assertThat(panel.invitations())
                .anySatisfy(i -> assertThat(i.consultation()).isEqualTo(DemoConsultations.OPEN));
        Representation quintiles = panel.representation().get(2);
        assertThat(quintiles.notCalculated()).isEmpty();
        Representation places = panel.representation().get(0);
        long counted = jdbc.queryForObject(
                "select count(*) from engagement.panel_member where withdrawn_on is null", Long.class);
        assertThat(places.total()).isEqualTo(counted).isEqualTo(panel.active());

        // the demo ICS's places (other tests add other ICSs' places, without LSOAs, to the shared store)
        List<String> demoPlaces = registry.asAt(today).organisations(OrganisationKind.PLACE).stream()
                .filter(p -> !registry.asAt(today).lsoasIn(p.code()).isEmpty())
                .map(p -> p.code().value())
                .toList();
        String place = demoPlaces.get(1);
        String other = demoPlaces.get(2);
        String lsoa =
                registry.asAt(today).lsoasIn(OdsCode.of(place)).get(0).code().value();
        String lsoaElsewhere =
                registry.asAt(today).lsoasIn(OdsCode.of(other)).get(0).code().value();
        assertThat(engagement
                        .recruit(
                                LEAD,
                                new PanelMember(
                                        null,
                                        place,
                                        Optional.of(AgeBand.AGE_16_TO_59),
                                        Optional.of(lsoaElsewhere),
                                        Optional.empty(),
                                        today,
                                        Optional.empty()))
                        .problems())
                .extracting(Problem::field)
                .containsExactly("lsoa");
        assertThat(engagement
                        .recruit(
                                LEAD,
                                new PanelMember(
                                        null,
                                        "NOWHERE",
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        today.plusDays(1),
                                        Optional.empty()))
                        .problems())
                .extracting(Problem::field)
                .containsExactly("place", "consentedOn");
        assertThat(engagement
                        .recruit(
                                LEAD,
                                new PanelMember(
                                        null,
                                        place,
                                        Optional.of(AgeBand.AGE_16_TO_59),
                                        Optional.of(lsoa),
                                        Optional.of(DemoPanel.VCSE),
                                        today,
                                        Optional.empty()))
                        .stored())
                .isTrue();
        assertThat(engagement.panel(LEAD, today).active()).isEqualTo(counted + 1);
    }

    @Test
    void theInnovationPipelinePassesGatesInOrderAndShowsItsSpreadPerPlace() {
        List<Innovation> pipeline = engagement.innovations(TestActors.of(UserRole.ANALYST));
        assertThat(pipeline)
                .extracting(Innovation::stage)
                .contains(Stage.NEED, Stage.OPPORTUNITY, Stage.VALIDATION, Stage.ADOPTION);
        Innovation adopted = pipeline.stream()
                .filter(i -> i.code().equals(DemoInnovations.ADOPTED))
                .findFirst()
                .orElseThrow();
        assertThat(adopted.adoptions()).hasSize(3);
        assertThat(adopted.gates())
                .extracting(Innovation.Gate::stage)
                .containsExactly(Stage.NEED, Stage.OPPORTUNITY, Stage.VALIDATION, Stage.ADOPTION);
        Spread spread = engagement.spread(LEAD, DemoInnovations.ADOPTED);
        assertThat(spread.places())
                .hasSize(registry.asAt(LocalDate.now())
                        .organisations(OrganisationKind.PLACE)
                        .size());
        assertThat(spread.places().stream().filter(p -> p.adoption().isPresent()))
                .hasSize(3);
        // no indicators refreshed in this store: before/after says why, never a number
        assertThat(spread.places())
                .allSatisfy(p -> assertThat(
                                p.notCalculated().isPresent() || p.change().isPresent())
                        .isTrue());

        LocalDate today = LocalDate.now();
        Innovation idea = new Innovation(
                "test-idea",
                "Test idea",
                "A need",
                Optional.of("smoking"),
                List.of(),
                "A lead",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Stage.NEED,
                Optional.empty(),
                List.of(),
                List.of());
        assertThat(engagement.propose(LEAD, idea).stored()).isTrue();
        assertThat(engagement.advance(LEAD, "test-idea", Stage.OPPORTUNITY).problems())
                .extracting(Problem::field)
                .containsExactly("opportunity");
        String place = spread.places().get(0).place();
        assertThat(engagement.adopt(LEAD, "test-idea", place, today).problems())
                .extracting(Problem::kind)
                .containsExactly(ProblemKind.GATE_NOT_MET);
        Innovation described = new Innovation(
                "test-idea",
                "Test idea",
                "A need",
                Optional.of("smoking"),
                List.of(),
                "A lead",
                Optional.of("An app"),
                Optional.of("A trial"),
                Optional.of("It worked"),
                Optional.of(DemoPanel.NETWORK),
                Stage.NEED,
                Optional.empty(),
                List.of(),
                List.of());
        assertThat(engagement.describe(LEAD, described).stored()).isTrue();
        assertThat(engagement.advance(LEAD, "test-idea", Stage.OPPORTUNITY).stored())
                .isTrue();
        assertThat(engagement.advance(LEAD, "test-idea", Stage.VALIDATION).stored())
                .isTrue();
        assertThat(engagement.adopt(LEAD, "test-idea", place, today).stored()).isTrue();
        assertThat(engagement.adopt(LEAD, "test-idea", place, today).problems())
                .extracting(Problem::kind)
                .containsExactly(ProblemKind.DUPLICATE);
        assertThat(engagement.advance(LEAD, "test-idea", Stage.ADOPTION).stored())
                .isTrue();
        assertThat(engagement.log(LEAD))
                .extracting(LogEntry::action)
                .contains("innovation proposed", "innovation advanced", "innovation adopted");
    }

    @Test
    void everyRoleButTheEngagementLeadIsRefusedAtTheEntryPointAndNothingChanges() {
        long before = logRows();
        String open = DemoConsultations.OPEN;
        LocalDate today = LocalDate.now();
        Innovation idea = new Innovation(
                "refused-idea",
                "T",
                "N",
                Optional.empty(),
                List.of(),
                "O",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Stage.NEED,
                Optional.empty(),
                List.of(),
                List.of());
        List<Consumer<Actor>> writesAndReads = List.of(
                a -> engagement.analysis(a, open),
                a -> engagement.responsesCsv(a, open),
                a -> engagement.codable(a, open),
                a -> engagement.addTheme(a, open, new Theme("t", "T")),
                a -> engagement.code(a, open, "R-X", "better", Set.of()),
                a -> engagement.recordFinding(
                        a, new Finding(open, Optional.empty(), "x", "y", Optional.empty(), Optional.empty())),
                a -> engagement.panel(a, today),
                a -> engagement.recruit(
                        a,
                        new PanelMember(
                                null,
                                "X",
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                today,
                                Optional.empty())),
                a -> engagement.invite(a, open, Optional.empty()),
                a -> engagement.recordEvent(a, new PanelEvent("E", today, "X", Optional.empty(), 1)),
                a -> engagement.addPartner(a, new Partner("P", "P", PartnerKind.VCSE, null)),
                a -> engagement.propose(a, idea),
                a -> engagement.advance(a, DemoInnovations.VALIDATED, Stage.ADOPTION),
                a -> engagement.adopt(a, DemoInnovations.VALIDATED, "X", today));
        for (UserRole role : UserRole.values()) {
            if (role == UserRole.ENGAGEMENT_LEAD) {
                continue;
            }
            for (Consumer<Actor> call : writesAndReads) {
                assertThatThrownBy(() -> call.accept(TestActors.of(role)))
                        .isInstanceOf(NotAuthorised.class)
                        .hasMessageContaining(role.label());
            }
        }
        for (Consumer<Actor> call : writesAndReads) {
            assertThatThrownBy(() -> call.accept(null)).isInstanceOf(NotAuthorised.class);
        }
        assertThatThrownBy(() -> engagement.innovations(TestActors.of(UserRole.RESIDENT)))
                .isInstanceOf(NotAuthorised.class);
        assertThatThrownBy(() -> engagement.spread(null, DemoInnovations.ADOPTED))
                .isInstanceOf(NotAuthorised.class);
        assertThat(engagement.innovations(TestActors.of(UserRole.CLINICIAN))).isNotEmpty();
        assertThat(logRows()).isEqualTo(before);
    }
}
