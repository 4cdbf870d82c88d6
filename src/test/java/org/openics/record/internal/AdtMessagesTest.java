package org.openics.record.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HL7 v2 ADT to FHIR, field by field (docs/fhir-conventions.md), on the messages of src/test/resources/record/hl7. */
class AdtMessagesTest {

    final AdtMessages adt = new AdtMessages();
    final List<AdtMessages.Located> messages;

    AdtMessagesTest() throws Exception {
        messages = AdtMessages.split(Files.readString(Path.of("src/test/resources/record/hl7/adt-feed.hl7")));
    }

    JsonNode resource(int message, int index) throws Exception {
        return new ObjectMapper()
                .readTree(adt.map(messages.get(message).text()).resources().get(index));
    }

    @Test
    void aFileIsSplitIntoMessagesAtEachMshSegmentWithTheLineItStartsOn() {
        assertThat(messages).hasSize(11);
        assertThat(messages.get(0).line()).isEqualTo(1);
        assertThat(messages.get(1).line()).isEqualTo(6);
        assertThat(messages.get(0).text()).startsWith("MSH|").contains("\rPID|").doesNotContain("\n");
    }

    @Test
    void anAdmissionBecomesAPatientAndAnInpatientEncounterWithItsVisitNumberAndEmergencyAdmission() throws Exception {
        JsonNode patient = resource(1, 0);
        assertThat(patient.path("id").asText()).isEqualTo("hl7-RFX01-K100002");
        assertThat(patient.path("identifier").toString())
                .contains("\"system\":\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\"9990007012\"")
                .contains("\"system\":\"https://fhir.openics.org/Id/local-patient/RFX01\",\"value\":\"K100002\"");
        assertThat(patient.path("name").get(0).path("family").asText()).isEqualTo("Brennan");
        assertThat(patient.path("birthDate").asText()).isEqualTo("1948-02-03");
        assertThat(patient.path("gender").asText()).isEqualTo("male");
        assertThat(patient.path("address").get(0).path("postalCode").asText()).isEqualTo("SE5 9RS");
        JsonNode encounter = resource(1, 1);
        assertThat(encounter.path("id").asText()).isEqualTo("hl7-RFX01-v-V5001");
        assertThat(encounter.path("status").asText()).isEqualTo("in-progress");
        assertThat(encounter.path("class").path("code").asText()).isEqualTo("IMP");
        assertThat(encounter.path("subject").path("reference").asText()).isEqualTo("Patient/hl7-RFX01-K100002");
        assertThat(encounter.path("period").path("start").asText()).isEqualTo("2025-03-01T10:00:00Z");
        assertThat(encounter
                        .path("hospitalization")
                        .path("admitSource")
                        .path("coding")
                        .get(0)
                        .path("code")
                        .asText())
                .isEqualTo("emd");
        assertThat(encounter
                        .path("serviceProvider")
                        .path("identifier")
                        .path("value")
                        .asText())
                .isEqualTo("RFX01");
        assertThat(encounter
                        .path("location")
                        .get(0)
                        .path("location")
                        .path("display")
                        .asText())
                .isEqualTo("WARD7, bed 12");
    }

    @Test
    void aDischargeFinishesTheSameEncounterAndARegistrationNamesTheGp() throws Exception {
        JsonNode discharge = resource(3, 1);
        assertThat(discharge.path("id").asText()).isEqualTo("hl7-RFX01-v-V5001");
        assertThat(discharge.path("status").asText()).isEqualTo("finished");
        assertThat(discharge.path("period").path("end").asText()).isEqualTo("2025-03-05T14:00:00Z");
        JsonNode registered = resource(0, 0);
        assertThat(registered
                        .path("generalPractitioner")
                        .get(0)
                        .path("identifier")
                        .path("value")
                        .asText())
                .isEqualTo("ZFX01");
        assertThat(registered
                        .path("extension")
                        .get(0)
                        .path("valueCodeableConcept")
                        .path("coding")
                        .get(0)
                        .path("code")
                        .asText())
                .isEqualTo("A");
        assertThat(adt.map(messages.get(0).text()).resources())
                .as("an outpatient registration without a visit number: no encounter")
                .hasSize(1);
    }

    @Test
    void aMergeNamesTheSurvivingAndThePriorPatientRecord() {
        AdtMessages.Mapped merge = adt.map(messages.get(6).text());
        assertThat(merge.event()).isEqualTo("A40");
        assertThat(merge.merge()).contains(new AdtMessages.Merge("hl7-RFX01-K100004", "hl7-RFX01-K100003"));
    }

    @Test
    void messagesThatCannotBeReadOrMappedAreRefusedWithTheReasonAndAnsweredWithANak() {
        AdtMessages.Mapped noPatient = adt.map(messages.get(7).text());
        assertThat(noPatient.problem())
                .isEqualTo("PID-3 patient identifier list is empty: the patient cannot be identified");
        assertThat(adt.acknowledge(messages.get(7).text(), noPatient.problem()))
                .contains("MSA|AE|MSG0008")
                .contains("PID-3 patient identifier");
        assertThat(adt.map(messages.get(8).text()).problem()).startsWith("not a readable HL7 v2 message");
        assertThat(adt.map(messages.get(10).text()).problem())
                .startsWith("HL7 v2 message type ORU^R01 is not an ADT event");
        assertThat(adt.acknowledge(messages.get(1).text(), null)).contains("MSA|AA|MSG0002");
    }

    @Test
    void timesWithoutAnOffsetAreUkLocalTimeAndImpossibleDatesAreKeptForTheRulesToRefuse() {
        assertThat(AdtMessages.dateTime("20250701100000")).isEqualTo("2025-07-01T10:00:00+01:00");
        assertThat(AdtMessages.dateTime("202501011000")).isEqualTo("2025-01-01T10:00:00Z");
        assertThat(AdtMessages.dateTime("20250701100000+0200")).isEqualTo("2025-07-01T10:00:00+02:00");
        assertThat(AdtMessages.date("20250230")).isEqualTo("2025-02-30");
    }
}
