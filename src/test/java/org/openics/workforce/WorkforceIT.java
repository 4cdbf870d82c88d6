package org.openics.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openics.kernel.Actor;
import org.openics.kernel.NotAuthorised;
import org.openics.kernel.OdsCode;
import org.openics.kernel.UserRole;
import org.openics.registry.Organisation;
import org.openics.registry.PopulationMeasure;
import org.openics.registry.Registry;
import org.openics.registry.RejectedRow;
import org.openics.registry.SystemOfSystems;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The workforce on the real store: imports of damaged files, re-imports, deployments on the right dates, refusals by role. */
class WorkforceIT extends PlatformIT {

    static final LocalDate PERIOD = LocalDate.of(2031, 1, 1);
    static final String RETURN = """
            Period,Org code,Staff group,FTE,HC,Establishment FTE,Leavers 12m HC,Sickness FTE days lost,Sickness FTE days available,Agency FTE,Bank FTE
            2031-01,RN7,Scientific therapeutic and technical,80,90,100,9,84,2100,2,4
            2031-01,RN7,Spacefarers,1,1,,,,,,
            2031-01,ZBHC1,Scientific therapeutic and technical,20,25,20,5,,,,
            2031-01,NOPE1,HCHS doctors,1,1,,,,,,
            """;

    @Autowired
    Registry registry;

    @Autowired
    Workforce workforce;

    @Autowired
    JdbcTemplate jdbc;

    static Actor as(UserRole role) {
        return new Actor(
                role.name().toLowerCase(),
                role,
                Optional.empty(),
                role == UserRole.RESIDENT
                        ? Optional.of(new org.openics.kernel.NhsNumber("9000000009"))
                        : Optional.empty());
    }

    static final Actor LEAD = as(UserRole.WORKFORCE_LEAD);

    @BeforeEach
    void demoIcs() {
        registry.loadDemoIcs();
    }

