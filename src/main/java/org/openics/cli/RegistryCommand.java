package org.openics.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.openics.kernel.OdsCode;
import org.openics.platform.ConsoleProgress;
import org.openics.registry.ImportFormat;
import org.openics.registry.ImportOptions;
import org.openics.registry.ImportReport;
import org.openics.registry.Registry;
import org.openics.registry.RejectedRow;
import org.openics.registry.TreeNode;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "registry",
        mixinStandardHelpOptions = true,
        description = "The system of systems: import published files, print the hierarchy with populations.",
        subcommands = {RegistryCommand.Import.class, RegistryCommand.Tree.class})
final class RegistryCommand extends CommandGroup {

    static ObjectMapper json() {
        return new ObjectMapper()
                .findAndRegisterModules()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Import published registry files; the format is recognised from the header:",
                "  PRACTICE_MAPPING      NHS Digital practice -> PCN -> sub-ICB -> ICB -> region map (gp-reg-pat-prac-map)",
                "  PRACTICE_LIST_SIZES   NHS Digital registered patients per practice (gp-reg-pat-prac-all)",
                "  WEIGHTED_POPULATIONS  NHS England need-weighted populations per practice",
                "  LSOA_DEPRIVATION      IoD2025 per LSOA: IMD score, rank, decile, mid-2022 population",
                "  LSOA_POPULATION       IoD2025 population denominators per LSOA",
                "  PRACTICE_PLACES       practice -> borough (place) file, e.g. sel_practices.csv",
                "Import the practice mapping first. Re-importing a file changes nothing. Good rows load in one",
                "transaction; bad rows are listed with file, line and reason.",
                "Exit status: 0 all rows loaded, 2 some rows rejected, 1 a file could not be imported."
            })
    static final class Import implements Callable<Integer> {

        @ParentCommand
        RegistryCommand registry;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "CSV files (gzip accepted), in order.")
        List<Path> files;

        @Option(
                names = "--effective",
                paramLabel = "YYYY-MM-DD",
                description =
                        "Date the contents take effect (default: the file's extract date, or its financial year).")
        LocalDate effective;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                description = "Insist on a format: ${COMPLETION-CANDIDATES}.")
        ImportFormat format;

        @Option(names = "--json", description = "Print the reports as one JSON array on standard output.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            PrintStream out = System.out;
            int exit = 0;
            List<Object> reports = new ArrayList<>();
            try (ConfigurableApplicationContext context = Platform.batch(registry.parent.home())) {
                Registry registryApi = context.getBean(Registry.class);
                for (Path file : files) {
                    try {
                        ImportReport report = registryApi.importFile(
                                file,
                                new ImportOptions(Optional.ofNullable(effective), Optional.ofNullable(format)),
                                new ConsoleProgress());
                        reports.add(report);
                        if (!json) {
                            print(out, report);
                        }
                        if (!report.rejected().isEmpty()) {
                            exit = Math.max(exit, 2);
                        }
                    } catch (RuntimeException e) {
                        String message = OpenIcsCommand.message(e);
                        System.err.println("openics: " + message);
                        Map<String, Object> failure = new LinkedHashMap<>();
                        failure.put("file", file.toString());
                        failure.put("error", message);
                        reports.add(failure);
                        exit = 1;
                    }
                }
            }
            if (json) {
                out.println(json().writeValueAsString(reports));
            }
            return exit == 2 ? 2 : exit;
        }

        private static void print(PrintStream out, ImportReport report) {
            out.printf("%s: %s, effective %s%n", report.file(), report.format(), report.effective());
            out.printf(
                    "  rows read %,d = loaded %,d + rejected %,d; %,d dated changes%n",
                    report.read(), report.loaded(), report.rejected().size(), report.changes());
            for (RejectedRow row : report.rejected()) {
                out.println("  rejected " + row);
            }
            for (String note : report.notes()) {
                out.println("  note: " + note);
            }
        }
    }

    @Command(
            name = "tree",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = "Print the hierarchy with registered populations (summed from practices, each counted once).")
    static final class Tree implements Callable<Integer> {

        @ParentCommand
        RegistryCommand registry;

        @Option(
                names = "--ics",
                paramLabel = "CODE",
                description = "ICB code of one ICS (e.g. QKK; QZZ is the demo), or any node's code.")
        String ics;

        @Option(names = "--as-at", paramLabel = "YYYY-MM-DD", description = "The date to ask about (default: today).")
        LocalDate asAt;

        @Option(
                names = "--depth",
                paramLabel = "N",
                description = "Levels below the root to show (default: all for one ICS, 2 for England).")
        Integer depth;

        @Option(names = "--json", description = "Nested JSON: code, name, kind, population, practices, children.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            LocalDate date = asAt == null ? LocalDate.now() : asAt;
            int levels = depth != null ? depth : ics == null ? 2 : -1;
            try (ConfigurableApplicationContext context = Platform.batch(registry.parent.home())) {
                Optional<TreeNode> tree = context.getBean(Registry.class)
                        .tree(Optional.ofNullable(ics).map(OdsCode::of), date, levels);
                if (tree.isEmpty()) {
                    System.err.println("openics: "
                            + (ics == null
                                    ? "the registry is empty on " + date
                                            + "; import the practice mapping (openics registry import FILE) or run the demo"
                                    : "no node " + ics + " in the registry on " + date));
                    return 1;
                }
                if (json) {
                    System.out.println(json().registerModule(new com.fasterxml.jackson.databind.module.SimpleModule()
                                    .addSerializer(
                                            OdsCode.class,
                                            new com.fasterxml.jackson.databind.ser.std.ToStringSerializer()))
                            .writeValueAsString(tree.get()));
                } else {
                    System.out.println("As at " + date + "; population = registered patients");
                    print(System.out, tree.get(), "", "");
                }
            }
            return 0;
        }

        private static void print(PrintStream out, TreeNode node, String lead, String childLead) {
            StringBuilder line = new StringBuilder(lead)
                    .append(node.name())
                    .append(" (")
                    .append(node.code())
                    .append(")  ")
                    .append(node.kind().label())
                    .append(String.format("  %,d", node.population()));
            if (node.practices() > 1) {
                line.append(String.format("  [%d practices]", node.practices()));
            }
            if (node.practicesWithoutListSize() > 0) {
                line.append(String.format("  (%d without a list size)", node.practicesWithoutListSize()));
            }
            if (node.residentPopulation() != null) {
                line.append(String.format("  residents %,d", node.residentPopulation()));
            }
            out.println(line);
            List<TreeNode> children = node.children();
            for (int i = 0; i < children.size(); i++) {
                boolean last = i == children.size() - 1;
                print(out, children.get(i), childLead + (last ? "└─ " : "├─ "), childLead + (last ? "   " : "│  "));
            }
        }
    }
}
