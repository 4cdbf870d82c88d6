package org.openics;

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
        new Documenter(MODULES, "target/modules").writeModulesAsPlantUml().writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
