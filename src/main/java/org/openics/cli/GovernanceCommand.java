package org.openics.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.openics.governance.Breach;
import org.openics.governance.DecisionMap;
import org.openics.governance.DecisionRecord;
import org.openics.governance.Governance;
import org.openics.governance.HistoryEntry;
import org.openics.governance.Level;
import org.openics.governance.LogVerification;
import org.openics.governance.MapEntry;
import org.openics.governance.ModelImport;
import org.openics.governance.ProposedDecision;
import org.openics.governance.RoutingAnswer;
import org.openics.governance.SchemeImport;
import org.openics.governance.ValidationReport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "governance",
        mixinStandardHelpOptions = true,
        description = {
            "Governance as working software: check the constitution, route a decision, print the decision map,",
            "verify the tamper-evident decision log, export and import the scheme of reservation and delegation (YAML).",
            "Run './openics demo' once first to load the demo governance of the synthetic ICS."
        },
        subcommands = {
            GovernanceCommand.Check.class,
            GovernanceCommand.Route.class,
            GovernanceCommand.Map.class,
            GovernanceCommand.Log.class,
            GovernanceCommand.Verify.class,
            GovernanceCommand.Export.class,
            GovernanceCommand.Import.class,
            GovernanceCommand.History.class,
            GovernanceCommand.Meetings.class,
            GovernanceCommand.MeetingPackCommand.class
        })
final class GovernanceCommand extends CommandGroup {

    /** Runs an action against the stored governance, without the web server. */
    <T> T with(java.util.function.Function<Governance, T> action) {
        try (ConfigurableApplicationContext context = Platform.batch(parent.home())) {
            return action.apply(context.getBean(Governance.class));
        }
    }

