package org.openics.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.openics.analytics.Level;
import org.openics.analytics.cohorts.CohortBreakdown;
import org.openics.analytics.cohorts.CohortCount;
import org.openics.analytics.cohorts.CohortDefinition;
import org.openics.analytics.cohorts.Cohorts;
import org.openics.analytics.cohorts.ObservationCriterion;
import org.openics.analytics.cohorts.SegmentCount;
import org.openics.analytics.cohorts.SegmentationSummary;
import org.openics.analytics.cohorts.SuppressedCount;
import org.openics.analytics.segmentation.Segment;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Cohort counts and population segments for analysts: aggregates only, small numbers suppressed. */
final class CohortCommands {

    private CohortCommands() {}

    @Command(
            name = "cohort",
            mixinStandardHelpOptions = true,
            description = "Cohorts over the analytics facts: counts and breakdowns.",
            subcommands = {Count.class})
    static final class Cohort extends CommandGroup {}

    /** The criteria as options; every one given must hold. */
    static final class Criteria {

        @Option(
                names = "--condition",
                arity = "1..*",
                paramLabel = "SNOMED",
                description = "Condition recorded (every one given).")
        List<String> conditions = new ArrayList<>();

        @Option(
                names = "--without",
                arity = "1..*",
                paramLabel = "SNOMED",
                description = "Condition not recorded (none of these).")
        List<String> without = new ArrayList<>();

        @Option(
                names = "--observation",
                arity = "1..*",
                paramLabel = "SPEC",
                description = {
                    "Observation by LOINC code: CODE[>V|>=V|<V|<=V][@Nm]; the latest value in the last N months decides;",
                    "a leading ! means none in the window. E.g. 59261-8>58@15m (HbA1c above 58 in 15 months), 85354-9@12m (BP measured)."
                })
        List<String> observations = new ArrayList<>();

        @Option(names = "--min-age", paramLabel = "N")
        Integer minAge;

        @Option(names = "--max-age", paramLabel = "N")
        Integer maxAge;

        @Option(names = "--sex", arity = "1..*", paramLabel = "SEX", description = "female, male, other, unknown.")
        Set<String> sexes;

        @Option(
                names = "--ethnic-group",
                arity = "1..*",
                paramLabel = "GROUP",
                description = "White, Mixed, Asian, Black, Other, Not stated.")
        Set<String> ethnicGroups;

        @Option(
                names = "--imd-quintile",
                arity = "1..*",
                paramLabel = "Q",
                description = "National deprivation quintile, 1 = most deprived.")
        Set<Integer> quintiles;

        @Option(names = "--place", arity = "1..*", paramLabel = "CODE")
        Set<String> places;

        @Option(names = "--pcn", arity = "1..*", paramLabel = "CODE")
        Set<String> pcns;

        @Option(names = "--practice", arity = "1..*", paramLabel = "ODS")
        Set<String> practices;

        @Option(
                names = "--segment",
                arity = "1..*",
                paramLabel = "SEGMENT",
                description =
                        "healthy, maternal-and-infant, acute-episode, chronic-stable, chronic-complex, disability, limited-reserve, "
                                + "frailty-dementia, end-of-life.")
        List<String> segments;

        @Option(
                names = "--min-cms",
                paramLabel = "SCORE",
                description = "Cambridge Multimorbidity Score at least this.")
        Double minCms;

        @Option(names = "--max-cms", paramLabel = "SCORE")
        Double maxCms;

        @Option(names = "--include-deceased", description = "Keep people who died on or before the reference date.")
        boolean includeDeceased;

        CohortDefinition definition(LocalDate asAt) {
            return new CohortDefinition(
                    conditions,
                    without,
                    observations.stream().map(ObservationCriterion::parse).toList(),
                    minAge,
                    maxAge,
                    sexes,
                    ethnicGroups,
                    quintiles,
                    places,
                    pcns,
                    practices,
                    segments == null
                            ? null
                            : Set.copyOf(segments.stream().map(Segment::parse).toList()),
                    minCms,
                    maxCms,
                    includeDeceased,
                    asAt);
        }
    }

