package org.openics.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code openics}: the platform of an integrated care system, from the command line. */
@Command(name = "openics", mixinStandardHelpOptions = true, versionProvider = OpenIcsCommand.Version.class,
        description = "OpenICS: the open-source operating platform of an English integrated care system.%n",
        subcommands = {DemoCommand.class, ServeCommand.class, RegistryCommand.class, GovernanceCommand.class, StatsCommand.class,
            GenerateCommand.class, RecordCommands.Ingest.class, RecordCommands.Quarantine.class, RecordCommands.Audit.class,
            MergeCommands.Record.class, AccountCommands.Accounts.class, AccountCommands.Feeds.class,
            CohortCommands.Cohort.class, CohortCommands.Segments.class,
            IndicatorCommands.Indicators.class, IndicatorCommands.Facts.class, BoundariesCommand.class, PlanCommand.class,
            FinanceCommand.class, MutualAidCommand.class, WorkforceCommand.class, EstatesCommand.class, EngagementCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"%nLocal state lives under OPENICS_HOME (default ./var). Set OPENICS_DB_URL, OPENICS_DB_USER and",
            "OPENICS_DB_PASSWORD to use an external PostgreSQL 15+ instead of the embedded one."})
public final class OpenIcsCommand implements Callable<Integer> {

    /** Returned by commands that leave a server running. */
    public static final int KEEP_RUNNING = -1;

    @Option(names = "--home", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder for all local state (overrides OPENICS_HOME; default ./var).")
    Path home;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new OpenIcsCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println(commandLine.getColorScheme().errorText("openics: " + message(e)));
            if (System.getenv("OPENICS_DEBUG") != null) {
                e.printStackTrace(err);
            } else {
                err.println("(set OPENICS_DEBUG=1 for details)");
            }
            return 1;
        });
        return cli.execute(args);
    }

    static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof org.springframework.beans.BeansException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    Path home() {
        return home != null ? home : org.openics.platform.OpenIcsHome.fromEnvironment().dir();
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = OpenIcsCommand.class.getPackage().getImplementationVersion();
            return new String[] {"OpenICS " + (version == null ? "development build" : version),
                "Java " + System.getProperty("java.version")};
        }
    }
}
