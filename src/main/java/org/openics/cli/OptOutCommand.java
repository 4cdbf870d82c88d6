package org.openics.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openics.record.OptOutImport;
import org.openics.record.OptOutKind;
import org.openics.record.SharedCareRecord;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code openics optout import FILE --type national|type1}: residents' opt-outs into the record (docs/opt-outs.md). */
@Command(
        name = "optout",
        mixinStandardHelpOptions = true,
        description = {
            "Residents' opt-outs (national data opt-out, type 1) kept by the shared care record and honoured wherever data",
            "leaves direct care: analytics facts and indicators, cohort lists, Parquet exports (docs/opt-outs.md)."
        },
        subcommands = OptOutCommand.Import.class)
final class OptOutCommand extends CommandGroup {

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Load opt-outs of one kind from FILE: a list of NHS numbers (one a line, or a CSV whose first column is",
                "the NHS number; a header line is skipped), or FHIR R4 Consent resources (.ndjson, or .json with a Bundle or one",
                "Consent: status active with provision.type deny opts out; permit, inactive or rejected withdraws).",
                "Every line is loaded or rejected with file:line and the reason, in one transaction; importing again changes",
                "nothing. Exit status: 0 all loaded, 2 some lines rejected (listed), 1 the file could not be read (nothing loaded)."
            },
            footer = {"%nExample: openics optout import ndoo-2026-12.csv --type national"})
    static final class Import implements Callable<Integer> {

        @ParentCommand
        OptOutCommand group;

        @Parameters(
                index = "0",
                paramLabel = "FILE",
                description = "The list (text or CSV) or the Consent resources (.ndjson, .json).")
        Path file;

        @Option(
                names = "--type",
                required = true,
                paramLabel = "national|type1",
                description = "Which opt-out the file records.")
        String type;

        @Option(
                names = "--json",
                description =
                        "Print exactly one JSON object (read, loaded, unchanged, rejected, ...) on standard output.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            OptOutKind kind = OptOutKind.parse(type);
            if (kind == null) {
                System.err.println("openics: --type must be national or type1, not " + type);
                return 2;
            }
            try (ConfigurableApplicationContext context = Platform.batch(group.parent.home())) {
                OptOutImport report =
                        context.getBean(SharedCareRecord.class).importOptOuts(file, kind, SharedCareRecord.OPERATOR);
                if (json) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("file", report.file());
                    out.put("kind", report.kind());
                    out.put("read", report.read());
                    out.put("loaded", report.loaded());
                    out.put("unchanged", report.unchanged());
                    out.put(
                            "rejected",
                            report.rejected().stream().map(Object::toString).toList());
                    out.put("failure", report.failure());
                    System.out.println(RegistryCommand.json().writeValueAsString(out));
                } else if (!report.failed()) {
                    System.out.printf(
                            "%s (%s): read %d = loaded %d + rejected %d; %d already recorded so%n",
                            report.file(),
                            kind.label(),
                            report.read(),
                            report.loaded(),
                            report.rejected().size(),
                            report.unchanged());
                    report.rejected().forEach(r -> System.out.println("  rejected " + r));
                }
                if (report.failed()) {
                    System.err.println("openics: " + report.failure());
                    return 1;
                }
                return report.rejected().isEmpty() ? 0 : 2;
            }
        }
    }
}
