package org.openics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * One set of conventions for the whole command line, checked on every command: its {@code --help} answers (exit 0)
 * without starting the platform, fits 80 columns, and the one-line summary its parent lists is a whole sentence (not
 * cut at a comma); enum options take any case.
 */
class HelpTextTest {

    static List<CommandLine> everyCommand(CommandLine command) {
        List<CommandLine> all = new ArrayList<>(List.of(command));
        for (CommandLine sub : command.getSubcommands().values()) {
            if (!all.contains(sub)) {
                everyCommand(sub).stream().filter(c -> !all.contains(c)).forEach(all::add);
            }
        }
        return all;
    }

    static String path(CommandLine command) {
        return command.getCommandSpec().qualifiedName(" ");
    }

    @Test
    void everyCommandsHelpAnswersAndFitsEightyColumns() {
        List<String> problems = new ArrayList<>();
        List<CommandLine> commands = everyCommand(OpenIcsCommand.commandLine());
        assertThat(commands.size()).as("commands found").isGreaterThan(40);
        for (CommandLine command : commands) {
            List<String> args = new ArrayList<>(List.of(path(command).split(" ")));
            args.remove(0); // "openics"
            args.add("--help");
            RegistryCommandIT.Result result = RegistryCommandIT.run(args.toArray(String[]::new));
            if (result.exit() != 0) {
                problems.add(path(command) + ": --help exits " + result.exit() + " " + result.err());
                continue;
            }
            for (String line : result.out().split("\\R")) {
                if (line.length() > 80) {
                    problems.add(path(command) + ": a help line of " + line.length() + " columns: " + line.strip());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everySummaryLineIsAWholeSentence() {
        List<String> problems = new ArrayList<>();
        for (CommandLine command : everyCommand(OpenIcsCommand.commandLine())) {
            String[] description = command.getCommandSpec().usageMessage().description();
            if (command.getParent() == null || command.getCommandName().equals("help")) {
                continue;
            }
            if (description.length == 0 || description[0].isBlank()) {
                problems.add(path(command) + ": no description");
                continue;
            }
            String first = description[0].replace("%n", "").strip();
            if (first.endsWith(",")
                    || first.endsWith(";")
                    || first.endsWith(" and")
                    || first.endsWith(" or")
                    || first.endsWith(" the")
                    || first.endsWith("(")) {
                problems.add(path(command) + ": its summary stops mid-sentence: " + first);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void enumOptionsTakeAnyCase() {
        assertThat(OpenIcsCommand.commandLine().isCaseInsensitiveEnumValuesAllowed())
                .isTrue();
        StringWriter err = new StringWriter();
        CommandLine cli = OpenIcsCommand.commandLine();
        cli.setErr(new PrintWriter(err));
        CommandLine.ParseResult parsed = cli.parseArgs("indicators", "show", "x", "--level", "place");
        Object level = parsed.subcommand().subcommand().matchedOptionValue("--level", null);
        assertThat(level).isNotNull();
    }

    @Test
    void sentencesSplitOverStringsAreJoinedAndListLinesKept() {
        assertThat(OpenIcsCommand.joinSentences(new String[] {
                    "Check the constitution, route a decision,",
                    "print the map.",
                    "Exit status: 0, 1 failure.",
                    "  FULL: every check",
                    "  STRUCTURAL: fewer"
                }))
                .containsExactly(
                        "Check the constitution, route a decision, print the map.",
                        "Exit status: 0, 1 failure.",
                        "  FULL: every check",
                        "  STRUCTURAL: fewer");
    }

    @Test
    void countsPrintAsIntegers() {
        assertThat(IndicatorCommands.Show.count(104.0)).isEqualTo("104");
        assertThat(IndicatorCommands.Show.count(1204.0)).isEqualTo("1,204");
        assertThat(IndicatorCommands.Show.count(12.5)).isEqualTo("12.50");
        assertThat(IndicatorCommands.Show.count(null)).isEmpty();
    }
}
