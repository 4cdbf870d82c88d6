package org.openics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Plain commands answer before Spring starts. */
class OpenIcsCommandTest {

    @Test
    void helpListsEveryCommandWithoutStartingThePlatform() {
        RegistryCommandIT.Result result = RegistryCommandIT.run("--help");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("demo", "serve", "registry", "OPENICS_HOME");
    }

    @Test
    void registryImportHelpNamesTheRecognisedFormats() {
        RegistryCommandIT.Result result = RegistryCommandIT.run("registry", "import", "--help");
        assertThat(result.out()).contains("PRACTICE_MAPPING", "PRACTICE_LIST_SIZES", "LSOA_DEPRIVATION", "Exit status");
    }

    @Test
    void anUnknownCommandIsRefusedWithUsage() {
        RegistryCommandIT.Result result = RegistryCommandIT.run("registri");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("Unmatched argument", "registri");
    }
}
