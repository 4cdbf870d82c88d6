package org.openics.governance.constitution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openics.governance.Appointment;
import org.openics.governance.Body;
import org.openics.governance.Breach;
import org.openics.governance.ConstitutionRule;
import org.openics.governance.Fixtures;
import org.openics.governance.Role;
import org.openics.governance.RuleKind;
import org.openics.governance.RuleResult;
import org.openics.governance.ValidationReport;
import org.openics.governance.demo.DemoGovernance;
import org.openics.governance.model.GovernanceModel;

class ConstitutionCheckTest {

    static final LocalDate FEBRUARY = LocalDate.of(2026, 2, 1);
    static final LocalDate JUNE = LocalDate.of(2026, 6, 1);
    final GovernanceModel demo = Fixtures.demo();
    final SystemOrganisations sel = Fixtures.southEastLondon();

    @Test
    void theValidationReportFlagsABoardWithoutAGeneralPracticePartnerMemberWithRuleAndReason() {
        ValidationReport report = new ConstitutionCheck(demo, sel).on(JUNE);
        Breach breach = breach(report, "ICB-PARTNER-GENERAL-PRACTICE v1");
        assertThat(breach.body()).isEqualTo(DemoGovernance.BOARD);
        assertThat(breach.ruleText())
                .isEqualTo("The board has at least one partner member from general practice in the area.");
        assertThat(breach.finding()).contains("has no partner member (general practice) but needs at least 1");
        assertThat(breach.reason()).contains("nominated by the providers of primary medical services");
    }

    @Test
    void theGeneralPracticePartnerMemberRuleWasMetWhileHerTermRan() {
        ValidationReport report = new ConstitutionCheck(demo, sel).on(FEBRUARY);
        assertThat(report.breaches()).extracting(Breach::rule).doesNotContain("ICB-PARTNER-GENERAL-PRACTICE v1");
        assertThat(result(report, "ICB-PARTNER-GENERAL-PRACTICE v1").finding())
                .contains("1 (Dr Kwame Asante); at least 1 required");
    }

    @Test
    void theValidationReportFlagsANonExecutiveWhoIsADirectorOfAPartnerTrust() {
        Breach breach = breach(new ConstitutionCheck(demo, sel).on(JUNE), "ICB-INDEPENDENCE v1");
        assertThat(breach.finding())
                .isEqualTo("Harriet Okafor (independent non-executive member) is non-executive director of"
                        + " Lewisham and Greenwich NHS Trust, an organisation of the ICS");
        assertThat(breach.reason())
                .contains("must not hold a role in another health or care organisation in the ICS area");
    }

    @Test
    void independentMembersWithoutOfficesInTheSystemMeetTheIndependenceRule() {
        RuleResult result =
                result(new ConstitutionCheck(Fixtures.withoutAffiliations(demo), sel).on(JUNE), "ICB-INDEPENDENCE v1");
        assertThat(result.met()).isTrue();
        assertThat(result.finding()).startsWith("no independent member of");
    }

    @Test
    void anOfficeInAnOrganisationOutsideTheSystemIsNoBreach() {
        SystemOrganisations withoutLewisham =
                new SystemOrganisations("QZZ", sel.names(), java.util.Set.of("RJ1"), sel.localAuthorities());
        assertThat(result(new ConstitutionCheck(demo, withoutLewisham).on(JUNE), "ICB-INDEPENDENCE v1")
                        .met())
                .isTrue();
    }

