package org.openics.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.openics.finance.ComponentNeed;
import org.openics.finance.Grouping;
import org.openics.finance.NeedComponent;
import org.openics.finance.NeedIndexTable;
import org.openics.finance.NeedUnit;
import org.openics.finance.RejectedLine;
import org.openics.finance.WeightedPopulationsImport;
import org.openics.finance.NeedFromFile;
import org.openics.finance.UnitName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "finance", mixinStandardHelpOptions = true,
        description = "The single pound: need indices, allocation runs, budgets, pooled funds, ledger actuals and the system position.",
        subcommands = {FinanceCommand.Need.class})
final class FinanceCommand extends CommandGroup {

    @Command(name = "need", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Relative need index per component for a grouping of an ICB's practices:",
                "  (weighted / registered for the unit) / (weighted / registered for the ICB),",
                "from an NHS England GP practice weighted-populations file (either published layout; 'registered' is the",
                "file's 'pop 2022/23' column). --by practice, local-authority, district, sub-icb, pcn and custom need no",
                "registry import. Every rejected line is listed with file:line:reason on standard error.",
                "Exit status: 0 every row loaded, 2 some rows rejected, 1 the file could not be used."},
            footer = {"%nExample: openics finance need --weighted ../shared/refdata/england/gp_practice_weighted_populations_2022_23.csv"
                + " --ics QKK --by local-authority --json"})
    static final class Need implements Callable<Integer> {

        @ParentCommand
        FinanceCommand finance;

        @Option(names = "--weighted", required = true, paramLabel = "FILE", description = "NHS England weighted-populations CSV.")
        Path file;

        @Option(names = "--ics", required = true, paramLabel = "CODE", description = "The ICB's code (ICS22 in the file), e.g. QKK.")
        String ics;

        @Option(names = "--by", defaultValue = "local-authority", paramLabel = "GROUPING",
                description = "practice, pcn, sub-icb, local-authority (upper tier), district (lower tier) or custom (default: ${DEFAULT-VALUE}).")
        String by;

        @Option(names = "--cluster", paramLabel = "FILE",
                description = "For --by custom: a CSV of practice,cluster[,cluster name] lines naming each practice's cluster.")
        Path clusters;

        @Option(names = "--year", paramLabel = "YYYY/YY", description = "The allocation year, when the file name does not say it.")
        String year;

        @Option(names = "--json", description = "Print one JSON object (with a 'units' array) on standard output.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            Grouping grouping = Grouping.parse(by).orElseThrow(() -> new IllegalArgumentException("--by " + by
                    + " is not a grouping: practice, pcn, sub-icb, local-authority, district, custom"));
            if (!grouping.fromFile()) {
                throw new IllegalArgumentException("--by " + by + " needs the registry: use 'openics finance import' and the API or pages");
            }
            Map<String, UnitName> custom = grouping == Grouping.CUSTOM ? clusters(clusters) : Map.of();
            NeedFromFile need = NeedFromFile.compute(file, Optional.ofNullable(year), ics, grouping, custom);
            WeightedPopulationsImport report = need.report();
            if (need.table().isEmpty()) {
                System.err.println("openics: " + report.problem().get());
                return 1;
            }
            report.rejected().forEach(r -> System.err.println(r));
            NeedIndexTable table = need.table().get();
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("file", report.file());
                doc.put("format", report.format());
                doc.put("rowsRead", report.read());
                doc.put("loaded", report.loaded());
                doc.put("rejected", report.rejected().stream().map(RejectedLine::toString).toList());
                doc.putAll(table.asDocument());
                doc.put("notes", concat(report.notes(), table.notes()));
                System.out.println(RegistryCommand.json().writeValueAsString(doc));
            } else {
                print(System.out, report, table);
            }
            return report.rejected().isEmpty() ? 0 : 2;
        }

        private static List<String> concat(List<String> a, List<String> b) {
            return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
        }

        static Map<String, UnitName> clusters(Path file) throws IOException {
            if (file == null) {
                throw new IllegalArgumentException("--by custom needs --cluster FILE (practice,cluster[,name] lines)");
            }
            Map<String, UnitName> map = new LinkedHashMap<>();
            int line = 0;
            for (String text : Files.readAllLines(file)) {
                line++;
                String[] cells = text.split(",", -1);
                if (text.isBlank() || (line == 1 && cells[0].trim().equalsIgnoreCase("practice"))) {
                    continue;
                }
                if (cells.length < 2 || cells[0].isBlank() || cells[1].isBlank()) {
                    throw new IllegalArgumentException(file.getFileName() + ":" + line + ": needs practice,cluster");
                }
                String code = cells[1].trim();
                map.put(cells[0].trim(), new UnitName(code, cells.length > 2 && !cells[2].isBlank() ? cells[2].trim() : code));
            }
            return map;
        }

        private static void print(PrintStream out, WeightedPopulationsImport report, NeedIndexTable table) {
            out.printf("%s (%s, %s): rows read %d = loaded %d + rejected %d%n", report.file(), report.format(), report.year(), report.read(),
                    report.loaded(), report.rejected().size());
            out.printf("Relative need index of %s %s by %s (1.000 = the ICB's need per head)%n", table.ics(), table.icsName(),
                    table.grouping().option());
            StringBuilder head = new StringBuilder(String.format("%-10s %-32s %12s", "code", "name", "registered"));
            for (NeedComponent c : NeedComponent.values()) {
                head.append(String.format(" %9s", abbreviate(c.header())));
            }
            out.println(head);
            for (NeedUnit unit : table.units()) {
                StringBuilder row = new StringBuilder(String.format("%-10s %-32s %,12.0f", unit.code(), abbreviate32(unit.name()),
                        unit.registered()));
                for (ComponentNeed c : unit.components()) {
                    row.append(c.index() == null ? String.format(" %9s", "n/a") : String.format(" %9.3f", c.index()));
                }
                out.println(row);
            }
            report.notes().forEach(n -> out.println("note: " + n));
            table.notes().forEach(n -> out.println("note: " + n));
        }

        private static String abbreviate(String header) {
            return header.replace(" WP", "").replace("Primary Medical Care", "PMC").replace("Health Ineq", "HI");
        }

        private static String abbreviate32(String name) {
            return name.length() <= 32 ? name : name.substring(0, 31) + "…";
        }
    }
}
