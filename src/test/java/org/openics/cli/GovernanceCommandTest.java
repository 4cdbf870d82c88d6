package org.openics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The governance commands explain themselves without starting the platform. */
class GovernanceCommandTest {

    @Test
    void governanceHelpListsItsCommands() {
        RegistryCommandIT.Result result = RegistryCommandIT.run("governance", "--help");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("check", "route", "map", "log", "verify", "export", "import");
    }

    @Test
    void routeHelpGivesAnExampleAndTheExitStatus() {
        RegistryCommandIT.Result result = RegistryCommandIT.run("governance", "route", "--help");
        assertThat(result.out())
                .contains("--function", "--value", "--place", "--counterparty", "PRIMARY_MEDICAL", "Exit status");
    }

    @Test
    void routeWithoutAFunctionIsRefusedWithUsage() {
        RegistryCommandIT.Result result = RegistryCommandIT.run("governance", "route", "--value", "1");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("Missing required option: '--function=CODE'");
    }
}