    static List<ConstitutionRule> roleRules() {
        return org.openics.governance.internal.DemoModel.model().rules().stream()
                .filter(r -> r.kind() == RuleKind.REQUIRES_ROLE)
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roleRules")
    void everyRoleRuleIsMetWhenTheRoleIsFilledAndBreachedWithItsReasonWhenItIsNot(ConstitutionRule rule) {
        GovernanceModel filled = Fixtures.withSeat(
                demo,
                new Appointment(
                        "pm-gp", DemoGovernance.BOARD, Role.PARTNER_MEMBER_GENERAL_PRACTICE, null, FEBRUARY, null));
        Body board = filled.body(DemoGovernance.BOARD).orElseThrow();
        assertThat(new ConstitutionCheck(filled, sel).check(rule, board, JUNE).met())
                .as(rule.label())
                .isTrue();

        GovernanceModel empty = Fixtures.withoutSeats(
                filled, a -> a.role() == rule.role() && a.body().equals(DemoGovernance.BOARD));
        ValidationReport report = new ConstitutionCheck(empty, sel).on(JUNE);
        Breach breach = breach(report, rule.label());
        assertThat(breach.finding())
                .contains("has no " + rule.role().label().toLowerCase() + " but needs at least " + rule.minimum());
        assertThat(breach.reason()).isEqualTo(rule.reason());
    }

    @Test
    void twoNonExecutivesBesidesTheChairAreNeededNotOne() {
        GovernanceModel oneLeft = Fixtures.withoutSeats(
                demo, a -> a.person().equals("ned-1") || a.person().equals("ned-3"));
        Breach breach = breach(new ConstitutionCheck(oneLeft, sel).on(JUNE), "ICB-NON-EXECUTIVES v1");
        assertThat(breach.finding()).contains("has 1 (Harriet Okafor) but needs at least 2");
    }

    @Test
    void anIcpWithoutOneLocalAuthorityBreachesTheCoreMembershipRule() {
        Breach breach = breach(new ConstitutionCheck(demo, sel).on(JUNE), "ICP-CORE-MEMBERS v1");
        assertThat(breach.finding()).endsWith("lacks core member: London Borough of Bexley");
        assertThat(breach.reason()).startsWith("Section 116ZA of the NHS Act 2006");
    }

    @Test
    void anIcpWithTheIcbAndEveryLocalAuthorityMeetsTheCoreMembershipRule() {
        GovernanceModel complete = Fixtures.withSeat(
                demo, new Appointment("chair", "QZZ-ICP", Role.CORE_MEMBER, "LAZ-E09000004", FEBRUARY, null));
        RuleResult result = result(new ConstitutionCheck(complete, sel).on(JUNE), "ICP-CORE-MEMBERS v1");
        assertThat(result.met()).isTrue();
        assertThat(result.finding()).endsWith("has the ICB and all 6 local authorities as core members");
    }

    @Test
    void aNewVersionOfARuleTakesOverFromItsStartDate() {
        LocalDate change = LocalDate.of(2027, 1, 1);
        List<ConstitutionRule> rules = new java.util.ArrayList<>();
        for (ConstitutionRule r : demo.rules()) {
            boolean nonExecutives = r.id().equals("ICB-NON-EXECUTIVES");
            rules.add(
                    nonExecutives
                            ? new ConstitutionRule(
                                    r.id(),
                                    1,
                                    r.appliesTo(),
                                    r.kind(),
                                    r.role(),
                                    r.minimum(),
                                    r.text(),
                                    r.reason(),
                                    r.validFrom(),
                                    change.minusDays(1))
                            : r);
        }
        rules.add(new ConstitutionRule(
                "ICB-NON-EXECUTIVES",
                2,
                org.openics.governance.BodyKind.ICB_BOARD,
                RuleKind.REQUIRES_ROLE,
                Role.NON_EXECUTIVE,
                4,
                "The board has at least four independent non-executive members besides the chair.",
                "A revised constitution adds a non-executive to chair the new quality committee.",
                change,
                null));
        GovernanceModel revised = new GovernanceModel(
                demo.icb(),
                demo.allBodies(),
                demo.people(),
                demo.appointments(),
                demo.affiliations(),
                demo.interests(),
                rules,
                demo.functions(),
                demo.delegations());
        ConstitutionCheck check = new ConstitutionCheck(revised, sel);
        assertThat(result(check.on(change.minusDays(1)), "ICB-NON-EXECUTIVES v1")
                        .met())
                .isTrue();
        assertThat(check.on(change.minusDays(1)).results())
                .extracting(RuleResult::rule)
                .doesNotContain("ICB-NON-EXECUTIVES v2");
        Breach breach = breach(check.on(change), "ICB-NON-EXECUTIVES v2");
        assertThat(breach.finding())
                .contains("has 3 (Marcus Bellamy, Harriet Okafor, Professor Ian Whitlock) but needs at least 4");
        assertThat(breach.reason())
                .isEqualTo("A revised constitution adds a non-executive to chair the new quality committee.");
    }

    @Test
    void rulesOnlyApplyWhileInForce() {
        assertThat(new ConstitutionCheck(demo, sel)
                        .on(LocalDate.of(2025, 12, 31))
                        .results())
                .isEmpty();
    }

    private static Breach breach(ValidationReport report, String rule) {
        return report.breaches().stream()
                .filter(b -> b.rule().equals(rule))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no breach of " + rule + " in " + report.breaches()));
    }

    private static RuleResult result(ValidationReport report, String rule) {
        return report.results().stream()
                .filter(r -> r.rule().equals(rule))
                .findFirst()
                .orElseThrow();
    }
}
