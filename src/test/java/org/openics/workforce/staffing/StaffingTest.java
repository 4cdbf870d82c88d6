package org.openics.workforce.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.openics.kernel.OdsCode;
import org.openics.workforce.Denominator;
import org.openics.workforce.Deployment;
import org.openics.workforce.DeploymentKind;
import org.openics.workforce.OrganisationStaffing;
import org.openics.workforce.PlaceComparison;
import org.openics.workforce.StaffGroup;
import org.openics.workforce.StaffingFigure;

class StaffingTest {

    static StaffingFigure figure(
            String org, LocalDate period, double fte, int hc, Double establishment, Integer leavers) {
        return new StaffingFigure(
                OdsCode.of(org),
                StaffGroup.NURSING_MIDWIFERY,
                "",
                period,
                fte,
                hc,
                establishment == null ? OptionalDouble.empty() : OptionalDouble.of(establishment),
                leavers == null ? OptionalInt.empty() : OptionalInt.of(leavers),
                OptionalDouble.of(40),
                OptionalDouble.of(1000),
                OptionalDouble.empty(),
                OptionalDouble.of(2));
    }

    static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    static final LocalDate JUNE = LocalDate.of(2026, 6, 1);
    static final List<StaffingFigure> RETURNS = List.of(
            figure("AA1", MARCH, 90, 100, 100.0, 10),
            figure("AA1", JUNE, 95, 104, 100.0, 13),
            figure("BB1", JUNE, 50, 60, null, null));
    static final Deployment SECONDMENT = new Deployment(
            1,
            "PSEUDO-1",
            DeploymentKind.SECONDMENT,
            "AA1",
            "BB1",
            StaffGroup.NURSING_MIDWIFERY,
            1.0,
            LocalDate.of(2026, 7, 1),
            Optional.of(LocalDate.of(2026, 10, 1)));

    static OrganisationStaffing of(List<OrganisationStaffing> rows, String org) {
        return rows.stream()
                .filter(r -> r.organisation().value().equals(org))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theLatestReturnOnOrBeforeTheDateIsInForce() {
        assertThat(Staffing.inForce(RETURNS, LocalDate.of(2026, 5, 31)))
                .extracting(StaffingFigure::inPostFte)
                .containsExactly(90.0);
        assertThat(Staffing.inForce(RETURNS, JUNE))
                .extracting(StaffingFigure::inPostFte)
                .containsExactly(95.0, 50.0);
    }

    @Test
    void ratesComeFromTheReturnAndAreNotCalculatedWhereItLacksTheirFields() {
        List<OrganisationStaffing> rows =
                Staffing.organisations(Staffing.inForce(RETURNS, JUNE), List.of(), JUNE, c -> c.value());
        OrganisationStaffing a = of(rows, "AA1");
        assertThat(a.vacancyFte().value()).isEqualTo(5.0);
        assertThat(a.vacancyRate().value()).isEqualTo(5.0);
        assertThat(a.turnover().value()).isEqualTo(100.0 * 13 / 104);
        assertThat(a.sicknessRate().value()).isEqualTo(4.0);
        OrganisationStaffing b = of(rows, "BB1");
        assertThat(b.vacancyRate().calculated()).isFalse();
        assertThat(b.vacancyRate().reason()).isEqualTo("the return has no establishment");
        assertThat(b.turnover().reason()).isEqualTo("the return has no leavers");
    }

    @Test
    void aSecondmentShowsOnBothOrganisationsOnlyWhileItLasts() {
        for (LocalDate before : List.of(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 10, 1))) {
            List<OrganisationStaffing> rows = Staffing.organisations(
                    Staffing.inForce(RETURNS, before), List.of(SECONDMENT), before, c -> c.value());
            assertThat(of(rows, "AA1").deployedOutFte()).as("A on " + before).isZero();
            assertThat(of(rows, "BB1").deployedInFte()).as("B on " + before).isZero();
            assertThat(of(rows, "BB1").workingFte()).isEqualTo(50.0);
        }
        for (LocalDate during : List.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30))) {
            List<OrganisationStaffing> rows = Staffing.organisations(
                    Staffing.inForce(RETURNS, during), List.of(SECONDMENT), during, c -> c.value());
            OrganisationStaffing a = of(rows, "AA1");
            OrganisationStaffing b = of(rows, "BB1");
            assertThat(a.deployedOutFte()).isEqualTo(1.0);
            assertThat(a.inPostFte()).isEqualTo(95.0);
            assertThat(a.workingFte()).isEqualTo(94.0);
            assertThat(b.deployedInFte()).isEqualTo(1.0);
            assertThat(b.workingFte()).isEqualTo(51.0);
        }
    }

    @Test
    void aHostWithoutAReturnStillShowsTheStaffDeployedToIt() {
        Deployment toC = new Deployment(
                2,
                "PSEUDO-2",
                DeploymentKind.SHARED_BANK,
                "AA1",
                "CC1",
                StaffGroup.NURSING_MIDWIFERY,
                0.4,
                JUNE,
                Optional.empty());
        OrganisationStaffing c =
                of(Staffing.organisations(Staffing.inForce(RETURNS, JUNE), List.of(toC), JUNE, x -> x.value()), "CC1");
        assertThat(c.workingFte()).isEqualTo(0.4);
        assertThat(c.vacancyRate().reason()).startsWith("no return");
    }

    @Test
    void aPassportTransferIsCountedOnBothSidesForTwelveMonths() {
        Deployment move = new Deployment(
                3,
                "PSEUDO-3",
                DeploymentKind.PASSPORT_TRANSFER,
                "AA1",
                "BB1",
                StaffGroup.NURSING_MIDWIFERY,
                1.0,
                MARCH,
                Optional.empty());
        List<OrganisationStaffing> rows =
                Staffing.organisations(Staffing.inForce(RETURNS, JUNE), List.of(move), JUNE, c -> c.value());
        assertThat(of(rows, "AA1").transfersOut()).isEqualTo(1);
        assertThat(of(rows, "BB1").transfersIn()).isEqualTo(1);
        assertThat(of(rows, "AA1").workingFte()).isEqualTo(95.0);
        rows = Staffing.organisations(
                Staffing.inForce(RETURNS, MARCH.plusYears(1)), List.of(move), MARCH.plusYears(1), c -> c.value());
        assertThat(of(rows, "BB1").transfersIn()).isZero();
    }

    @Test
    void placesAreComparedPerTenThousandWithTheIcsRateAndAPlaceWithoutPopulationIsNotCalculated() {
        PlaceComparison c = PerCapita.compare(
                StaffGroup.GP,
                Denominator.REGISTERED,
                JUNE,
                Map.of("P1", 50.0, "P2", 150.0, "P3", 10.0),
                List.of(
                        new PerCapita.Population("P1", "One", 100_000.0, null),
                        new PerCapita.Population("P2", "Two", 100_000.0, null),
                        new PerCapita.Population(
                                "P3", "Three", null, "no registered patients in the registry for this place")));
        assertThat(c.icsRate().value()).isEqualTo(10.0);
        assertThat(c.places().get(0).rate().value()).isEqualTo(5.0);
        assertThat(c.places().get(0).lower95()).isLessThan(5.0);
        assertThat(c.places().get(0).upper95()).isGreaterThan(5.0);
        assertThat(c.places().get(0).comparison()).isEqualTo("Low (0.001)");
        assertThat(c.places().get(1).comparison()).isEqualTo("High (0.001)");
        assertThat(c.places().get(2).rate().calculated()).isFalse();
        assertThat(c.places().get(2).comparison()).startsWith("not compared: no registered patients");
    }
}
