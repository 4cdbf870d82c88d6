package org.openics.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.openics.engagement.Analysis;
import org.openics.engagement.Engagement;
import org.openics.engagement.Innovation;
import org.openics.engagement.PublishedFinding;
import org.openics.engagement.QuestionSummary;
import org.openics.engagement.Representation;
import org.openics.engagement.Spread;
import org.openics.kernel.UserRole;
import org.openics.record.SharedCareRecord;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "engagement",
        mixinStandardHelpOptions = true,
        description = {
            "Residents' voice and spreading what works: a consultation's analysis (counts, who responded against the",
            "population, small numbers withheld), its responses as CSV, the published \"you said, we did\", the innovation pipeline and",
            "an innovation's spread with its indicator before and after (docs/engagement.md)."
        },
        subcommands = {
            EngagementCommand.AnalysisCommand.class,
            EngagementCommand.Export.class,
            EngagementCommand.Findings.class,
            EngagementCommand.Innovations.class,
            EngagementCommand.SpreadCommand.class
        })
final class EngagementCommand extends CommandGroup {

    <T> T with(Function<ConfigurableApplicationContext, T> action) {
        try (ConfigurableApplicationContext context = Platform.batch(parent.home())) {
            return action.apply(context);
        }
    }

    /** Who reads responses on the command line: a local account in its own role, any other name as the engagement lead. */
    static org.openics.kernel.Actor lead(ConfigurableApplicationContext context, String user) {
        return ModuleActors.writer(context.getBean(SharedCareRecord.class), user, UserRole.ENGAGEMENT_LEAD);
    }

    @Command(
            name = "analysis",
            mixinStandardHelpOptions = true,
            description =
                    "A consultation's answers per question and who responded by place and age band against the registry's residents.")
    static final class AnalysisCommand implements Callable<Integer> {
        @ParentCommand
        EngagementCommand engagement;

        @Parameters(paramLabel = "CODE", description = "The consultation's code.")
        String code;

        @Option(
                names = "--user",
                required = true,
                paramLabel = "NAME",
                description = "Who reads the responses (logged; a local account must be an engagement lead).")
        String user;

        @Override
        public Integer call() {
            Analysis a = engagement.with(c -> c.getBean(Engagement.class).analysis(lead(c, user), code));
            System.out.printf("%s: %d responses%n", a.consultation(), a.responses());
            for (QuestionSummary q : a.questions()) {
                System.out.printf("%n%s (%d answered)%n", q.text(), q.answered());
                q.counts()
                        .forEach(c -> System.out.printf(
                                "  %-48s %6s%n", c.label(), c.count().shown()));
            }
            for (Representation r : a.representation()) {
                System.out.printf(
                        "%n%s%s%n",
                        r.dimension(),
                        r.notCalculated()
                                .map(w -> " – population comparison " + w)
                                .orElse(""));
                r.rows()
                        .forEach(row -> System.out.printf(
                                Locale.UK,
                                "  %-36s %6s  %7s  residents %9s  gap %6s%n",
                                row.label(),
                                row.respondents().shown(),
                                row.share() == null ? "-" : String.format(Locale.UK, "%.1f%%", row.share()),
                                row.population() == null ? "-" : String.format(Locale.UK, "%,d", row.population()),
                                row.gap() == null ? "-" : String.format(Locale.UK, "%+.1f", row.gap())));
            }
            return 0;
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Every response of a consultation as CSV (no email address or its hash).")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        EngagementCommand engagement;

        @Parameters(paramLabel = "CODE", description = "The consultation's code.")
        String code;

        @Option(
                names = "--user",
                required = true,
                paramLabel = "NAME",
                description = "Who exports (logged; a local account must be an engagement lead).")
        String user;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: standard output).")
        Path out;

        @Override
        public Integer call() throws IOException {
            String csv = engagement.with(c -> c.getBean(Engagement.class).responsesCsv(lead(c, user), code));
            if (out == null) {
                System.out.print(csv);
            } else {
                Files.writeString(out, csv, StandardCharsets.UTF_8);
                System.out.println("Wrote " + out);
            }
            return 0;
        }
    }

    @Command(
            name = "findings",
            mixinStandardHelpOptions = true,
            description = "The published \"you said, we did\" with the decisions they informed.")
    static final class Findings implements Callable<Integer> {
        @ParentCommand
        EngagementCommand engagement;

        @Override
        public Integer call() {
            for (PublishedFinding f :
                    engagement.with(c -> c.getBean(Engagement.class).findings(Optional.empty()))) {
                System.out.printf(
                        "%s%n  You said: %s%n  We did:   %s%n%s",
                        f.consultationTitle(),
                        f.finding().youSaid(),
                        f.finding().weDid(),
                        f.decision()
                                .map(d -> "  Decision " + d.sequence() + ": " + d.item() + " (" + d.body() + ", "
                                        + d.meetingDate() + ", " + d.outcome() + ")\n")
                                .orElse(""));
            }
            return 0;
        }
    }

    @Command(
            name = "innovations",
            mixinStandardHelpOptions = true,
            description = "The innovation pipeline: stage, owner, next gate due, adoptions.")
    static final class Innovations implements Callable<Integer> {
        @ParentCommand
        EngagementCommand engagement;

        @Override
        public Integer call() {
            for (Innovation i :
                    engagement.with(c -> c.getBean(Engagement.class).innovations(ModuleActors.reader(null)))) {
                System.out.printf(
                        "%-32s %-24s %-36s due %-10s adopted in %d%n",
                        i.code(),
                        i.stage().label(),
                        i.owner(),
                        i.due().map(Object::toString).orElse("-"),
                        i.adoptions().size());
            }
            return 0;
        }
    }

    @Command(
            name = "spread",
            mixinStandardHelpOptions = true,
            description =
                    "Where an innovation was adopted, and its indicator before and after per place (observational, not causal).")
    static final class SpreadCommand implements Callable<Integer> {
        @ParentCommand
        EngagementCommand engagement;

        @Parameters(paramLabel = "CODE", description = "The innovation's code.")
        String code;

        @Override
        public Integer call() {
            Spread s = engagement.with(c -> c.getBean(Engagement.class).spread(ModuleActors.reader(null), code));
            System.out.printf("%s: %s%n", s.innovation(), s.indicatorTitle().orElse("no indicator"));
            s.notCalculated().ifPresent(w -> System.out.println("Before and after " + w));
            for (Spread.PlaceSpread p : s.places()) {
                System.out.printf(
                        Locale.UK,
                        "  %-36s %-20s %s%n",
                        p.name(),
                        p.adoption().map(a -> "adopted " + a.adoptedOn()).orElse("not adopted"),
                        p.notCalculated()
                                .map(w -> "not calculated: " + w)
                                .orElseGet(() -> String.format(
                                        Locale.UK,
                                        "%.1f -> %.1f (%+.1f)",
                                        p.before().orElseThrow(),
                                        p.after().orElseThrow(),
                                        p.change().orElseThrow())));
            }
            System.out.println(
                    "An observational comparison of the analytics' quarterly trend: it does not show the innovation caused a change.");
            return 0;
        }
    }
}
