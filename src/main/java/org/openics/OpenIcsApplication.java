package org.openics;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * The Spring application: one module per domain below this package (see docs/modules.md).
 * Started by {@link org.openics.cli.Main}, which handles the command line before Spring starts.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(
        systemName = "OpenICS",
        sharedModules = {"platform", "kernel"})
public class OpenIcsApplication {}
