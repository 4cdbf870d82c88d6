package org.openics.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openics.development.Development;
import org.openics.development.EditOutcome;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = "The system development plan (work areas and milestones, /development/plan) as YAML.",
        subcommands = {PlanCommand.Export.class, PlanCommand.Import.class})
final class PlanCommand extends CommandGroup {

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Write the plan as YAML (the format `plan import` reads) to a file, or to standard output.")
    static final class Export implements Callable<Integer> {

        @ParentCommand
        PlanCommand group;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: standard output).")
        Path out;

        @Override
        public Integer call() throws Exception {
            try (ConfigurableApplicationContext context = Platform.batch(group.parent.home())) {
                String yaml = context.getBean(Development.class).exportPlan();
                if (out == null) {
                    System.out.print(yaml);
                } else {
                    Files.writeString(out, yaml, StandardCharsets.UTF_8);
                    System.err.println("plan written to " + out);
                }
                return 0;
            }
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Replace the plan's work areas and milestones with those of a YAML file, all or nothing: every",
                "problem (unknown indicator, bad date or status, missing title ...) is listed and nothing changes.",
                "Exit status: 0 imported, 2 refused (problems listed), 1 the file could not be read."
            })
    static final class Import implements Callable<Integer> {

        @ParentCommand
        PlanCommand group;

        @Parameters(paramLabel = "FILE", description = "A plan as YAML, e.g. from `plan export`.")
        Path file;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file + " (no such file)");
            }
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            try (ConfigurableApplicationContext context = Platform.batch(group.parent.home())) {
                EditOutcome outcome = context.getBean(Development.class)
                        .importPlan(yaml, CommandLineActor.in(org.openics.kernel.UserRole.GOVERNANCE_ADMIN));
                if (outcome.done()) {
                    System.out.println(file + ": plan imported");
                    return 0;
                }
                System.out.println(file + ": refused, nothing changed:");
                outcome.problems().forEach(p -> System.out.println("  " + p));
                return 2;
            }
        }
    }
}