    static OrganisationStaffing row(List<OrganisationStaffing> rows, String org, StaffGroup group) {
        return rows.stream()
                .filter(r -> r.organisation().value().equals(org) && r.group() == group)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aDamagedReturnLoadsItsGoodRowsNamesEveryBadLineAndLoadsNothingNewTheSecondTime() {
        WorkforceImport first =
                workforce.importCsv("return-2031-01.csv", RETURN, WorkforceFormat.NHS_WORKFORCE_STATISTICS, null, LEAD);
        assertThat(first.read()).isEqualTo(4);
        assertThat(first.loaded()).isEqualTo(2);
        assertThat(first.rejected())
                .extracting(RejectedRow::toString)
                .containsExactly(
                        "return-2031-01.csv:3: staff group 'Spacefarers' is not one the ICS plans by",
                        "return-2031-01.csv:5: organisation NOPE1 is not in the registry");
        WorkforceImport again =
                workforce.importCsv("return-2031-01.csv", RETURN, WorkforceFormat.NHS_WORKFORCE_STATISTICS, null, LEAD);
        assertThat(again.changes()).isZero();
        assertThat(again.loaded()).isEqualTo(2);

        OrganisationStaffing rn7 = row(workforce.staffing(PERIOD.plusDays(10), LEAD), "RN7", StaffGroup.SCIENTIFIC);
        assertThat(rn7.inPostFte()).isEqualTo(80.0);
        assertThat(rn7.vacancyRate().value()).isEqualTo(20.0);
        assertThat(rn7.turnover().value()).isEqualTo(10.0);
        assertThat(rn7.sicknessRate().value()).isEqualTo(4.0);
        assertThat(rn7.agencyFte().value()).isEqualTo(2.0);
        assertThat(rn7.bankFte().value()).isEqualTo(4.0);

        WorkforceImport changed = workforce.importCsv(
                "return-2031-01-revised.csv",
                RETURN.replace("80,90,100", "81,90,100"),
                WorkforceFormat.NHS_WORKFORCE_STATISTICS,
                null,
                LEAD);
        assertThat(changed.changes()).isEqualTo(1);
        assertThat(row(workforce.staffing(PERIOD, LEAD), "RN7", StaffGroup.SCIENTIFIC)
                        .inPostFte())
                .isEqualTo(81.0);
        assertThat(jdbc.queryForObject(
                        "select count(*) from workforce.change_log where actor = 'workforce_lead' and action like 'import%'",
                        Integer.class))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void aSecondmentShowsOnBothOrganisationsFiguresOnTheRightDates() {
        workforce.importCsv("return-2031-01.csv", RETURN, WorkforceFormat.NHS_WORKFORCE_STATISTICS, null, LEAD);
        DeploymentOutcome outcome = workforce.recordDeployment(
                new Deployment(
                        0,
                        "IT-SECONDEE-1",
                        DeploymentKind.SECONDMENT,
                        "RN7",
                        "ZBHC1",
                        StaffGroup.SCIENTIFIC,
                        1.0,
                        LocalDate.of(2031, 2, 1),
                        Optional.of(LocalDate.of(2031, 5, 1))),
                LEAD);
        assertThat(outcome.done()).isTrue();
        assertThat(workforce
                        .recordDeployment(outcome.recorded().orElseThrow().withId(0), LEAD)
                        .problems())
                .containsExactly("this deployment (staff id, kind, organisations and start) is recorded already");

        List<OrganisationStaffing> before = workforce.staffing(LocalDate.of(2031, 1, 31), LEAD);
        List<OrganisationStaffing> during = workforce.staffing(LocalDate.of(2031, 2, 1), LEAD);
        List<OrganisationStaffing> after = workforce.staffing(LocalDate.of(2031, 5, 1), LEAD);
        assertThat(row(before, "RN7", StaffGroup.SCIENTIFIC).deployedOutFte()).isZero();
        assertThat(row(before, "ZBHC1", StaffGroup.SCIENTIFIC).deployedInFte()).isZero();
        assertThat(row(during, "RN7", StaffGroup.SCIENTIFIC).deployedOutFte()).isEqualTo(1.0);
        assertThat(row(during, "RN7", StaffGroup.SCIENTIFIC).workingFte())
                .isEqualTo(row(during, "RN7", StaffGroup.SCIENTIFIC).inPostFte() - 1);
        assertThat(row(during, "ZBHC1", StaffGroup.SCIENTIFIC).deployedInFte()).isEqualTo(1.0);
        assertThat(row(during, "ZBHC1", StaffGroup.SCIENTIFIC).workingFte()).isEqualTo(21.0);
        assertThat(row(after, "RN7", StaffGroup.SCIENTIFIC).deployedOutFte()).isZero();
        assertThat(row(after, "ZBHC1", StaffGroup.SCIENTIFIC).workingFte()).isEqualTo(20.0);
    }

    @Test
    void aDeploymentBetweenUnknownOrganisationsOrWithAnIdentifierIsRefusedWithTheReason() {
        assertThat(workforce
                        .recordDeployment(
                                new Deployment(
                                        0,
                                        "IT-SECONDEE-2",
                                        DeploymentKind.SHARED_BANK,
                                        "RN7",
                                        "XXX99",
                                        StaffGroup.AHP,
                                        0.5,
                                        LocalDate.of(2031, 2, 1),
                                        Optional.empty()),
                                LEAD)
                        .problems())
                .containsExactly("organisation XXX99 is not in the registry on 2031-02-01");
        assertThat(Deployment.problem(
                        "9434765919",
                        DeploymentKind.SECONDMENT,
                        "RN7",
                        "RJ1",
                        StaffGroup.AHP,
                        1,
                        LocalDate.of(2031, 1, 1),
                        Optional.empty()))
                .contains("looks like an NHS or National Insurance number");
    }

    @Test
    void gpFtePerTenThousandRegisteredEqualsTheImportedFteOverTheRegistrysListSizes() {
        SystemOfSystems system = registry.asAt(PERIOD);
        Organisation practice =
                system.practicesUnder(OdsCode.of("LCPZ-E09000022")).get(0);
        String gp = "PRAC_CODE,TOTAL_GP_FTE,TOTAL_GP_HC,TOTAL_NURSES_FTE,TOTAL_NURSES_HC\n"
                + practice.code().value() + ",7.25,9,3,4\n";
        WorkforceImport report = workforce.importCsv("gp-2031-01.csv", gp, WorkforceFormat.GP_WORKFORCE, PERIOD, LEAD);
        assertThat(report.rejected()).isEmpty();
        PlaceComparison c = workforce.comparePlaces(StaffGroup.GP, Denominator.REGISTERED, PERIOD, LEAD);
        PlaceRate lambeth = c.places().stream()
                .filter(p -> p.place().equals("LCPZ-E09000022"))
                .findFirst()
                .orElseThrow();
        double registered = system.practicesUnder(OdsCode.of("LCPZ-E09000022")).stream()
                .mapToDouble(p -> system.population(p.code(), PopulationMeasure.REGISTERED)
                        .orElseThrow())
                .sum();
        assertThat(lambeth.population()).isEqualTo(registered);
        assertThat(lambeth.fte()).isGreaterThanOrEqualTo(7.25);
        assertThat(lambeth.rate().value())
                .isCloseTo(lambeth.fte() / registered * 10_000, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(lambeth.lower95()).isLessThan(lambeth.rate().value());
        assertThat(workforce
                        .comparePlaces(StaffGroup.GP, Denominator.WEIGHTED, PERIOD, LEAD)
                        .places())
                .allSatisfy(p -> assertThat(p.rate().reason()).contains("weighted patients"));
    }

    @Test
    void onlyTheWorkforceLeadMayWriteAndOnlyLeadsAndAnalystsSeeMovements() {
        Deployment d = new Deployment(
                0,
                "IT-REFUSED-1",
                DeploymentKind.SECONDMENT,
                "RN7",
                "RJ1",
                StaffGroup.AHP,
                1.0,
                LocalDate.of(2031, 3, 1),
                Optional.empty());
        for (UserRole role : UserRole.values()) {
            Actor actor = as(role);
            assertThat(workforce.staffing(PERIOD, actor)).as(role.name()).isNotNull();
            if (role == UserRole.WORKFORCE_LEAD) {
                continue;
            }
            assertThatThrownBy(() ->
                            workforce.importCsv("x.csv", RETURN, WorkforceFormat.NHS_WORKFORCE_STATISTICS, null, actor))
                    .as(role.name())
                    .isInstanceOf(NotAuthorised.class)
                    .hasMessageContaining("may not import workforce returns");
            assertThatThrownBy(() -> workforce.recordDeployment(d, actor))
                    .as(role.name())
                    .isInstanceOf(NotAuthorised.class)
                    .hasMessageContaining("only Workforce lead may");
            if (role != UserRole.ANALYST) {
                assertThatThrownBy(() -> workforce.deployments(actor))
                        .as(role.name())
                        .isInstanceOf(NotAuthorised.class);
            }
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from workforce.deployment where pseudonym = 'IT-REFUSED-1'", Integer.class))
                .isZero();
        assertThatThrownBy(() -> workforce.staffing(PERIOD, null)).isInstanceOf(NotAuthorised.class);
    }

    static final String LAMBETH = "LCPZ-E09000022";

    @Test
    void aPlansNeedTrajectoryAndGapEqualTheImportedFteAndTheRegistrysListSizes() {
        SystemOfSystems system = registry.asAt(LocalDate.of(2033, 1, 1));
        Organisation practice = system.practicesUnder(OdsCode.of(LAMBETH)).get(1);
        String gp = "PRAC_CODE,TOTAL_GP_FTE,TOTAL_GP_HC\n" + practice.code().value() + ",%s,40\n";
        assertThat(workforce
                        .importCsv(
                                "gp-2033-01.csv",
                                gp.formatted("30"),
                                WorkforceFormat.GP_WORKFORCE,
                                LocalDate.of(2033, 1, 1),
                                LEAD)
                        .rejected())
                .isEmpty();
        assertThat(workforce
                        .importCsv(
                                "gp-2033-07.csv",
                                gp.formatted("33.5"),
                                WorkforceFormat.GP_WORKFORCE,
                                LocalDate.of(2033, 7, 1),
                                LEAD)
                        .rejected())
                .isEmpty();
        WorkforcePlan plan = new WorkforcePlan(
                0,
                "GPs to 7 per 10,000 by 2035",
                StaffGroup.GP,
                LAMBETH,
                Denominator.REGISTERED,
                7.0,
                LocalDate.of(2033, 1, 1),
                LocalDate.of(2035, 1, 1));
        WorkforcePlanOutcome saved = workforce.savePlan(plan, LEAD);
        assertThat(saved.done()).isTrue();
        assertThat(saved.changed()).isTrue();
        assertThat(workforce.savePlan(plan, LEAD).changed())
                .as("the same plan again")
                .isFalse();

        LocalDate asAt = LocalDate.of(2033, 8, 1);
        PlanProgress p = workforce.plans(asAt, LEAD).stream()
                .filter(x -> x.plan().id() == saved.saved().orElseThrow().id())
                .findFirst()
                .orElseThrow();
        PlaceRate now = workforce.comparePlaces(StaffGroup.GP, Denominator.REGISTERED, asAt, LEAD).places().stream()
                .filter(r -> r.place().equals(LAMBETH))
                .findFirst()
                .orElseThrow();
        PlaceRate atBaseline =
                workforce.comparePlaces(StaffGroup.GP, Denominator.REGISTERED, plan.baseline(), LEAD).places().stream()
                        .filter(r -> r.place().equals(LAMBETH))
                        .findFirst()
                        .orElseThrow();
        assertThat(now.fte() - atBaseline.fte()).isCloseTo(3.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(p.population()).isEqualTo(now.population());
        assertThat(p.actualFte()).isEqualTo(now.fte());
        assertThat(p.baselineFte()).isEqualTo(atBaseline.fte());
        double needed = Math.round(7.0 * now.population() / 10_000 * 100) / 100.0;
        assertThat(p.neededFte().value()).isEqualTo(needed);
        assertThat(p.gapToNeed().value()).isCloseTo(needed - now.fte(), org.assertj.core.data.Offset.offset(0.011));
        assertThat(p.rate().value()).isCloseTo(now.rate().value(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(p.lower95()).isEqualTo(now.lower95());
        // 212 of 730 days along the straight line from the baseline FTE to the need
        double planned = atBaseline.fte() + (needed - atBaseline.fte()) * 212 / 730;
        assertThat(p.plannedFte().value()).isCloseTo(planned, org.assertj.core.data.Offset.offset(0.011));
        assertThat(p.trajectory()).extracting(PlanProgress.Point::date).contains(LocalDate.of(2033, 7, 1));
        assertThat(p.trajectory().stream()
                        .filter(pt -> pt.date().equals(LocalDate.of(2033, 7, 1)))
                        .findFirst()
                        .orElseThrow()
                        .actualFte())
                .isEqualTo(now.fte());

        WorkforcePlanOutcome revised = workforce.savePlan(
                new WorkforcePlan(
                        0,
                        "GPs to 7.5 per 10,000 by 2035",
                        StaffGroup.GP,
                        LAMBETH,
                        Denominator.REGISTERED,
                        7.5,
                        plan.baseline(),
                        plan.targetDate()),
                LEAD);
        assertThat(revised.changed()).isTrue();
        assertThat(revised.saved().orElseThrow().id())
                .isEqualTo(saved.saved().orElseThrow().id());
        assertThat(jdbc.queryForObject(
                        "select count(*) from workforce.change_log where action = 'save plan' and detail like ? ",
                        Integer.class,
                        saved.saved().orElseThrow().id() + " GP in " + LAMBETH + "%"))
                .isEqualTo(2);
    }

    @Test
    void aPlanForSomethingThatIsNotAPlaceIsRefusedAndOnlyTheWorkforceLeadMaySaveOne() {
        WorkforcePlan notAPlace = new WorkforcePlan(
                0,
                "Nurses",
                StaffGroup.NURSING_MIDWIFERY,
                "RN7",
                Denominator.RESIDENT,
                20,
                LocalDate.of(2033, 1, 1),
                LocalDate.of(2034, 1, 1));
        assertThat(workforce.savePlan(notAPlace, LEAD).problems())
                .containsExactly("place RN7 is not a place in the registry on 2033-01-01");
        WorkforcePlan plan = new WorkforcePlan(
                0,
                "Refused",
                StaffGroup.AHP,
                LAMBETH,
                Denominator.RESIDENT,
                20,
                LocalDate.of(2033, 1, 1),
                LocalDate.of(2034, 1, 1));
        for (UserRole role : UserRole.values()) {
            assertThat(workforce.plans(LocalDate.of(2033, 1, 1), as(role)))
                    .as(role.name())
                    .isNotNull();
            if (role != UserRole.WORKFORCE_LEAD) {
                assertThatThrownBy(() -> workforce.savePlan(plan, as(role)))
                        .as(role.name())
                        .isInstanceOf(NotAuthorised.class)
                        .hasMessageContaining("may not change workforce plans");
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from workforce.plan where title = 'Refused'", Integer.class))
                .isZero();
        assertThatThrownBy(() -> workforce.plans(LocalDate.of(2033, 1, 1), null))
                .isInstanceOf(NotAuthorised.class);
    }
}
