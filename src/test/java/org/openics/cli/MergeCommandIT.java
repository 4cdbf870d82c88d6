package org.openics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openics.cli.RegistryCommandIT.Result;
import org.openics.kernel.Actor;
import org.openics.kernel.NhsNumber;
import org.openics.platform.ProgressListener;
import org.openics.record.IngestOptions;
import org.openics.record.PersonId;
import org.openics.record.SharedCareRecord;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code openics record merge|unmerge|merges} against the store of a running server, with each refusal said plainly. */
class MergeCommandIT extends PlatformIT {

    /** Two of the record fixtures' people (src/test/resources/record/bulk), merged and unmerged only here. */
    static final String DAN = "9990000034";

    static final String BOB = "9990000026";

    @Autowired
    SharedCareRecord record;

    @Autowired
    JdbcTemplate jdbc;

    PersonId dan;
    PersonId bob;

    @BeforeEach
    void fixtures() {
        record.ingest(
                List.of(Path.of("src/test/resources/record/bulk")),
                IngestOptions.from("Z00001"),
                ProgressListener.NONE);
        dan = record.personByNhsNumber(new NhsNumber(DAN)).orElseThrow();
        bob = record.personByNhsNumber(new NhsNumber(BOB)).orElseThrow();
    }

    @AfterEach
    void undoWhatATestLeftMerged() {
        Actor admin = record.account("admin").orElseThrow();
        record.merges(Optional.of(dan), 100).stream()
                .filter(m -> m.active())
                .forEach(m -> record.unmerge(m.id(), admin, "test clean-up"));
    }

