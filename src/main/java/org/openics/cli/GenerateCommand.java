package org.openics.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openics.platform.ConsoleProgress;
import org.openics.registry.DemoSystem;
import org.openics.registry.Registry;
import org.openics.registry.SystemOfSystems;
import org.openics.synthetic.GenerationRequest;
import org.openics.synthetic.GenerationSummary;
import org.openics.synthetic.OutputFormat;
import org.openics.synthetic.SyntheticPopulation;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Generate a realistic synthetic population of an ICS as FHIR R4: people registered at its"
                    + " practices in proportion to list sizes, living in its LSOAs, with long-term conditions, vital-five"
                    + " observations, GP, outpatient and A&E contacts, emergency admissions, medicines, deaths,"
                    + " waiting-list entries and diagnostic requests.",
            "Deterministic: the same arguments and seed give byte-identical files.",
            "'--ics demo' uses the built-in demo ICS in memory (no database). An ICB code (e.g. QKK) uses the"
                    + " registry, which needs the practice mapping, list sizes, practice-to-borough file and IoD2025"
                    + " LSOA file imported.",
            ""
        },
        footer = {"%nExample: openics generate --ics demo --scale 0.01 --out target/synthetic"})
final class GenerateCommand implements Callable<Integer> {

    @ParentCommand
    OpenIcsCommand parent;

    @Option(names = "--ics", required = true, paramLabel = "CODE|demo", description = "ICB ODS code, or 'demo'.")
    String ics;

    @Option(
            names = "--scale",
            paramLabel = "F",
            defaultValue = "1",
            description = "Fraction of the registered population to generate (default ${DEFAULT-VALUE}).")
    double scale;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "1",
            description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "synthetic",
            description = "Output folder (default ./${DEFAULT-VALUE}); files of the same names are replaced.")
    Path out;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "ndjson",
            description = "ndjson: one file per resource type (bulk data); bundles: one transaction bundle per person"
                    + " per line of Bundle.ndjson (default ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = "--defects",
            paramLabel = "RATE",
            defaultValue = "0",
            description = "Share of lines given a realistic fault, listed in defects.csv (default ${DEFAULT-VALUE}).")
    double defects;

    @Option(
            names = "--prevalence",
            paramLabel = "FILE",
            description = "Match each practice's published QOF prevalence (CSV with Practice.Code and Prevalence_HYP,"
                    + " _AF, _CHD, _HF, _STIA ... in per cent, e.g. sel_practice_qof_cvd_heec.csv).")
    Path prevalence;

    @Option(
            names = "--as-at",
            paramLabel = "YYYY-MM-DD",
            defaultValue = "2026-06-30",
            description = "Reference date: list sizes as then, events in the year before (default ${DEFAULT-VALUE}).")
    LocalDate asAt;

    @Override
    public Integer call() throws Exception {
        OutputFormat outputFormat = switch (format.toLowerCase(Locale.ROOT)) {
            case "ndjson" -> OutputFormat.NDJSON;
            case "bundles" -> OutputFormat.BUNDLES;
            default -> throw new IllegalArgumentException("--format is ndjson or bundles, not '" + format + "'");
        };
        boolean demo = ics.equalsIgnoreCase("demo");
        String icb = demo ? DemoSystem.ICB_CODE : ics.toUpperCase(Locale.ROOT);
        GenerationRequest request =
                new GenerationRequest(icb, scale, seed, out, outputFormat, asAt, defects, prevalence);
        GenerationSummary summary;
        if (demo) {
            summary = generate(DemoSystem.asAt(asAt), request);
        } else {
            try (ConfigurableApplicationContext context = Platform.batch(parent.home())) {
                summary = generate(context.getBean(Registry.class).asAt(asAt), request);
            }
        }
        print(System.out, summary);
        return 0;
    }

    private static GenerationSummary generate(SystemOfSystems system, GenerationRequest request) throws Exception {
        return SyntheticPopulation.fhir().generate(system, request, new ConsoleProgress());
    }

    private static void print(PrintStream out, GenerationSummary s) {
        double seconds = Math.max(0.001, s.elapsed().toMillis() / 1000.0);
        out.printf(
                Locale.ROOT,
                "Wrote %,d people (%,d died in the year) to %s in %.1f s (%,.0f people/s)%n",
                s.people(),
                s.deaths(),
                s.out(),
                seconds,
                s.people() / seconds);
        for (Map.Entry<String, Long> file : s.linesPerFile().entrySet()) {
            out.printf(Locale.ROOT, "  %-26s %,12d lines%n", file.getKey(), file.getValue());
        }
        out.printf(
                Locale.ROOT,
                "  %,d lines, %,.1f MB; %,d injected defects listed in defects.csv%n",
                s.lines(),
                s.bytes() / 1e6,
                s.defects());
        for (String note : s.notes()) {
            out.println("  note: " + note);
        }
    }
}