    @Command(
            name = "count",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "How many people meet a cohort definition, with breakdowns by place, deprivation quintile, ethnic group,",
                "age band, sex and segment. Counts from 1 to 7 are shown as <8 (docs/cohorts.md). The definition comes from the",
                "options or from a JSON or YAML file (--definition; the fields of docs/cohorts.md).",
                "Exit status: 0 counted, 1 failure (e.g. an unreadable definition, no facts store yet)."
            })
    static final class Count implements Callable<Integer> {

        @ParentCommand
        Cohort cohort;

        @Option(
                names = "--definition",
                paramLabel = "FILE",
                description = "Cohort definition as JSON or YAML (.yaml/.yml).")
        Path definitionFile;

        @ArgGroup(exclusive = false)
        Criteria criteria = new Criteria();

        @Option(
                names = "--as-at",
                paramLabel = "DATE",
                description = "Reference date for recency (default: the facts' reference date).")
        LocalDate asAt;

        @Option(names = "--json", description = "One JSON object: total, population, breakdowns, the suppression rule.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            CohortDefinition definition = definitionFile != null ? read(definitionFile) : criteria.definition(asAt);
            if (definitionFile != null && asAt != null) {
                definition = definition.asAt(asAt);
            }
            try (ConfigurableApplicationContext context = Platform.batch(cohort.parent.home())) {
                CohortCount count = context.getBean(Cohorts.class).count(definition);
                if (json) {
                    System.out.println(RegistryCommand.json().writeValueAsString(count));
                } else {
                    print(count);
                }
            }
            return 0;
        }

        static CohortDefinition read(Path file) throws java.io.IOException {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml")
                    ? new ObjectMapper(new YAMLFactory()).findAndRegisterModules()
                    : RegistryCommand.json();
            try {
                return mapper.readValue(Files.readString(file), CohortDefinition.class);
            } catch (com.fasterxml.jackson.core.JacksonException e) {
                throw new IllegalArgumentException(
                        "cannot read the cohort definition " + file + ": " + e.getOriginalMessage(), e);
            }
        }

        static void print(CohortCount count) {
            System.out.printf(
                    "cohort as at %s: %s of %,d people%n",
                    count.asAt(), count.total().shown(), count.population());
            for (CohortBreakdown breakdown : CohortBreakdown.values()) {
                System.out.println();
                System.out.println(breakdown.label());
                for (SuppressedCount c : count.breakdowns().get(breakdown)) {
                    System.out.printf("  %-40s %10s%n", c.category(), c.shown());
                }
            }
            System.out.println();
            count.notes().forEach(n -> System.out.println("note: " + n));
            System.out.println("suppression: " + count.suppressionRule());
        }
    }

    @Command(
            name = "segments",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "People per Bridges-to-Health segment (with their Cambridge Multimorbidity Score computed alongside)",
                "for the ICS or each place, PCN or practice. Counts from 1 to 7 are shown as <8.",
                "Exit status: 0 shown, 1 failure (e.g. no facts store yet: run openics indicators refresh)."
            })
    static final class Segments implements Callable<Integer> {

        @ParentCommand
        OpenIcsCommand parent;

        @Option(
                names = "--level",
                defaultValue = "ics",
                paramLabel = "LEVEL",
                description = "ics (default), place, pcn, practice.")
        String level;

        @Option(names = "--code", paramLabel = "CODE", description = "Only this unit of the level.")
        String code;

        @Option(
                names = "--recompute",
                description = "Segment everyone again first (at --as-at, default the facts' reference date).")
        boolean recompute;

        @Option(names = "--as-at", paramLabel = "DATE")
        LocalDate asAt;

        @Option(names = "--json", description = "One JSON array, one object per unit.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (ConfigurableApplicationContext context = Platform.batch(parent.home())) {
                Cohorts cohorts = context.getBean(Cohorts.class);
                if (recompute || asAt != null) {
                    SegmentationSummary run = cohorts.segment(asAt);
                    System.err.printf(
                            "segmented %,d people as at %s in %.1f s%n",
                            run.persons(), run.asAt(), run.millis() / 1000.0);
                }
                List<SegmentCount> counts = cohorts.segments(
                        Level.valueOf(level.toUpperCase(java.util.Locale.ROOT)), Optional.ofNullable(code));
                if (json) {
                    System.out.println(RegistryCommand.json().writeValueAsString(counts));
                    return 0;
                }
                for (SegmentCount unit : counts) {
                    System.out.printf(
                            "%s %s: %s people%n",
                            unit.level(), unit.code(), unit.total().shown());
                    unit.bySegment().forEach(c -> System.out.printf("  %-40s %10s%n", c.category(), c.shown()));
                }
                if (counts.isEmpty()) {
                    System.out.println("no people" + (code == null ? "" : " in " + code));
                }
            }
            return 0;
        }
    }
}
