package org.openics.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.openics.analytics.FactsExport;
import org.openics.analytics.PopulationHealth;
import org.openics.platform.ConsoleProgress;
import org.openics.platform.StartupStatus;
import org.openics.record.SharedCareRecord;
import org.openics.registry.Registry;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Start the platform on the built-in synthetic ICS (South East London's shape; invented practices).",
            "Loads it into OPENICS_HOME on first start, with a synthetic sample generated and ingested into the record, and a",
            "larger synthetic population generated straight into analytics and analysed; reuses both afterwards."
        })
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    OpenIcsCommand parent;

    @Option(
            names = "--port",
            defaultValue = "${env:OPENICS_PORT:-8080}",
            description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--scale",
            paramLabel = "F",
            defaultValue = "" + DemoPopulation.DEFAULT_SCALE,
            description = {
                "Size of the synthetic population made on first start, as a share of the demo ICS's 2.1 million",
                "registered patients (default ${DEFAULT-VALUE}: about 10,500 people; 1 is everyone; 0 none).",
                "Later starts reuse it; another size needs a fresh OPENICS_HOME."
            })
    double scale;

    @Option(
            names = "--analytics-scale",
            paramLabel = "F",
            defaultValue = "" + DemoPopulation.DEFAULT_ANALYTICS_SCALE,
            description = {
                "Size of the population the dashboards and indicators describe, as a share of the demo ICS (default",
                "${DEFAULT-VALUE}), generated straight into the analytics facts on first start while the record holds the --scale",
                "sample; the API's /api/indicators/population says which population a figure describes. 0: analyse the record's",
                "sample instead."
            })
    double analyticsScale;

    @Option(
            names = "--verbose",
            description =
                    "Show the frameworks' log lines on the console too (they are always in OPENICS_HOME/logs/openics.log).")
    boolean verbose;

    @Override
    public Integer call() {
        java.util.Optional<String> busy = Platform.portInUse(port);
        if (busy.isPresent()) {
            System.err.println(busy.get());
            return 2;
        }
        long started = System.nanoTime();
        System.err.println("openics: starting the platform (embedded database, web server, FHIR validator) ...");
        ConfigurableApplicationContext context = Platform.serve(parent.home(), port, true, verbose);
        String address = Addresses.of(context);
        StartupStatus status = context.getBean(StartupStatus.class);
        status.begin("The demo is being loaded");
        System.out.printf(
                Locale.ROOT,
                "Pages answer at %s (after %.1f s); the demo is still loading, as they say. Logs: %s%n",
                address,
                seconds(started),
                Platform.logFile(parent.home()));
        long phase = System.nanoTime();
        boolean loaded = context.getBean(Registry.class).loadDemoIcs();
        context.getBean(org.openics.governance.Governance.class).loadDemo();
        context.getBean(org.openics.development.Development.class).loadDemo();
        context.getBean(org.openics.finance.Finance.class)
                .loadDemo(new org.openics.kernel.Actor(
                        "demo",
                        org.openics.kernel.UserRole.FINANCE_LEAD,
                        java.util.Optional.of(org.openics.registry.DemoSystem.ICB_CODE),
                        java.util.Optional.empty()));
        context.getBean(org.openics.mutualaid.MutualAid.class).loadDemo();
        context.getBean(org.openics.workforce.Workforce.class).loadDemo();
        context.getBean(org.openics.estates.Estates.class).loadDemo();
        context.getBean(org.openics.engagement.Engagement.class).loadDemo();
        System.out.printf(
                Locale.ROOT,
                "%s the synthetic demo ICS (organisations, governance, finance, mutual aid, workforce, estates,"
                        + " consultations) in %s in %.1f s.%n",
                loaded ? "Loaded" : "Reusing",
                parent.home(),
                seconds(phase));
        var outlines = DemoBoundaries.draw(context.getBean(org.openics.geography.Boundaries.class));
        if (outlines.places() + outlines.smallAreas() > 0) {
            System.out.printf(
                    "Drew synthetic map outlines for %d places and %d small areas (not real boundaries).%n",
                    outlines.places(), outlines.smallAreas());
        }
        status.begin("The demo population is being loaded");
        try {
            new DemoPopulation(
                            context.getBean(SharedCareRecord.class),
                            context.getBean(PopulationHealth.class),
                            context.getBean(FactsExport.class),
                            status.listener(new ConsoleProgress()),
                            System.err)
                    .ensure(parent.home(), scale, analyticsScale);
        } finally {
            status.ready();
        }
        System.out.printf(
                Locale.ROOT, "OpenICS demo is ready at %s (in %.1f s). Ctrl-C stops it.%n", address, seconds(started));
        return OpenIcsCommand.KEEP_RUNNING;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
