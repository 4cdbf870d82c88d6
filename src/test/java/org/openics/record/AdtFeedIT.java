package org.openics.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openics.kernel.NhsNumber;
import org.openics.platform.ProgressListener;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An HL7 v2 ADT file through the record's pipeline (src/test/resources/record/hl7, see its README for each message). */
class AdtFeedIT extends PlatformIT {

    @Autowired
    SharedCareRecord record;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdtFileIsStoredQuarantinedAndMergedMessageByMessageAndTheCountsReconcile() {
        IngestReport report = record.ingest(
                List.of(Path.of("src/test/resources/record/hl7/adt-feed.hl7")),
                IngestOptions.from("RFX01"),
                ProgressListener.NONE);

        assertThat(report.read()).isEqualTo(16);
        assertThat(report.stored()).isEqualTo(9);
        assertThat(report.duplicates()).isEqualTo(2);
        assertThat(report.quarantined()).isEqualTo(5);
        assertThat(report.reconciles()).isTrue();

        // A01 → A08 → A03: one encounter with its history
        assertThat(jdbc.queryForList(
                        "select body ->> 'status' from record.resource_version where type = 'Encounter' and id = 'hl7-RFX01-v-V5001'"
                                + " order by version",
                        String.class))
                .hasSize(3);
        assertThat(jdbc.queryForObject(
                        "select version || ' ' || (body ->> 'status') || ' ' || (body -> 'period' ->> 'end') from record.resource"
                                + " where type = 'Encounter' and id = 'hl7-RFX01-v-V5001'",
                        String.class))
                .isEqualTo("3 finished 2025-03-05T14:00:00Z");

        // A40: the prior patient record's person merged into the surviving one's, audited
        PersonId person = record.personByNhsNumber(new NhsNumber("9990007020")).orElseThrow();
        assertThat(jdbc.queryForList(
                        "select patient_id from record.person_link where person_id = ? order by patient_id",
                        String.class,
                        person.value()))
                .containsExactly("hl7-RFX01-K100003", "hl7-RFX01-K100004");
        assertThat(record.accessesTo(person))
                .anySatisfy(
                        entry -> assertThat(entry.what()).startsWith("merge ").contains(" into " + person.value()));

        List<String> reasons = record.quarantine(1_000_000, false).stream()
                .filter(q -> q.file().endsWith("adt-feed.hl7"))
                .map(QuarantinedResource::reason)
                .toList();
        assertThat(reasons)
                .hasSize(5)
                .anyMatch(r -> r.startsWith("PID-3 patient identifier list is empty"))
                .anyMatch(r -> r.startsWith("not a readable HL7 v2 message"))
                .anyMatch(r -> r.startsWith("invalid NHS number"))
                .anyMatch(r -> r.equals("unresolvable reference Patient/hl7-RFX01-K100005"))
                .anyMatch(r -> r.startsWith("HL7 v2 message type ORU^R01 is not an ADT event"));
    }
}
