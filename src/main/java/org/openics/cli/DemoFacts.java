package org.openics.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.openics.analytics.FactsExport;
import org.openics.record.AnalyticFacts;
import org.openics.synthetic.population.ContactKind;
import org.openics.synthetic.population.Person;
import org.openics.synthetic.population.Sex;
import org.openics.synthetic.population.SmokingStatus;

/**
 * The analytic facts of one synthetic person, as the shared care record would extract them from the generator's FHIR
 * (record's ClinicalExtracts over synthetic's FhirJson; the bench shortcut's analytics/ndjson-shortcut.sql reads the
 * same fields): this lets the demo describe a population far larger than the sample its record holds. The pseudonym is
 * the shortcut's, a hash of the Patient id (these people are not in the record, so no record pseudonym exists).
 */
final class DemoFacts {

    static final String SNOMED = "http://snomed.info/sct";
    static final String LOINC = "http://loinc.org";

    private DemoFacts() {}

    static void add(Person p, FactsExport.FactSink sink) {
        String pseudonym = pseudonym(p.id());
        sink.add(new AnalyticFacts.Person(
                pseudonym,
                null,
                null,
                p.practiceCode().value(),
                p.lsoaCode(),
                null,
                p.sex() == Sex.MALE ? "male" : "female",
                p.ethnicity().code(),
                p.birthDate()));
        if (p.deathDate() != null) {
            sink.add(new AnalyticFacts.Death(pseudonym, p.deathDate()));
        }
        for (Person.Diagnosis d : p.diagnoses()) {
            sink.add(new AnalyticFacts.Condition(pseudonym, d.condition().snomed(), SNOMED, d.onset(), null));
        }
        for (Person.Measurement m : p.measurements()) {
            sink.add(observation(pseudonym, m));
        }
        for (Person.Contact c : p.contacts()) {
            sink.add(new AnalyticFacts.Encounter(
                    pseudonym,
                    c.kind().encounterClass(),
                    c.kind().snomed(),
                    c.start(),
                    c.end(),
                    c.kind() == ContactKind.EMERGENCY_ADMISSION,
                    c.providerCode()));
        }
        for (Person.WaitingListEntry w : p.waits()) {
            sink.add(new AnalyticFacts.WaitingListEntry(
                    pseudonym,
                    w.providerCode(),
                    w.specialty().code(),
                    w.clockStart(),
                    w.urgent() ? "urgent" : "routine",
                    "active"));
        }
    }

    private static AnalyticFacts.Observation observation(String pseudonym, Person.Measurement m) {
        String code = m.measure().loinc();
        return switch (m.measure()) {
            case BLOOD_PRESSURE ->
                new AnalyticFacts.Observation(
                        pseudonym, code, LOINC, m.date(), m.value(), "mm[Hg]", null, null, m.value2());
            case SMOKING_STATUS ->
                new AnalyticFacts.Observation(
                        pseudonym,
                        code,
                        LOINC,
                        m.date(),
                        null,
                        null,
                        null,
                        SmokingStatus.values()[(int) m.value()].snomed(),
                        null);
            case AUDIT_C, PHQ9, GAD7 ->
                new AnalyticFacts.Observation(
                        pseudonym, code, LOINC, m.date(), (double) (int) m.value(), null, null, null, null);
            default ->
                new AnalyticFacts.Observation(
                        pseudonym, code, LOINC, m.date(), m.value(), m.measure().unit(), null, null, null);
        };
    }

    /** The first 24 hex digits of the MD5 of the Patient id, as the bench shortcut's {@code md5(id)[1:24]}. */
    static String pseudonym(String patientId) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(patientId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
