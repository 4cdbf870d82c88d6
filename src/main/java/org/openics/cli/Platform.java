package org.openics.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.openics.OpenIcsApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application for commands that need it: with the web layer, or only the store. */
final class Platform {

    private Platform() {}

    /** A real deployment: no account exists until an administrator is added ({@code openics accounts add}) or OIDC is set. */
    static ConfigurableApplicationContext serve(Path home, int port) {
        return serve(home, port, false, false);
    }

    static ConfigurableApplicationContext serve(Path home, int port, boolean demoAccounts) {
        return serve(home, port, demoAccounts, false);
    }

    /** Where the running platform's logs go (docs/development.md): the console keeps warnings, errors and the start-up's own lines. */
    static Path logFile(Path home) {
        return home.toAbsolutePath().resolve("logs").resolve("openics.log");
    }

    /**
     * @param demoAccounts the demo accounts with their published passwords (README): only for {@code openics demo}
     * @param verbose the frameworks' log lines on the console too (they always go to {@link #logFile(Path)})
     */
    static ConfigurableApplicationContext serve(Path home, int port, boolean demoAccounts, boolean verbose) {
        Map<String, Object> properties = common(home);
        properties.put(DEMO_ACCOUNTS, Boolean.toString(demoAccounts));
        // command-line arguments outrank application.properties; default properties would not
        return new SpringApplicationBuilder(OpenIcsApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties(properties)
                .logStartupInfo(verbose)
                .run(
                        "--server.port=" + port,
                        "--" + DEMO_ACCOUNTS + "=" + demoAccounts,
                        "--logging.config=classpath:logback-serve.xml",
                        "--logging.file.name=" + logFile(home),
                        "--logging.threshold.console=" + (verbose ? "INFO" : "WARN"),
                        "--spring.main.banner-mode=" + (verbose ? "console" : "off"));
    }

    /**
     * Why the web server could not listen on {@code port}, asked before anything starts (a demo would otherwise prepare
     * its population first and fail at the end); empty when the port is free (or 0: any free port).
     */
    static java.util.Optional<String> portInUse(int port) {
        if (port == 0) {
            return java.util.Optional.empty();
        }
        try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(port));
            return java.util.Optional.empty();
        } catch (java.io.IOException e) {
            return java.util.Optional.of(
                    "openics: port " + port + " is already in use (is OpenICS already running at" + " http://localhost:"
                            + port + "/ ?). Stop the other program, or choose another port with --port N.");
        }
    }

    /** The property that turns on the demo accounts (see record.internal.Accounts). */
    static final String DEMO_ACCOUNTS = "openics.accounts.demo";

    /** The store and the domains, without a web server, quietly: for batch commands. */
    static ConfigurableApplicationContext batch(Path home) {
        return new SpringApplicationBuilder(OpenIcsApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(common(home))
                .run("--logging.level.root=WARN", "--logging.level.org.openics=WARN");
    }

    private static Map<String, Object> common(Path home) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("openics.home", home.toAbsolutePath().toString());
        return properties;
    }
}
