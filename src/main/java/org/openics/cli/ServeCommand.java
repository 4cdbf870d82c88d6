package org.openics.cli;

import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Start the platform (web UI and APIs) on the store under OPENICS_HOME, with whatever it holds.")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    OpenIcsCommand parent;

    @Option(
            names = "--port",
            defaultValue = "${env:OPENICS_PORT:-8080}",
            description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--verbose",
            description =
                    "Show the frameworks' log lines on the console too (they are always in OPENICS_HOME/logs/openics.log).")
    boolean verbose;

    @Option(
            names = "--mllp-port",
            paramLabel = "N",
            description =
                    "Also receive HL7 v2 ADT messages over MLLP on this port (127.0.0.1 unless"
                            + " openics.mllp.bind says otherwise; off by default). Each sending facility needs a registered feed: openics feeds add --organisation ODS.")
    Integer mllpPort;

    @Override
    public Integer call() {
        java.util.Optional<String> busy = Platform.portInUse(port);
        if (busy.isPresent()) {
            System.err.println(busy.get());
            return 2;
        }
        if (mllpPort != null) {
            System.setProperty("openics.mllp.port", Integer.toString(mllpPort)); // read by record.internal.MllpListener
        }
        System.err.println("openics: starting the platform (database, web server, FHIR validator) ...");
        ConfigurableApplicationContext context = Platform.serve(parent.home(), port, false, verbose);
        System.out.println("OpenICS is running at " + Addresses.of(context) + " (home " + parent.home() + "; logs "
                + Platform.logFile(parent.home()) + (mllpPort != null ? "; HL7 v2 MLLP on port " + mllpPort : "")
                + "). Ctrl-C stops it.");
        return OpenIcsCommand.KEEP_RUNNING;
    }
}
