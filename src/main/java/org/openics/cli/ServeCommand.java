package org.openics.cli;

import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the platform (web UI and APIs) on the store under OPENICS_HOME, with whatever it holds.")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    OpenIcsCommand parent;

    @Option(names = "--port", defaultValue = "${env:OPENICS_PORT:-8080}", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--verbose", description = "Show the frameworks' log lines on the console too (they are always in OPENICS_HOME/logs/openics.log).")
    boolean verbose;

    @Override
    public Integer call() {
        System.err.println("openics: starting the platform (database, web server, FHIR validator) ...");
        ConfigurableApplicationContext context = Platform.serve(parent.home(), port, false, verbose);
        System.out.println("OpenICS is running at " + Addresses.of(context) + " (home " + parent.home() + "; logs "
                + Platform.logFile(parent.home()) + "). Ctrl-C stops it.");
        return OpenIcsCommand.KEEP_RUNNING;
    }
}
