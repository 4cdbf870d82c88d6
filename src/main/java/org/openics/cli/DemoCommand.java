package org.openics.cli;

import java.util.concurrent.Callable;
import org.openics.analytics.PopulationHealth;
import org.openics.platform.ConsoleProgress;
import org.openics.record.SharedCareRecord;
import org.openics.registry.Registry;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Start the platform on the built-in synthetic ICS (South East London's shape; invented practices).",
            "Loads it into OPENICS_HOME on first start, with a synthetic population generated, ingested into the record",
            "and analysed, and reuses it afterwards."})
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    OpenIcsCommand parent;

    @Option(names = "--port", defaultValue = "${env:OPENICS_PORT:-8080}", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--scale", paramLabel = "F", defaultValue = "" + DemoPopulation.DEFAULT_SCALE,
            description = {"Size of the synthetic population made on first start, as a share of the demo ICS's 2.1 million",
                "registered patients (default ${DEFAULT-VALUE}: about 10,500 people; 1 is everyone; 0 none).",
                "Later starts reuse it; another size needs a fresh OPENICS_HOME."})
    double scale;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        ConfigurableApplicationContext context = Platform.serve(parent.home(), port);
        boolean loaded = context.getBean(Registry.class).loadDemoIcs();
        context.getBean(org.openics.governance.Governance.class).loadDemo();
        context.getBean(org.openics.development.Development.class).loadDemo();
        context.getBean(org.openics.engagement.Engagement.class).loadDemo();
        System.out.println((loaded ? "Loaded" : "Reusing") + " the synthetic demo ICS in " + parent.home() + ".");
        new DemoPopulation(context.getBean(SharedCareRecord.class), context.getBean(PopulationHealth.class), new ConsoleProgress(),
                System.err).ensure(parent.home(), scale);
        System.out.printf("OpenICS demo is running at %s (ready in %.1f s). Ctrl-C stops it.%n", Addresses.of(context),
                (System.nanoTime() - started) / 1e9);
        return OpenIcsCommand.KEEP_RUNNING;
    }
}
