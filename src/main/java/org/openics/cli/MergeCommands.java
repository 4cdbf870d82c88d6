package org.openics.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.openics.kernel.Actor;
import org.openics.kernel.NhsNumber;
import org.openics.kernel.UserRole;
import org.openics.record.MergeResult;
import org.openics.record.PersonId;
import org.openics.record.PersonMerge;
import org.openics.record.SharedCareRecord;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code openics record ...}: the master person index's explicit, audited merges and unmerges. */
final class MergeCommands {

    static final String EXIT_CODES = "Exit status: 0 done, 1 refused (the reason is printed) or failed, 2 wrong usage.";

    private MergeCommands() {}

    @Command(
            name = "record",
            mixinStandardHelpOptions = true,
            description = {
                "The shared care record's master person index: merge two persons found to be the same person, "
                        + "undo a merge, list merges. Every merge and unmerge is audited on both persons with its reason. "
                        + "And a digest of the store's content, to compare two stores.",
                "Ingest, quarantine and audit have their own commands (openics ingest|quarantine|audit)."
            },
            subcommands = {Merge.class, Unmerge.class, Merges.class, RecordCommands.Digest.class})
    static final class Record extends CommandGroup {

        /** A person named on the command line: a 10-digit NHS number (spaces allowed) or a person id of the index. */
        PersonId person(SharedCareRecord record, String given) {
            String digits = given.replace(" ", "");
            if (!digits.matches("[0-9]+")) {
                throw new Refused("'" + given + "' is neither a person id nor an NHS number");
            }
            if (digits.length() == 10) {
                NhsNumber nhsNumber;
                try {
                    nhsNumber = new NhsNumber(digits);
                } catch (IllegalArgumentException e) {
                    throw new Refused("'" + given + "' is not a valid NHS number (" + e.getMessage() + ")");
                }
                return record.personByNhsNumber(nhsNumber)
                        .orElseThrow(() -> new Refused("no person with NHS number " + given));
            }
            long id = digits.length() > 10 ? 0 : Long.parseLong(digits);
            if (id <= 0) {
                throw new Refused("'" + given + "' is not a person id");
            }
            return new PersonId(id);
        }

        /**
         * Who acts. The command line holds the store's credentials, so whoever runs it administers the record; the name
         * is what the audit log shows. A local account of another role is refused.
         */
        Actor actor(SharedCareRecord record, String username) {
            Optional<Actor> account = record.account(username);
            if (account.isPresent() && account.get().role() != UserRole.ADMIN) {
                throw new Refused(username + " is a " + account.get().role().label()
                        + " account: only an administrator merges persons");
            }
            return account.orElseGet(() -> new Actor(username, UserRole.ADMIN, Optional.empty(), Optional.empty()));
        }
    }

    /** An expected refusal: said plainly, exit status 1. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** Shared options of merge and unmerge. */
    abstract static class Change implements Callable<Integer> {

        @ParentCommand
        Record group;

        @Option(
                names = "--reason",
                required = true,
                paramLabel = "TEXT",
                description = "Why (required; kept with the merge and in the audit log).")
        String reason;

        @Option(
                names = "--user",
                required = true,
                paramLabel = "NAME",
                description = "Who acts (shown in the audit log; a local account must be an administrator).")
        String user;

        @Option(
                names = "--json",
                description = "Print exactly one JSON object on standard output: {done, message, merge}.")
        boolean json;

        abstract MergeResult change(SharedCareRecord record);

