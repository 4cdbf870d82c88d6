package org.openics.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.openics.geography.Boundaries;
import org.openics.geography.BoundaryFileException;
import org.openics.geography.BoundaryImportReport;
import org.openics.geography.BoundaryLevel;
import org.openics.geography.RegistryMatch;
import org.openics.geography.SkippedFeature;
import org.openics.kernel.OdsCode;
import org.openics.registry.DemoSystem;
import org.openics.registry.OrganisationKind;
import org.openics.registry.Registry;
import org.openics.registry.SystemOfSystems;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "boundaries",
        mixinStandardHelpOptions = true,
        description = "Boundaries for the dashboard's maps: import GeoJSON outlines of places and LSOAs.",
        subcommands = {BoundariesCommand.Import.class})
final class BoundariesCommand extends CommandGroup {

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Import a GeoJSON FeatureCollection (WGS84 longitude/latitude; Polygon or MultiPolygon features;",
                "gzip accepted) as the boundaries of places or LSOAs, e.g. ../shared/refdata/sel/sel_boroughs_lad22_wgs84.geojson",
                "with --level place. A place boundary's code is its local authority's (E09000022), matched to the place",
                "LCP-E09000022; an LSOA's is its LSOA code. Boundaries replace those of the same level and code.",
                "The report says how many of the areas are in the registry (a map draws only those) and warns when",
                "none or few are.",
                "Exit status: 0 every feature stored, 2 some features skipped (listed with reasons),",
                "1 the file could not be imported (nothing stored)."
            })
    static final class Import implements Callable<Integer> {

        @ParentCommand
        BoundariesCommand group;

        @Parameters(paramLabel = "FILE", description = "A .geojson (or .geojson.gz) file.")
        Path file;

        @Option(
                names = "--level",
                required = true,
                paramLabel = "place|lsoa",
                description = "What the features outline.")
        String level;

        @Option(
                names = "--code-property",
                paramLabel = "NAME",
                description =
                        "The feature property with the area's code (default: recognised, e.g. LAD22CD or LSOA21CD).")
        String codeProperty;

        @Option(names = "--json", description = "Print the report as one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            BoundaryLevel chosen = BoundaryLevel.parse(level);
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file + " (no such file)");
            }
            try (ConfigurableApplicationContext context = Platform.batch(group.parent.home());
                    InputStream in = open(file)) {
                SystemOfSystems registry = context.getBean(Registry.class).asAt(LocalDate.now());
                Set<String> areas = registry
                        .organisations(chosen == BoundaryLevel.PLACE ? OrganisationKind.PLACE : OrganisationKind.LSOA)
                        .stream()
                        .map(o -> o.code().value())
                        .collect(Collectors.toSet());
                BoundaryImportReport report = context.getBean(Boundaries.class)
                        .importGeoJson(
                                file.toString(), in, chosen, Optional.ofNullable(codeProperty), Optional.of(areas));
                if (chosen == BoundaryLevel.LSOA
                        && registry.organisation(OdsCode.of(DemoSystem.ICB_CODE))
                                .isPresent()) {
                    report = report.withRegistry(report.registry()
                            .because(
                                    chosen,
                                    "the demo's LSOAs are invented (E01Z…), and its maps"
                                            + " draw synthetic outlines of them"));
                }
                print(System.out, report);
                return report.skipped().isEmpty() ? 0 : 2;
            } catch (BoundaryFileException e) {
                System.err.println("openics: " + file + ": " + e.getMessage() + "; nothing was imported");
                return 1;
            }
        }

        private void print(PrintStream out, BoundaryImportReport report) throws Exception {
            if (json) {
                out.println(RegistryCommand.json().writeValueAsString(report));
                return;
            }
            out.printf(
                    "%s: %s boundaries, code property %s%n",
                    report.source(), report.level().name().toLowerCase(java.util.Locale.ROOT), report.codeProperty());
            out.printf(
                    "  features read %,d = stored %,d + skipped %,d; %,d points%n",
                    report.featuresRead(), report.stored(), report.skipped().size(), report.points());
            for (SkippedFeature skipped : report.skipped()) {
                out.printf(
                        "  skipped feature %d%s: %s%n",
                        skipped.position(),
                        skipped.code() == null ? "" : " (" + skipped.code() + ")",
                        skipped.reason());
            }
            RegistryMatch match = report.registry();
            String nouns = report.level() == BoundaryLevel.PLACE ? "places" : "LSOAs";
            out.printf(
                    "  in the registry: %,d of the %,d areas stored are its %s (matched %,d, unmatched %,d%s)%n",
                    match.matched(),
                    match.areas(),
                    nouns,
                    match.matched(),
                    match.unmatched(),
                    match.unmatchedExamples().isEmpty()
                            ? ""
                            : ", e.g. " + String.join(", ", match.unmatchedExamples()));
            if (match.registryAreas() > 0) {
                out.printf(
                        "  the registry's %,d %s: %,d without a boundary in this file%n",
                        match.registryAreas(), nouns, match.registryAreasNotInFile());
            }
            if (match.warning() != null) {
                out.println("warning: " + match.warning());
            }
        }

        private static InputStream open(Path file) throws java.io.IOException {
            InputStream in = Files.newInputStream(file);
            return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
        }
    }
}
