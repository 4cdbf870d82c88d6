package org.openics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openics.estates.Estates;
import org.openics.estates.HubCoverage;
import org.openics.kernel.Actor;
import org.openics.kernel.UserRole;
import org.openics.registry.Organisation;
import org.openics.registry.OrganisationKind;
import org.openics.registry.Registry;
import org.openics.registry.SystemOfSystems;
import org.openics.support.PlatformIT;
import org.openics.workforce.PlanProgress;
import org.openics.workforce.Workforce;
import org.springframework.beans.factory.annotation.Autowired;

/** The workforce plan and estates hub/plan commands against the running server's store, read back through the entry points. */
class WorkforceEstatesCommandIT extends PlatformIT {

    static final Actor ANALYST = new Actor("it", UserRole.ANALYST, Optional.empty(), Optional.empty());

    @Autowired
    Registry registry;

    @Autowired
    Workforce workforce;

    @Autowired
    Estates estates;

    @Test
    void aWorkforcePlanSavedOnTheCommandLineIsListedWithItsStatusAndSavingItAgainChangesNothing() {
        registry.loadDemoIcs();
        Organisation place = registry.asAt(LocalDate.of(2036, 1, 1))
                .organisations(OrganisationKind.PLACE)
                .get(4);
        String[] plan = {
            "--home",
            HOME.toString(),
            "workforce",
            "plan",
            "--title",
            "CLI social care plan",
            "--group",
            "SOCIAL_CARE",
            "--place",
            place.code().value(),
            "--per",
            "RESIDENT",
            "--target",
            "80",
            "--baseline",
            "2036-01-01",
            "--by",
            "2038-01-01",
            "--user",
            "cli-lead"
        };
        RegistryCommandIT.Result saved = RegistryCommandIT.run(plan);
        assertThat(saved.exit()).as(saved.err()).isZero();
        assertThat(saved.out()).startsWith("Saved workforce plan ");
        assertThat(RegistryCommandIT.run(plan).out()).startsWith("Unchanged: workforce plan ");

        PlanProgress expected = workforce.plans(LocalDate.of(2036, 6, 1), ANALYST).stream()
                .filter(p -> p.plan().title().equals("CLI social care plan"))
                .findFirst()
                .orElseThrow();
        RegistryCommandIT.Result listed = RegistryCommandIT.run(
                "--home", HOME.toString(), "workforce", "plans", "--as-at", "2036-06-01", "--trajectory");
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.out())
                .contains(place.name())
                .contains(expected.status())
                .contains("2038-01-01 planned");
    }

    @Test
    void aHubWithABadLineIsRefusedOnTheCommandLineAndAGoodOneIsSaved() {
        registry.loadDemoIcs();
        SystemOfSystems system = registry.asAt(LocalDate.of(2036, 4, 1));
        Organisation pcn = system.organisations(OrganisationKind.PCN).get(0);
        estates.importSites(
                "cli-2036.csv",
                "Trust Code,Site Code,Site Name,Gross internal floor area (m²),Latitude,Longitude\n"
                        + "RN7,CLIZ1,CLI Clinic,600,51.45,-0.1\n",
                LocalDate.of(2036, 4, 1),
                new Actor("it", UserRole.ESTATES_LEAD, Optional.empty(), Optional.empty()));
        RegistryCommandIT.Result bad = RegistryCommandIT.run(
                "--home",
                HOME.toString(),
                "estates",
                "hub",
                "--site",
                "CLIZ1",
                "--name",
                "CLI hub",
                "--service",
                "Phlebotomy | RN7",
                "--serves",
                pcn.code().value() + " 51.4",
                "--user",
                "cli-estates");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err())
                .contains("neighbourhood line 1: '" + pcn.code().value() + " 51.4' is not 'PCN, latitude, longitude'");
        RegistryCommandIT.Result good = RegistryCommandIT.run(
                "--home",
                HOME.toString(),
                "estates",
                "hub",
                "--site",
                "CLIZ1",
                "--name",
                "CLI hub",
                "--service",
                "Phlebotomy | RN7",
                "--serves",
                pcn.code().value() + ", 51.46, -0.1",
                "--user",
                "cli-estates");
        assertThat(good.exit()).as(good.err()).isZero();
        HubCoverage hub = estates.hubs(LocalDate.of(2036, 5, 1), ANALYST).stream()
                .filter(h -> h.hub().siteCode().equals("CLIZ1"))
                .findFirst()
                .orElseThrow();
        assertThat(hub.hub().services())
                .extracting(s -> s.service() + "/" + s.provider())
                .containsExactly("Phlebotomy/RN7");
        assertThat(hub.reach()).hasSize(1);
    }
}
