package org.openics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules depend on each other only through their public entry points (Spring Modulith). */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(OpenIcsApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicEntryPoints() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, "target/modules").writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        assertThat(Path.of("target/modules/components.puml")).exists();
        assertThat(Path.of("target/modules/module-registry.puml")).content().contains("Registry");
    }
}
