package org.openics.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code openics}: the platform of an integrated care system, from the command line. */
@Command(
        name = "openics",
        mixinStandardHelpOptions = true,
        versionProvider = OpenIcsCommand.Version.class,
        description = "OpenICS: the open-source operating platform of an English integrated care system.%n",
        subcommands = {
            DemoCommand.class,
            ServeCommand.class,
            RegistryCommand.class,
            GovernanceCommand.class,
            StatsCommand.class,
            GenerateCommand.class,
            RecordCommands.Ingest.class,
            RecordCommands.Quarantine.class,
            RecordCommands.Audit.class,
            MergeCommands.Record.class,
            AccountCommands.Accounts.class,
            AccountCommands.Feeds.class,
            OptOutCommand.class,
            CohortCommands.Cohort.class,
            CohortCommands.Segments.class,
            IndicatorCommands.Indicators.class,
            IndicatorCommands.Facts.class,
            BoundariesCommand.class,
            PlanCommand.class,
            FinanceCommand.class,
            MutualAidCommand.class,
            WorkforceCommand.class,
            EstatesCommand.class,
            EngagementCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "%nLocal state lives under OPENICS_HOME (default ./var). Set OPENICS_DB_URL, OPENICS_DB_USER and",
            "OPENICS_DB_PASSWORD to use an external PostgreSQL 15+ instead of the embedded one."
        })
public final class OpenIcsCommand implements Callable<Integer> {

    /** Returned by commands that leave a server running. */
    public static final int KEEP_RUNNING = -1;

    @Option(
            names = "--home",
            scope = ScopeType.INHERIT,
            paramLabel = "DIR",
            description = "Folder for all local state (overrides OPENICS_HOME; default ./var).")
    Path home;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The command line with the conventions every command shares: enum values in any case ({@code --level place}),
     * help at 80 columns.
     */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new OpenIcsCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setUsageHelpWidth(80);
        wholeSentences(cli);
        return cli;
    }

    /**
     * Each command's description as whole sentences: the source splits long sentences over several strings, and picocli
     * prints each string as its own line and lists only the first beside the command in its parent's help — which then
     * stopped mid-sentence ("print the decision map,"). Strings are joined until a sentence ends; a string that starts
     * with white space or a list mark stays a line of its own. Picocli wraps the joined lines to the help's width.
     */
    static void wholeSentences(CommandLine command) {
        var usage = command.getCommandSpec().usageMessage();
        usage.description(joinSentences(usage.description()));
        command.getSubcommands().values().forEach(OpenIcsCommand::wholeSentences);
    }

    static String[] joinSentences(String[] parts) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder open = null;
        for (String part : parts) {
            boolean own = part.isEmpty()
                    || Character.isWhitespace(part.charAt(0))
                    || part.startsWith("-")
                    || part.startsWith("•")
                    || part.startsWith("%n");
            if (open != null && !own) {
                open.append(open.charAt(open.length() - 1) == ' ' ? "" : " ").append(part.strip());
            } else {
                if (open != null) {
                    lines.add(open.toString());
                }
                open = new StringBuilder(part);
            }
            String text = open.toString().replace("%n", "").strip();
            if (text.isEmpty() || ".:!?)".indexOf(text.charAt(text.length() - 1)) >= 0) {
                lines.add(open.toString());
                open = null;
            }
        }
        if (open != null) {
            lines.add(open.toString());
        }
        return lines.toArray(String[]::new);
    }

    public static int run(String... args) {
        CommandLine cli = commandLine();
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
        while (t.getCause() != null
                && (t.getMessage() == null || t instanceof org.springframework.beans.BeansException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    Path home() {
        return home != null
                ? home
                : org.openics.platform.OpenIcsHome.fromEnvironment().dir();
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
            return new String[] {
                "OpenICS " + (version == null ? "development build" : version),
                "Java " + System.getProperty("java.version")
            };
        }
    }
}
