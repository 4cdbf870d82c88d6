package org.openics.synthetic.population;

import java.time.LocalDate;
import java.util.List;
import org.openics.kernel.NhsNumber;
import org.openics.kernel.OdsCode;

/**
 * One synthetic person with everything recorded about them in the twelve months before the reference
 * date (and diagnoses from earlier). Ids are stable UUIDs derived from the seed.
 *
 * @param deathDate null while alive on the reference date
 */
public record Person(
        int index,
        String id,
        NhsNumber nhsNumber,
        String givenName,
        String familyName,
        Sex sex,
        LocalDate birthDate,
        Ethnicity ethnicity,
        OdsCode practiceCode,
        String lsoaCode,
        String placeName,
        int imdDecile,
        LocalDate deathDate,
        List<Diagnosis> diagnoses,
        List<Measurement> measurements,
        List<Contact> contacts,
        List<Prescription> prescriptions,
        List<WaitingListEntry> waits,
        List<DiagnosticRequest> diagnosticRequests) {

    public Person {
        diagnoses = List.copyOf(diagnoses);
        measurements = List.copyOf(measurements);
        contacts = List.copyOf(contacts);
        prescriptions = List.copyOf(prescriptions);
        waits = List.copyOf(waits);
        diagnosticRequests = List.copyOf(diagnosticRequests);
    }

    /** Age in whole years on a date. */
    public int ageOn(LocalDate date) {
        return java.time.Period.between(birthDate, date).getYears();
    }

    public boolean has(LongTermCondition condition) {
        return diagnoses.stream().anyMatch(d -> d.condition() == condition);
    }

    public record Diagnosis(String id, LongTermCondition condition, LocalDate onset) {}

    /**
     * @param value  the value (systolic for blood pressure; the {@link SmokingStatus} ordinal for smoking)
     * @param value2 diastolic for blood pressure, else 0
     */
    public record Measurement(String id, Measure measure, LocalDate date, double value, double value2) {}

    /** @param providerCode ODS code of the practice or trust, or null where the registry knows no acute provider */
    public record Contact(String id, ContactKind kind, LocalDate start, LocalDate end, String providerCode) {}

    public record Prescription(String id, Medicine medicine, LocalDate authoredOn, String diagnosisId) {}

    /** An open referral-to-treatment pathway: clock start, priority (routine or urgent), provider, specialty. */
    public record WaitingListEntry(
            String id, Specialty specialty, LocalDate clockStart, boolean urgent, String providerCode) {}

    public record DiagnosticRequest(String id, DiagnosticTest test, LocalDate requested, String providerCode) {}
}
