package org.openics.workforce.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openics.estates.Site;
import org.openics.estates.demo.DemoEstate;
import org.openics.registry.DemoSystem;
import org.openics.registry.Organisation;
import org.openics.registry.OrganisationKind;
import org.openics.registry.PopulationMeasure;
import org.openics.registry.SystemOfSystems;
import org.openics.workforce.PlanProgress;
import org.openics.workforce.StaffGroup;
import org.openics.workforce.StaffingFigure;
import org.openics.workforce.WorkforcePlan;
import org.openics.workforce.planning.Trajectory;
import org.openics.workforce.staffing.PerCapita;
import org.openics.workforce.staffing.Staffing;

/** The demo workforce and estate: deterministic, about the demo ICS's own organisations, at plausible London ratios. */
class DemoSeedsTest {

    static final SystemOfSystems SYSTEM = DemoSystem.asAt(DemoWorkforce.PERIODS.get(2));

    @Test
    void theDemoWorkforceIsTheSameEveryTimeAndNamesOnlyRegistryOrganisations() {
        List<StaffingFigure> figures = DemoWorkforce.figures(SYSTEM);
        assertThat(DemoWorkforce.figures(SYSTEM)).isEqualTo(figures);
        assertThat(figures)
                .allSatisfy(
                        f -> assertThat(SYSTEM.organisation(f.organisation())).isPresent());
        assertThat(figures.stream().map(StaffingFigure::key).collect(Collectors.toSet()))
                .hasSize(figures.size());
        DemoWorkforce.deployments()
                .forEach(d -> assertThat(SYSTEM.organisation(org.openics.kernel.OdsCode.of(d.toOrganisation())))
                        .isPresent());
    }

    @Test
    void generalPracticeIsStaffedAtAboutLondonsPublishedGpRatio() {
        Map<String, Double> gp = Staffing.fteByPlace(
                Staffing.inForce(DemoWorkforce.figures(SYSTEM), DemoWorkforce.PERIODS.get(2)), StaffGroup.GP);
        assertThat(gp).hasSize(6);
        for (Organisation place : SYSTEM.organisations(OrganisationKind.PLACE)) {
            double registered = SYSTEM.practicesUnder(place.code()).stream()
                    .mapToDouble(p -> SYSTEM.population(p.code(), PopulationMeasure.REGISTERED)
                            .orElse(0.0))
                    .sum();
            double perTenThousand = gp.get(place.code().value()) / registered * 10_000;
            assertThat(perTenThousand).as(place.name()).isBetween(3.5, 6.5);
        }
    }

    @Test
    void everyDemoPlaceHasAGpAndANursePlanWhoseNeedIsAboveTheDemosStartingFte() {
        List<Organisation> places = SYSTEM.organisations(OrganisationKind.PLACE);
        List<WorkforcePlan> plans =
                DemoWorkforce.plans(places.stream().map(p -> p.code().value()).toList());
        assertThat(plans).hasSize(places.size() * 2);
        List<StaffingFigure> figures = DemoWorkforce.figures(SYSTEM);
        for (WorkforcePlan plan : plans) {
            Organisation place = places.stream()
                    .filter(p -> p.code().value().equals(plan.place()))
                    .findFirst()
                    .orElseThrow();
            double registered = SYSTEM.practicesUnder(place.code()).stream()
                    .mapToDouble(p -> SYSTEM.population(p.code(), PopulationMeasure.REGISTERED)
                            .orElse(0.0))
                    .sum();
            PlanProgress progress = Trajectory.progress(
                    plan,
                    place.name(),
                    DemoWorkforce.PERIODS.get(2),
                    new PerCapita.Population(plan.place(), place.name(), registered, null),
                    d -> Staffing.fteByPlace(Staffing.inForce(figures, d), plan.group())
                            .getOrDefault(plan.place(), 0.0));
            assertThat(progress.baselineFte())
                    .as(plan.title() + " " + place.name())
                    .isPositive();
            assertThat(progress.neededFte().value())
                    .as(plan.title() + " " + place.name())
                    .isGreaterThan(progress.baselineFte() * 0.8);
        }
    }

    @Test
    void theDemoEstateHasTwoYearlyReturnsOfEverySiteInTheDemoPlaces() {
        List<Site> sites = DemoEstate.sites();
        assertThat(DemoEstate.sites()).isEqualTo(sites);
        Set<String> places = SYSTEM.organisations(OrganisationKind.PLACE).stream()
                .map(p -> p.code().value())
                .collect(Collectors.toSet());
        assertThat(sites).allSatisfy(s -> {
            assertThat(places).contains(s.place());
            assertThat(s.located()).isTrue();
            assertThat(s.siteCode()).contains("Z");
        });
        assertThat(sites.stream()
                        .filter(s -> s.period().equals(DemoEstate.FIRST_YEAR))
                        .count())
                .isEqualTo(sites.stream()
                        .filter(s -> s.period().equals(DemoEstate.SECOND_YEAR))
                        .count());
        List<String> pcns = new ArrayList<>();
        SYSTEM.organisations(OrganisationKind.PCN)
                .forEach(p -> pcns.add(p.code().value()));
        assertThat(DemoEstate.hubs(Map.of("LCPZ-E09000022", pcns.subList(0, 3))))
                .singleElement()
                .satisfies(h -> assertThat(h.neighbourhoods()).hasSize(3));
    }
}