    abstract static class Sub {
        @ParentCommand
        GovernanceCommand governance;

        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        int print(Object value, Runnable text) throws Exception {
            if (json) {
                System.out.println(RegistryCommand.json().writeValueAsString(value));
            } else {
                text.run();
            }
            return 0;
        }
    }

    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = {
                "Check every body against the constitution rules in force on a date; each breach with its rule and reason.",
                "Exit status: 0 compliant, 2 breaches found."
            })
    static final class Check extends Sub implements Callable<Integer> {
        @Option(names = "--as-at", paramLabel = "YYYY-MM-DD", description = "The date to check (default: today).")
        LocalDate asAt;

        @Override
        public Integer call() throws Exception {
            LocalDate date = asAt == null ? LocalDate.now() : asAt;
            ValidationReport report = governance.with(g -> g.validate(date));
            print(report, () -> {
                PrintStream out = System.out;
                out.printf(
                        "Constitution check as at %s: %d bodies, %d rule applications, %d breach(es)%n",
                        date,
                        report.bodiesChecked(),
                        report.results().size(),
                        report.breaches().size());
                for (Breach b : report.breaches()) {
                    out.println();
                    out.println("BREACH " + b.rule() + " — " + b.bodyName());
                    out.println("  rule:   " + b.ruleText());
                    out.println("  found:  " + b.finding());
                    out.println("  reason: " + b.reason());
                }
            });
            return report.compliant() ? 0 : 2;
        }
    }

    @Command(
            name = "route",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Who may take a proposed decision, the chain of delegation that allows it and what escalates.",
                "Example: openics governance route --function PRIMARY_MEDICAL --value 2000000 --place LCPZ-E09000022 --date 2026-05-01",
                "Exit status: 0 someone may decide, 2 no one in the ICS may."
            })
    static final class Route extends Sub implements Callable<Integer> {
        @Option(
                names = "--function",
                required = true,
                paramLabel = "CODE",
                description = "Function code (see 'governance map').")
        String function;

        @Option(
                names = "--value",
                required = true,
                paramLabel = "POUNDS",
                description = "Value of the decision in pounds.")
        long value;

        @Option(
                names = "--place",
                paramLabel = "CODE",
                description = "Registry code of the place (e.g. LCPZ-E09000022); omit for the system.")
        String place;

        @Option(
                names = "--counterparty",
                paramLabel = "CODE",
                description = "Registry code of a counterparty (repeatable).")
        List<String> counterparties;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date of the decision (default: today).")
        LocalDate date;

        @Override
        public Integer call() throws Exception {
            ProposedDecision decision =
                    new ProposedDecision(function, value, place, counterparties, date == null ? LocalDate.now() : date);
            RoutingAnswer answer = RoutingAnswer.of(governance.with(g -> g.route(decision)));
            print(answer, () -> {
                PrintStream out = System.out;
                out.println(
                        answer.decidable()
                                ? "DECIDES: " + answer.deciderName() + " (" + answer.decider() + ", entry "
                                        + answer.entry() + ")"
                                : "NO ONE IN THE ICS MAY DECIDE THIS");
                answer.reasons().forEach(r -> out.println("  " + r));
                answer.escalations().forEach(e -> out.println("  escalation: " + e));
                answer.conflicted().forEach(c -> out.println("  must leave the item: " + c));
            });
            return answer.decidable() ? 0 : 2;
        }
    }

    @Command(
            name = "map",
            mixinStandardHelpOptions = true,
            description =
                    "The public functions and decision map: what is decided where, at system, place and neighbourhood level.")
    static final class Map extends Sub implements Callable<Integer> {
        @Option(names = "--as-at", paramLabel = "YYYY-MM-DD", description = "The date (default: today).")
        LocalDate asAt;

        @Override
        public Integer call() throws Exception {
            LocalDate date = asAt == null ? LocalDate.now() : asAt;
            DecisionMap map = governance.with(g -> g.map(date));
            return print(map, () -> {
                System.out.println("Who decides what, as at " + date);
                for (Level level : Level.values()) {
                    List<MapEntry> entries = map.at(level);
                    if (!entries.isEmpty()) {
                        System.out.println();
                        System.out.println(level.label().toUpperCase());
                        entries.forEach(e -> System.out.println("  [" + e.entry() + "] " + e.plainEnglish()));
                    }
                }
            });
        }
    }

    @Command(
            name = "log",
            mixinStandardHelpOptions = true,
            description = "The public decision log (confidential items withheld with their ground), oldest first.")
    static final class Log extends Sub implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            List<DecisionRecord> records = governance.with(g -> g.decisions(true));
            return print(
                    records,
                    () -> records.forEach(r -> System.out.printf(
                            "%d  %s  %s  %s: %s%n    %s%n    hash %s%n",
                            r.sequence(),
                            r.meetingDate(),
                            r.body(),
                            r.item(),
                            r.outcome().label(),
                            r.reason(),
                            r.hash())));
        }
    }

    @Command(
            name = "history",
            mixinStandardHelpOptions = true,
            description =
                    "Governance's one history, newest first: every change, import, decision and meeting step, when, by whom and what.")
    static final class History extends Sub implements Callable<Integer> {
        @Option(names = "--limit", paramLabel = "N", description = "At most this many entries (default: 100).")
        int limit = 100;

        @Override
        public Integer call() throws Exception {
            List<HistoryEntry> entries = governance.with(g -> g.history(limit));
            return print(
                    entries,
                    () -> entries.forEach(h -> System.out.printf(
                            "%s  %s%n    %s%s%n",
                            h.at(),
                            h.by(),
                            h.what(),
                            h.modelVersion() == null ? "" : " (model version " + h.modelVersion() + ")")));
        }
    }

    @Command(
            name = "meetings",
            mixinStandardHelpOptions = true,
            description =
                    "The forward plan and past meetings of every body: date, body, public and private items, the minutes' state.")
    static final class Meetings extends Sub implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            List<org.openics.governance.MeetingPack.Summary> all = governance.with(Governance::meetings);
            return print(
                    all,
                    () -> all.forEach(m -> System.out.printf(
                            "%d  %s  %s%s — %d public item(s), %d private; minutes %s%n",
                            m.id(),
                            m.date(),
                            m.bodyName(),
                            m.title() == null ? "" : ": " + m.title(),
                            m.publicItems(),
                            m.privateItems(),
                            m.minutes())));
        }
    }

    @Command(
            name = "meeting",
            mixinStandardHelpOptions = true,
            description = {
                "A meeting's pack: agenda and papers, conflicts and quorum per item, outcomes and minutes.",
                "By default what the ICB publishes (public items, approved minutes); --private shows the whole meeting (governance",
                "administrator: whoever runs the command holds the store's credentials). Exit status: 0 shown, 1 no such meeting."
            })
    static final class MeetingPackCommand extends Sub implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "The meeting's number (see 'governance meetings').")
        long id;

        @Option(names = "--private", description = "Include the private part (items, papers and minutes).")
        boolean whole;

        @Override
        public Integer call() throws Exception {
            org.openics.kernel.Actor actor =
                    whole ? CommandLineActor.in(org.openics.kernel.UserRole.GOVERNANCE_ADMIN) : null;
            java.util.Optional<org.openics.governance.MeetingPack> found = governance.with(g -> g.meeting(actor, id));
            if (found.isEmpty()) {
                System.err.println("There is no meeting " + id + " (see 'openics governance meetings').");
                return 1;
            }
            org.openics.governance.MeetingPack pack = found.get();
            return print(pack, () -> {
                PrintStream out = System.out;
                out.println(pack.bodyName() + ", " + pack.date() + (pack.title() == null ? "" : " — " + pack.title()));
                out.println(pack.attendanceFinding());
                for (org.openics.governance.MeetingPack.ItemView v : pack.items()) {
                    out.println();
                    out.println(v.item().number() + ". " + v.item().title() + " ("
                            + v.item().purpose().label().toLowerCase() + ")"
                            + (v.item().confidential()
                                    ? " [private: " + v.item().confidentialGround() + "]"
                                    : ""));
                    v.item()
                            .papers()
                            .forEach(p -> out.println("   paper: " + p.title() + ", " + p.author()
                                    + (p.link() == null ? "" : " <" + p.link() + ">")));
                    v.conflicted().forEach(c -> out.println("   must leave: " + c.name() + " — " + c.reason()));
                    if (v.decision() != null) {
                        out.println("   " + v.decision().outcome().label() + ": "
                                + v.decision().reason() + " (record "
                                + v.decision().sequence() + ")");
                    }
                }
                if (pack.privateItems() > 0 && pack.publicView()) {
                    out.println();
                    out.println(pack.privateItems() + " item(s) taken in private on the grounds of: "
                            + String.join("; ", pack.privateGrounds()));
                }
                if (pack.minutes() != null) {
                    out.println();
                    out.println(
                            pack.minutes().approved()
                                    ? "MINUTES (approved " + pack.minutes().approvedOn() + ")"
                                    : "DRAFT MINUTES");
                    out.println(pack.minutes().publicPart());
                    if (!pack.minutes().privatePart().isEmpty()) {
                        out.println(pack.minutes().privatePart());
                    }
                }
            });
        }
    }

    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = {
                "Recompute the decision log's SHA-256 hash chain and report any record altered, removed or reordered.",
                "Exit status: 0 intact, 3 tampering detected."
            })
    static final class Verify extends Sub implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            LogVerification result = governance.with(Governance::verifyLog);
            print(result, () -> {
                System.out.println(
                        result.intact()
                                ? "Decision log intact: " + result.records() + " records, hash chain verified."
                                : "DECISION LOG TAMPERED: " + result.problems().size() + " problem(s) in "
                                        + result.records() + " records");
                result.problems().forEach(p -> System.out.println("  " + p));
            });
            return result.intact() ? 0 : 3;
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {
                "Write the scheme of reservation and delegation as YAML (to a file or standard output).",
                "With --model: the whole governance model (bodies, people, seats, offices, interests, rules and the scheme)."
            })
    static final class Export implements Callable<Integer> {
        @ParentCommand
        GovernanceCommand governance;

        @Option(names = "--model", description = "Export the whole governance model, not only the scheme.")
        boolean model;

        @Option(
                names = "--as-at",
                paramLabel = "YYYY-MM-DD",
                description = "Only the entries in force on this date (default: every entry).")
        LocalDate asAt;

        @Option(
                names = {"-o", "--output"},
                paramLabel = "FILE",
                description = "File to write (default: standard output).")
        Path output;

        @Override
        public Integer call() throws Exception {
            if (model && asAt != null) {
                System.err.println("--as-at applies to the scheme only; the whole model is exported with every date");
                return 2;
            }
            String yaml = governance.with(g -> model ? g.exportModel() : g.exportScheme(asAt));
            if (output == null) {
                System.out.print(yaml);
            } else {
                Files.writeString(output, yaml, StandardCharsets.UTF_8);
                System.err.println("Wrote " + output);
            }
            return 0;
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Replace the scheme of reservation and delegation with a YAML file (as written by 'export').",
                "The file is the whole scheme: an export made with --as-at holds only that day's entries.",
                "With --model: replace the whole governance model (as written by 'export --model'); each import is a new version.",
                "Nothing changes when the file has problems; each is listed with its line. Exit status: 0 imported, 2 problems."
            })
    static final class Import implements Callable<Integer> {
        @ParentCommand
        GovernanceCommand governance;

        @Option(names = "--model", description = "The file is the whole governance model, not only the scheme.")
        boolean model;

        @Parameters(paramLabel = "FILE", description = "The YAML scheme.")
        Path file;

        @Override
        public Integer call() throws Exception {
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            if (model) {
                ModelImport result = governance.with(g -> g.importModel(
                        CommandLineActor.in(org.openics.kernel.UserRole.GOVERNANCE_ADMIN),
                        yaml,
                        file.getFileName().toString()));
                if (result.imported()) {
                    System.out.printf(
                            "Imported %s: governance model version %d — %d bodies, %d people, %d seats, %d offices held"
                                    + " elsewhere, %d declared interests, %d rules, %d functions with %d scheme entries%n",
                            file,
                            result.version(),
                            result.bodies(),
                            result.people(),
                            result.seats(),
                            result.offices(),
                            result.interests(),
                            result.rules(),
                            result.functions(),
                            result.entries());
                    return 0;
                }
                System.out.println("Not imported: " + file + " has "
                        + result.problems().size() + " problem(s); the governance model is unchanged");
                result.problems().forEach(p -> System.out.println("  " + p));
                return 2;
            }
            SchemeImport result = governance.with(g -> g.importScheme(
                    CommandLineActor.in(org.openics.kernel.UserRole.GOVERNANCE_ADMIN),
                    yaml,
                    file.getFileName().toString()));

            if (result.imported()) {
                System.out.printf(
                        "Imported %s: scheme version %d, %d functions, %d entries%n",
                        file, result.version(), result.functions(), result.entries());
                return 0;
            }
            System.out.println("Not imported: " + file + " has "
                    + result.problems().size() + " problem(s); the scheme is unchanged");
            result.problems().forEach(p -> System.out.println("  " + p));
            return 2;
        }
    }
}
