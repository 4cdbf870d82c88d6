package org.openics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The workforce plan and estates hub/plan commands refuse bad values with the reason before the platform starts. */
class WorkforceEstatesCommandTest {

    @Test
    void aWorkforcePlanWhoseTargetDateIsBeforeItsBaselineIsRefusedWithTheReason() {
        RegistryCommandIT.Result result = RegistryCommandIT.run(
                "workforce",
                "plan",
                "--title",
                "GPs",
                "--group",
                "GP",
                "--place",
                "LCPZ-E09000022",
                "--target",
                "6",
                "--baseline",
                "2030-01-01",
                "--by",
                "2029-01-01",
                "--user",
                "lead");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("the target date 2029-01-01 is not after the baseline 2030-01-01");
    }

    @Test
    void anEstatesRelocationWithoutATargetOrWithFractionsOfAPennyIsRefusedWithTheReason() {
        RegistryCommandIT.Result relocation = RegistryCommandIT.run(
                "estates",
                "plan",
                "--kind",
                "RELOCATION",
                "--site",
                "S1",
                "--title",
                "Move",
                "--due",
                "2030-01-01",
                "--user",
                "lead");
        assertThat(relocation.exit()).isEqualTo(1);
        assertThat(relocation.err()).contains("a relocation names the site the services move to");
        RegistryCommandIT.Result penny = RegistryCommandIT.run(
                "estates",
                "plan",
                "--kind",
                "DISPOSAL",
                "--site",
                "S1",
                "--title",
                "Sell",
                "--due",
                "2030-01-01",
                "--running-cost",
                "1.005",
                "--user",
                "lead");
        assertThat(penny.exit()).isEqualTo(1);
        assertThat(penny.err()).contains("running cost change: ");
    }

    @Test
    void helpNamesTheNewCommandsAndTheirOptions() {
        assertThat(RegistryCommandIT.run("workforce", "--help").out()).contains("plan", "plans");
        assertThat(RegistryCommandIT.run("workforce", "plans", "--help").out()).contains("--trajectory", "--as-at");
        assertThat(RegistryCommandIT.run("estates", "hub", "--help").out()).contains("--service", "--serves", "--site");
        assertThat(RegistryCommandIT.run("estates", "plan", "--help").out())
                .contains("--capital-bid", "--running-cost", "--to");
    }
}