    static Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = HOME.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return RegistryCommandIT.run(all);
    }

    long danLinkedTo() {
        return jdbc.queryForObject("select person_id from record.person_link where patient_id = 'p-dan'", Long.class);
    }

    @Test
    void mergeByNhsNumberMovesTheRecordsListsTheMergeAndUnmergeReturnsThemBothAudited() throws Exception {
        Result merged = run(
                "record",
                "merge",
                "999 000 0034",
                BOB,
                "--user",
                "admin",
                "--reason",
                "same person, confirmed by the practice",
                "--json");
        assertThat(merged.exit()).as(merged.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(merged.out());
        assertThat(json.get("done").asBoolean()).isTrue();
        long mergeId = json.at("/merge/id").asLong();
        assertThat(json.at("/merge/from").asLong()).isEqualTo(dan.value());
        assertThat(json.at("/merge/into").asLong()).isEqualTo(bob.value());
        assertThat(json.at("/merge/patientRecords").toString()).contains("p-dan");
        assertThat(danLinkedTo()).isEqualTo(bob.value());

        Result listed = run("record", "merges", "--person", Long.toString(bob.value()));
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.out()
                        .lines()
                        .filter(l -> l.startsWith("#" + mergeId + " "))
                        .toList())
                .singleElement()
                .asString()
                .contains("person " + dan.value() + " -> person " + bob.value())
                .contains("by admin: same person, confirmed by the practice")
                .doesNotContain("(undone");

        Result undone =
                run("record", "unmerge", Long.toString(mergeId), "--user", "admin", "--reason", "merged in error");
        assertThat(undone.exit()).as(undone.err()).isZero();
        assertThat(undone.out()).contains("returned 1 patient record(s) to person " + dan.value());
        assertThat(danLinkedTo()).isEqualTo(dan.value());
        assertThat(run("record", "merges", "--json").out()).contains("\"unmergedBy\" : \"admin\"");

        assertThat(record.accessesTo(dan))
                .anyMatch(e -> e.what().startsWith("merge " + dan.value())
                        && e.username().equals("admin")
                        && e.reason().equals("same person, confirmed by the practice"));
        assertThat(record.accessesTo(bob)).anyMatch(e -> e.what().startsWith("merge " + dan.value()));
        assertThat(record.accessesTo(dan))
                .anyMatch(e ->
                        e.what().startsWith("unmerge " + mergeId) && e.reason().equals("merged in error"));
        assertThat(record.verifyAudit().intact()).isTrue();
    }

    @Test
    void mergingAPersonAlreadyMergedAwayIsRefusedUntilUnmerged() {
        Result first = run(
                "record",
                "merge",
                Long.toString(dan.value()),
                Long.toString(bob.value()),
                "--user",
                "admin",
                "--reason",
                "duplicate");
        assertThat(first.exit()).as(first.err()).isZero();
        Result again = run("record", "merge", DAN, "9990000018", "--user", "admin", "--reason", "duplicate");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err())
                .contains("person " + dan.value() + " is already merged into person " + bob.value())
                .contains("unmerge that first");
        Result intoMergedAway =
                run("record", "merge", "9990000018", DAN, "--user", "admin", "--reason", "duplicate", "--json");
        assertThat(intoMergedAway.exit()).isEqualTo(1);
        assertThat(intoMergedAway.out())
                .contains("\"done\" : false")
                .contains("is itself merged into person " + bob.value());
        assertThat(danLinkedTo()).isEqualTo(bob.value());
    }

    @Test
    void mergingAPersonWithItselfOrAnUnknownPersonIsRefused() {
        Result itself =
                run("record", "merge", DAN, Long.toString(dan.value()), "--user", "admin", "--reason", "duplicate");
        assertThat(itself.exit()).isEqualTo(1);
        assertThat(itself.err()).contains("cannot merge person " + dan.value() + " with itself");

        Result unknownId = run("record", "merge", "987654321", DAN, "--user", "admin", "--reason", "duplicate");
        assertThat(unknownId.exit()).isEqualTo(1);
        assertThat(unknownId.err()).contains("no person 987654321");

        Result unknownNhs = run("record", "merge", "9434765919", DAN, "--user", "admin", "--reason", "duplicate");
        assertThat(unknownNhs.exit()).isEqualTo(1);
        assertThat(unknownNhs.err()).contains("no person with NHS number 9434765919");

        Result badNhs = run("record", "merge", "9990000035", DAN, "--user", "admin", "--reason", "duplicate");
        assertThat(badNhs.exit()).isEqualTo(1);
        assertThat(badNhs.err()).contains("is not a valid NHS number");
        assertThat(danLinkedTo()).isEqualTo(dan.value());
    }

    @Test
    void unmergingWhatWasNeverMergedOrIsAlreadyUndoneIsRefused() {
        Result never = run("record", "unmerge", "987654321", "--user", "admin", "--reason", "mistake");
        assertThat(never.exit()).isEqualTo(1);
        assertThat(never.err()).contains("no merge 987654321");

        long mergeId = record.merge(dan, bob, record.account("admin").orElseThrow(), "duplicate")
                .mergeId();
        assertThat(run("record", "unmerge", Long.toString(mergeId), "--user", "admin", "--reason", "mistake")
                        .exit())
                .isZero();
        Result twice = run("record", "unmerge", Long.toString(mergeId), "--user", "admin", "--reason", "mistake");
        assertThat(twice.exit()).isEqualTo(1);
        assertThat(twice.err())
                .contains("merge " + mergeId + " was already undone on ")
                .contains(" by admin");
    }

    @Test
    void onlyAnAdministratorMergesAndAReasonIsRequired() {
        // the command line's own context has no demo accounts (only `openics demo` does): a stored account of another
        // role is refused
        if (record.account("merge-clinician").isEmpty()) {
            record.addAccount(
                    new Actor(
                            "merge-clinician",
                            org.openics.kernel.UserRole.CLINICIAN,
                            Optional.of("Z00001"),
                            Optional.empty()),
                    "a long enough password".toCharArray(),
                    SharedCareRecord.OPERATOR);
        }
        Result clinician = run("record", "merge", DAN, BOB, "--user", "merge-clinician", "--reason", "duplicate");
        assertThat(clinician.exit()).isEqualTo(1);
        assertThat(clinician.err())
                .contains("merge-clinician is a Clinician account: only an administrator merges persons");

        Result noReason = run("record", "merge", DAN, BOB, "--user", "admin");
        assertThat(noReason.exit()).isEqualTo(2);
        assertThat(noReason.err()).contains("Missing required option: '--reason=TEXT'");

        Result blankReason = run("record", "merge", DAN, BOB, "--user", "admin", "--reason", " ");
        assertThat(blankReason.exit()).isEqualTo(1);
        assertThat(blankReason.err()).contains("a merge needs a stated reason");

        Actor careworker = record.account("careworker").orElseThrow();
        assertThat(record.merge(dan, bob, careworker, "duplicate").reason())
                .contains("only an administrator can make a merge");
        assertThat(danLinkedTo()).isEqualTo(dan.value());
    }

    @Test
    void theRecordGroupExplainsItsCommands() {
        Result help = run("record", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out())
                .contains("merge")
                .contains("unmerge")
                .contains("merges")
                .contains("Every merge and unmerge is audited on");
        Result mergeHelp = run("record", "merge", "--help");
        assertThat(mergeHelp.out())
                .contains("FROM")
                .contains("INTO")
                .contains("--reason=TEXT")
                .contains("--user=NAME")
                .contains("Exit status: 0 done, 1 refused");
    }
}
