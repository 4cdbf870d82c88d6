package org.openics.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openics.platform.ConsoleProgress;
import org.openics.record.AuditVerification;
import org.openics.record.IngestOptions;
import org.openics.record.IngestReport;
import org.openics.record.QuarantinedResource;
import org.openics.record.SharedCareRecord;
import org.openics.record.StoreDigest;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The shared care record's commands: ingest FHIR files, work the quarantine, verify the audit log. */
final class RecordCommands {

    private RecordCommands() {}

    static Map<String, Object> summary(IngestReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("read", report.read());
        json.put("stored", report.stored());
        json.put("duplicates", report.duplicates());
        json.put("quarantined", report.quarantined());
        json.put("reconciles", report.reconciles());
        json.put("files", report.files());
        json.put("skipped", report.skipped());
        json.put("millis", report.millis());
        json.put("resourcesPerSecond", Math.round(report.resourcesPerSecond()));
        return json;
    }

    /** Prints the report (one JSON object, or lines for people) and gives the exit status: 2 when any was quarantined. */
    static int show(IngestReport report, boolean json) throws com.fasterxml.jackson.core.JsonProcessingException {
        if (json) {
            System.out.println(RegistryCommand.json().writeValueAsString(summary(report)));
        } else {
            print(report);
        }
        return report.quarantined() > 0 ? 2 : 0;
    }

    static void print(IngestReport report) {
        System.out.printf(
                "read %,d = stored %,d + duplicates %,d + quarantined %,d%s%n",
                report.read(),
                report.stored(),
                report.duplicates(),
                report.quarantined(),
                report.reconciles() ? "" : "  (DOES NOT RECONCILE)");
        System.out.printf(
                "%d file(s) in %.1f s (%,d resources/s)%n",
                report.files().size(), report.millis() / 1000.0, Math.round(report.resourcesPerSecond()));
        report.skipped().forEach(f -> System.out.println("skipped (not NDJSON or bundle JSON): " + f));
        if (report.quarantined() > 0) {
            System.out.println("see them with: openics quarantine list");
        }
    }

