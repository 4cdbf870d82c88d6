package org.openics.workforce.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import org.openics.kernel.OdsCode;
import org.openics.registry.Organisation;
import org.openics.registry.OrganisationKind;
import org.openics.registry.PopulationMeasure;
import org.openics.registry.SystemOfSystems;
import org.openics.workforce.Denominator;
import org.openics.workforce.Deployment;
import org.openics.workforce.DeploymentKind;
import org.openics.workforce.StaffGroup;
import org.openics.workforce.StaffingFigure;
import org.openics.workforce.WorkforcePlan;
import org.openics.workforce.staffing.Staffing;

/**
 * A synthetic workforce for the demo ICS, shaped like South East London's: the sizes of the real trusts' staff
 * groups rounded from NHS Workforce Statistics (orders of magnitude only), practice staff scaled from each demo
 * practice's list size at London's published ratios (about one GP FTE per 2,000 patients, a practice nurse FTE per
 * 5,000, a member of other practice staff per 900), vacancy, turnover and sickness rates near the published London
 * averages. Every figure is invented; the same every time (fixed seed). See docs/workforce.md.
 */
public final class DemoWorkforce {

    public static final List<LocalDate> PERIODS =
            List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 1));

    /** Trust, staff group, FTE in post (rounded, shaped like the published September figures). */
    private record TrustGroup(String trust, StaffGroup group, double fte) {}

    private static final List<TrustGroup> TRUSTS = List.of(
            new TrustGroup("RJ1", StaffGroup.MEDICAL, 3_400),
            new TrustGroup("RJ1", StaffGroup.NURSING_MIDWIFERY, 7_600),
            new TrustGroup("RJ1", StaffGroup.AHP, 1_500),
            new TrustGroup("RJ1", StaffGroup.SCIENTIFIC, 2_300),
            new TrustGroup("RJ1", StaffGroup.SUPPORT, 6_900),
            new TrustGroup("RJZ", StaffGroup.MEDICAL, 2_300),
            new TrustGroup("RJZ", StaffGroup.NURSING_MIDWIFERY, 4_600),
            new TrustGroup("RJZ", StaffGroup.AHP, 800),
            new TrustGroup("RJZ", StaffGroup.SCIENTIFIC, 1_300),
            new TrustGroup("RJZ", StaffGroup.SUPPORT, 4_200),
            new TrustGroup("RJ2", StaffGroup.MEDICAL, 1_100),
            new TrustGroup("RJ2", StaffGroup.NURSING_MIDWIFERY, 2_600),
            new TrustGroup("RJ2", StaffGroup.AHP, 450),
            new TrustGroup("RJ2", StaffGroup.SCIENTIFIC, 600),
            new TrustGroup("RJ2", StaffGroup.SUPPORT, 2_300),
            new TrustGroup("RV5", StaffGroup.MEDICAL, 600),
            new TrustGroup("RV5", StaffGroup.NURSING_MIDWIFERY, 1_900),
            new TrustGroup("RV5", StaffGroup.AHP, 350),
            new TrustGroup("RV5", StaffGroup.SCIENTIFIC, 900),
            new TrustGroup("RV5", StaffGroup.SUPPORT, 1_700),
            new TrustGroup("RPG", StaffGroup.MEDICAL, 300),
            new TrustGroup("RPG", StaffGroup.NURSING_MIDWIFERY, 1_300),
            new TrustGroup("RPG", StaffGroup.AHP, 300),
            new TrustGroup("RPG", StaffGroup.SCIENTIFIC, 500),
            new TrustGroup("RPG", StaffGroup.SUPPORT, 1_100),
            new TrustGroup("ZBHC1", StaffGroup.NURSING_MIDWIFERY, 350),
            new TrustGroup("ZBHC1", StaffGroup.AHP, 200),
            new TrustGroup("ZBHC1", StaffGroup.SUPPORT, 300));

    private DemoWorkforce() {}

    public static List<StaffingFigure> figures(SystemOfSystems system) {
        Random random = new Random(18);
        List<StaffingFigure> figures = new ArrayList<>();
        for (int p = 0; p < PERIODS.size(); p++) {
            LocalDate period = PERIODS.get(p);
            double growth = 1 + 0.006 * p;
            for (TrustGroup t : TRUSTS) {
                double fte = Staffing.round(t.fte() * growth * (0.99 + 0.02 * random.nextDouble()));
                figures.add(trust(t.trust(), t.group(), "", period, fte, random));
            }
            for (Organisation place : system.organisations(OrganisationKind.PLACE)) {
                placeFigures(system, place, period, random, figures);
            }
        }
        return figures;
    }

    private static void placeFigures(
            SystemOfSystems system, Organisation place, LocalDate period, Random random, List<StaffingFigure> out) {
        // each place's general practice is a little better or worse staffed, so the comparison has something to show
        double placeFactor = 0.8 + 0.4 * ((place.code().value().hashCode() & 0xff) / 255.0);
        for (Organisation practice : system.practicesUnder(place.code())) {
            double list = system.population(practice.code(), PopulationMeasure.REGISTERED)
                    .orElse(0.0);
            if (list <= 0) {
                continue;
            }
            practice(out, practice, place, period, StaffGroup.GP, list / 2_000 * placeFactor, 0.72, random);
            practice(
                    out,
                    practice,
                    place,
                    period,
                    StaffGroup.NURSING_MIDWIFERY,
                    list / 5_000 * placeFactor,
                    0.8,
                    random);
            practice(out, practice, place, period, StaffGroup.PRACTICE_STAFF, list / 900, 0.78, random);
        }
        system.organisations(OrganisationKind.LOCAL_AUTHORITY).stream()
                .filter(la -> la.code().value().startsWith("LAZ-")
                        && place.code().value().endsWith(la.code().value().substring(4)))
                .findFirst()
                .ifPresent(council -> out.add(trust(
                        council.code().value(),
                        StaffGroup.SOCIAL_CARE,
                        place.code().value(),
                        period,
                        Staffing.round(system.residentPopulation(place.code()).orElse(300_000L)
                                / 260.0
                                * (0.95 + 0.1 * random.nextDouble())),
                        random)));
    }

    private static void practice(
            List<StaffingFigure> out,
            Organisation practice,
            Organisation place,
            LocalDate period,
            StaffGroup group,
            double fte,
            double ftePerHead,
            Random random) {
        double f = Staffing.round(fte * (0.85 + 0.3 * random.nextDouble()));
        if (f <= 0) {
            return;
        }
        int hc = Math.max(1, (int) Math.ceil(f / ftePerHead));
        out.add(new StaffingFigure(
                practice.code(),
                group,
                place.code().value(),
                period,
                f,
                hc,
                OptionalDouble.empty(),
                OptionalInt.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty()));
    }

    /** A provider's return with the rates near London's published averages (vacancies ~8%, turnover ~11%, sickness ~4.5%). */
    private static StaffingFigure trust(
            String org, StaffGroup group, String place, LocalDate period, double fte, Random random) {
        int hc = (int) Math.round(fte / (0.86 + 0.06 * random.nextDouble()));
        double establishment = Staffing.round(fte / (1 - (0.04 + 0.08 * random.nextDouble())));
        int leavers = (int) Math.round(hc * (0.08 + 0.06 * random.nextDouble()));
        double available = Staffing.round(fte * 21);
        double lost = Staffing.round(available * (0.03 + 0.03 * random.nextDouble()));
        double agency = Staffing.round(fte * 0.015 * random.nextDouble());
        double bank = Staffing.round(fte * (0.03 + 0.04 * random.nextDouble()));
        return new StaffingFigure(
                OdsCode.of(org),
                group,
                place,
                period,
                fte,
                hc,
                OptionalDouble.of(establishment),
                OptionalInt.of(leavers),
                OptionalDouble.of(lost),
                OptionalDouble.of(available),
                OptionalDouble.of(agency),
                OptionalDouble.of(bank));
    }

    /** A handful of deployments between the demo's partners, with pseudonymous ids. */
    public static List<Deployment> deployments() {
        return List.of(
                new Deployment(
                        0,
                        "SEL-WF-0001",
                        DeploymentKind.SECONDMENT,
                        "RJ1",
                        "RJZ",
                        StaffGroup.NURSING_MIDWIFERY,
                        1.0,
                        LocalDate.of(2026, 7, 1),
                        Optional.of(LocalDate.of(2027, 1, 1))),
                new Deployment(
                        0,
                        "SEL-WF-0002",
                        DeploymentKind.SECONDMENT,
                        "RJZ",
                        "RJ2",
                        StaffGroup.MEDICAL,
                        0.8,
                        LocalDate.of(2026, 4, 1),
                        Optional.of(LocalDate.of(2026, 10, 1))),
                new Deployment(
                        0,
                        "SEL-WF-0003",
                        DeploymentKind.JOINT_POST,
                        "RV5",
                        "RPG",
                        StaffGroup.MEDICAL,
                        0.5,
                        LocalDate.of(2026, 2, 1),
                        Optional.empty()),
                new Deployment(
                        0,
                        "SEL-WF-0004",
                        DeploymentKind.SHARED_BANK,
                        "RJ2",
                        "RJ1",
                        StaffGroup.NURSING_MIDWIFERY,
                        0.6,
                        LocalDate.of(2026, 9, 1),
                        Optional.of(LocalDate.of(2026, 12, 1))),
                new Deployment(
                        0,
                        "SEL-WF-0005",
                        DeploymentKind.PASSPORT_TRANSFER,
                        "RJZ",
                        "RJ2",
                        StaffGroup.AHP,
                        1.0,
                        LocalDate.of(2026, 5, 1),
                        Optional.empty()),
                new Deployment(
                        0,
                        "SEL-WF-0006",
                        DeploymentKind.SECONDMENT,
                        "ZBHC1",
                        "RPG",
                        StaffGroup.AHP,
                        0.6,
                        LocalDate.of(2026, 8, 1),
                        Optional.of(LocalDate.of(2027, 2, 1))));
    }

    /**
     * An invented ambition for every place from the first demo period: GPs to 5.5 FTE and practice nurses to 2.4 FTE per 10,000
     * registered patients by April 2029 (the demo's practices start near 5 and 2, from the ratios above).
     */
    public static List<WorkforcePlan> plans(List<String> places) {
        List<WorkforcePlan> plans = new ArrayList<>();
        for (String place : places) {
            plans.add(new WorkforcePlan(
                    0,
                    "GPs to 5.5 FTE per 10,000 registered patients by April 2029",
                    StaffGroup.GP,
                    place,
                    Denominator.REGISTERED,
                    5.5,
                    PERIODS.get(0),
                    LocalDate.of(2029, 4, 1)));
            plans.add(new WorkforcePlan(
                    0,
                    "Practice nurses to 2.4 FTE per 10,000 registered patients by April 2029",
                    StaffGroup.NURSING_MIDWIFERY,
                    place,
                    Denominator.REGISTERED,
                    2.4,
                    PERIODS.get(0),
                    LocalDate.of(2029, 4, 1)));
        }
        return plans;
    }
}