        @Override
        public Integer call() throws Exception {
            try (ConfigurableApplicationContext context = Platform.batch(group.parent.home())) {
                SharedCareRecord record = context.getBean(SharedCareRecord.class);
                MergeResult result;
                try {
                    result = change(record);
                } catch (Refused e) {
                    result = new MergeResult(false, e.getMessage(), 0);
                }
                Optional<PersonMerge> merge = result.done() ? record.merge(result.mergeId()) : Optional.empty();
                if (json) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("done", result.done());
                    out.put("message", result.reason());
                    out.put("merge", merge.map(MergeCommands::json).orElse(null));
                    System.out.println(RegistryCommand.json().writeValueAsString(out));
                } else if (result.done()) {
                    System.out.println(result.reason());
                    merge.ifPresent(m -> System.out.println(line(m)));
                }
                if (!result.done()) {
                    System.err.println("openics: " + result.reason());
                    return 1;
                }
                return 0;
            }
        }
    }

    @Command(
            name = "merge",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Merge person FROM into person INTO: every patient record of FROM then belongs to INTO (the person "
                        + "page, $everything and the analytics facts follow). Refused for an unknown person, a person merged with itself, "
                        + "or a person already merged away. Undo with: openics record unmerge MERGE_ID.",
                EXIT_CODES
            },
            footer = {
                "%nExample: openics record merge '999 000 0034' 9990000026 --user admin --reason 'duplicate registration confirmed with the practice'"
            })
    static final class Merge extends Change {

        @Parameters(
                index = "0",
                paramLabel = "FROM",
                description = "Person merged away: a person id or a 10-digit NHS number.")
        String from;

        @Parameters(
                index = "1",
                paramLabel = "INTO",
                description = "Person that keeps the records: a person id or a 10-digit NHS number.")
        String into;

        @Override
        MergeResult change(SharedCareRecord record) {
            return record.merge(
                    group.person(record, from), group.person(record, into), group.actor(record, user), reason);
        }
    }

    @Command(
            name = "unmerge",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Undo a merge: the patient records it moved return to the person they came from. "
                        + "Refused for a merge that does not exist or was already undone. Merge ids: openics record merges.",
                EXIT_CODES
            })
    static final class Unmerge extends Change {

        @Parameters(index = "0", paramLabel = "MERGE_ID", description = "The merge to undo.")
        long mergeId;

        @Override
        MergeResult change(SharedCareRecord record) {
            return record.unmerge(mergeId, group.actor(record, user), reason);
        }
    }

    @Command(
            name = "merges",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {"List merges, newest first, undone ones included (marked).", "Exit status: 0, 1 failure."})
    static final class Merges implements Callable<Integer> {

        @ParentCommand
        Record group;

        @Option(
                names = "--person",
                paramLabel = "PERSON",
                description = "Only merges from or into this person (person id or NHS number).")
        String person;

        @Option(names = "--limit", defaultValue = "100", description = "At most this many (default ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--json", description = "One JSON array on standard output.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (ConfigurableApplicationContext context = Platform.batch(group.parent.home())) {
                SharedCareRecord record = context.getBean(SharedCareRecord.class);
                Optional<PersonId> who;
                try {
                    who = person == null ? Optional.empty() : Optional.of(group.person(record, person));
                } catch (Refused e) {
                    System.err.println("openics: " + e.getMessage());
                    return 1;
                }
                List<PersonMerge> merges = record.merges(who, limit);
                if (json) {
                    System.out.println(RegistryCommand.json()
                            .writeValueAsString(
                                    merges.stream().map(MergeCommands::json).toList()));
                } else {
                    System.out.println(
                            merges.size() + " merge(s)" + (merges.size() == limit ? " (limit reached)" : ""));
                    merges.forEach(m -> System.out.println(line(m)));
                }
                return 0;
            }
        }
    }

    static String line(PersonMerge m) {
        return String.format(
                "#%d person %d -> person %d, %d patient record(s), %s by %s: %s%s",
                m.id(),
                m.from().value(),
                m.into().value(),
                m.patientRecords().size(),
                m.mergedAt(),
                m.actor(),
                m.reason(),
                m.active()
                        ? ""
                        : "  (undone " + m.unmergedAt().orElseThrow()
                                + m.unmergedBy().map(by -> " by " + by).orElse("") + ")");
    }

    static Map<String, Object> json(PersonMerge m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", m.id());
        json.put("from", m.from().value());
        json.put("into", m.into().value());
        json.put("patientRecords", m.patientRecords());
        json.put("actor", m.actor());
        json.put("reason", m.reason());
        json.put("mergedAt", m.mergedAt().toString());
        json.put("active", m.active());
        json.put("unmergedAt", m.unmergedAt().map(Object::toString).orElse(null));
        json.put("unmergedBy", m.unmergedBy().orElse(null));
        return json;
    }
}