    @Command(
            name = "ingest",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Ingest FHIR R4 into the shared care record: NDJSON (bulk data shape, one file per resource type)",
                "or Bundle JSON, gzip accepted; folders are read whole (other files are skipped and listed).",
                "Every resource is validated (base R4 + NHS number, references, dates, required elements);",
                "failures go to the quarantine with file, line and reason. Running it again stores nothing twice.",
                "Exit status: 0 all stored, 2 some quarantined, 1 failure."
            })
    static final class Ingest implements Callable<Integer> {

        @ParentCommand
        OpenIcsCommand parent;

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
        List<Path> paths;

        @Option(
                names = "--source",
                paramLabel = "ODS",
                description = "ODS code of the sending organisation (provenance).")
        String source;

        @Option(
                names = "--validation",
                defaultValue = "FULL",
                paramLabel = "LEVEL",
                description = {
                    "FULL (default): HAPI's R4 instance validator plus our rules on every new resource",
                    "(a few hundred resources per second per core).",
                    "STRUCTURAL: HAPI's strict parser plus our rules, about 20 times faster, for large loads",
                    "(docs/record.md has the measured rates)."
                })
        IngestOptions.Validation validation;

        @Option(
                names = "--json",
                description =
                        "Print exactly one JSON object (read, stored, duplicates, quarantined, ...) on standard output.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (ConfigurableApplicationContext context = Platform.batch(parent.home())) {
                return show(
                        context.getBean(SharedCareRecord.class)
                                .ingest(paths, IngestOptions.from(source).with(validation), new ConsoleProgress()),
                        json);
            }
        }
    }

    @Command(
            name = "quarantine",
            mixinStandardHelpOptions = true,
            description =
                    "Resources that failed validation, with source, file, line and reason; re-process them once fixed upstream.",
            subcommands = {Quarantine.ListCommand.class, Quarantine.Reprocess.class})
    static final class Quarantine extends CommandGroup {

        @Command(
                name = "list",
                mixinStandardHelpOptions = true,
                description = "List quarantined resources, newest first.")
        static final class ListCommand implements Callable<Integer> {

            @ParentCommand
            Quarantine quarantine;

            @Option(
                    names = "--limit",
                    defaultValue = "100",
                    description = "At most this many (default ${DEFAULT-VALUE}).")
            int limit;

            @Option(names = "--all", description = "Include resources already released by a re-process.")
            boolean all;

            @Option(names = "--json", description = "One JSON array on standard output, with the original bytes.")
            boolean json;

            @Override
            public Integer call() throws Exception {
                try (ConfigurableApplicationContext context = Platform.batch(quarantine.parent.home())) {
                    List<QuarantinedResource> items =
                            context.getBean(SharedCareRecord.class).quarantine(limit, all);
                    if (json) {
                        System.out.println(RegistryCommand.json().writeValueAsString(items));
                    } else {
                        System.out.println(items.size() + " quarantined resource(s)"
                                + (items.size() == limit ? " (limit reached)" : ""));
                        for (QuarantinedResource item : items) {
                            System.out.printf(
                                    "#%d %s %s:%d %s/%s%s%n    %s%n",
                                    item.id(),
                                    item.source(),
                                    item.file(),
                                    item.line(),
                                    item.resourceType(),
                                    item.resourceId(),
                                    item.released() ? " (released)" : "",
                                    item.reason());
                        }
                    }
                }
                return 0;
            }
        }

        @Command(
                name = "reprocess",
                mixinStandardHelpOptions = true,
                description = "Validate every quarantined resource again; those that now pass are stored and released.")
        static final class Reprocess implements Callable<Integer> {

            @ParentCommand
            Quarantine quarantine;

            @Option(names = "--json", description = "Print exactly one JSON object on standard output.")
            boolean json;

            @Override
            public Integer call() throws Exception {
                try (ConfigurableApplicationContext context = Platform.batch(quarantine.parent.home())) {
                    return show(
                            context.getBean(SharedCareRecord.class).reprocessQuarantine(new ConsoleProgress()), json);
                }
            }
        }
    }

    @Command(
            name = "audit",
            mixinStandardHelpOptions = true,
            description = "The tamper-evident log of every access to person-level data.",
            subcommands = {Audit.Verify.class})
    static final class Audit extends CommandGroup {

        @Command(
                name = "verify",
                mixinStandardHelpOptions = true,
                description = {"Re-compute the audit log's hash chain.", "Exit status: 0 intact, 3 tampered."})
        static final class Verify implements Callable<Integer> {

            @ParentCommand
            Audit audit;

            @Override
            public Integer call() {
                try (ConfigurableApplicationContext context = Platform.batch(audit.parent.home())) {
                    AuditVerification result =
                            context.getBean(SharedCareRecord.class).verifyAudit();
                    System.out.println(result.entries() + " audit entries: " + result.problem());
                    return result.intact() ? 0 : 3;
                }
            }
        }
    }

    @Command(
            name = "digest",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Row counts and content fingerprints of each part of the store (resources, versions,",
                "persons by their linked records, relationships, facts, quarantine). Two stores that received the",
                "same data print the same digest, whatever the order of loading or interruptions.",
                "With --compare FILE (a digest saved with --json), exit status 4 when any part differs."
            })
    static final class Digest implements Callable<Integer> {

        @ParentCommand
        MergeCommands.Record record;

        @Option(names = "--json", description = "One JSON object on standard output.")
        boolean json;

        @Option(
                names = "--compare",
                paramLabel = "FILE",
                description = "A digest saved earlier with --json: list the parts that differ.")
        Path compare;

        @Override
        public Integer call() throws Exception {
            StoreDigest other = null;
            if (compare != null) {
                if (!java.nio.file.Files.isRegularFile(compare)) {
                    throw new IllegalArgumentException("no digest file " + compare);
                }
                other = RegistryCommand.json().readValue(compare.toFile(), StoreDigest.class);
            }
            StoreDigest digest;
            try (ConfigurableApplicationContext context = Platform.batch(record.parent.home())) {
                digest = context.getBean(SharedCareRecord.class).digest();
            }
            if (json) {
                System.out.println(RegistryCommand.json().writeValueAsString(digest));
            } else {
                digest.parts()
                        .forEach((name, part) ->
                                System.out.printf("%-26s %,12d  %s%n", name, part.rows(), part.fingerprint()));
            }
            if (other == null) {
                return 0;
            }
            List<String> differences = digest.differences(other);
            System.err.println(
                    differences.isEmpty()
                            ? "same as " + compare
                            : "differs from " + compare + " in: " + String.join(", ", differences));
            return differences.isEmpty() ? 0 : 4;
        }
    }
}
