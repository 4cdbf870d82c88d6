package org.openics.platform;

import java.nio.file.Path;

/**
 * The folder that holds all local state of one OpenICS instance (embedded database, analytics files),
 * so that several instances can run side by side. Set by {@code OPENICS_HOME}; {@code ./var} by default.
 */
public record OpenIcsHome(Path dir) {

    public static final String ENVIRONMENT_VARIABLE = "OPENICS_HOME";

    public OpenIcsHome {
        if (dir == null) {
            throw new IllegalArgumentException("OPENICS_HOME must name a folder");
        }
        dir = dir.toAbsolutePath().normalize();
    }

    public static OpenIcsHome fromEnvironment() {
        String value = System.getenv(ENVIRONMENT_VARIABLE);
        return new OpenIcsHome(Path.of(value == null || value.isBlank() ? "var" : value));
    }

    public Path postgresData() {
        return dir.resolve("postgres");
    }

    public Path resolve(String name) {
        return dir.resolve(name);
    }
}
