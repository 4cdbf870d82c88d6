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

    @Option(names = "--mllp-port", description = "also receive HL7 v2 ADT messages over MLLP on this port (127.0.0.1 unless openics.mllp.bind"
            + " says otherwise; off by default; each sending facility needs a registered feed: openics feeds add --organisation ODS)")
    Integer mllpPort;

    @Override
    public Integer call() {
        if (mllpPort != null) {
            System.setProperty("openics.mllp.port", Integer.toString(mllpPort)); // read by record.internal.MllpListener
        }
        ConfigurableApplicationContext context = Platform.serve(parent.home(), port);
        System.out.println("OpenICS is running at " + Addresses.of(context) + " (home " + parent.home() + "). Ctrl-C stops it.");
        return OpenIcsCommand.KEEP_RUNNING;
    }
}
