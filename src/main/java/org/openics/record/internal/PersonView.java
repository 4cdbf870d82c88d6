package org.openics.record.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * One integrated record for the person page: every patient record linked to the person, from every
 * organisation, as rows that show who recorded each item and when.
 */
record PersonView(long person, String name, String nhsNumber, String birthDate, String gender, List<String> patientRecords,
                  List<Row> problems, List<Row> medications, List<Trend> results, List<Row> encounters, List<Row> waitingList) {

    /** One item: what, when, and which organisation recorded it (ODS code or sending source). */
    record Row(String what, String when, String detail, String organisation) {
    }

    /** One kind of result over time, newest first in the table, oldest first in the chart. */
    record Trend(String name, String unit, List<String> dates, List<Double> values, List<Row> rows) {
    }

    static PersonView of(long person, List<JdbcRecordStore.Stored> stored, FhirResources fhir) {
        String name = "Unknown";
        String nhs = null;
        String born = null;
        String gender = null;
        List<String> records = new ArrayList<>();
        List<Row> problems = new ArrayList<>();
        List<Row> medications = new ArrayList<>();
        Map<String, List<Row>> observations = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        List<Row> encounters = new ArrayList<>();
        List<Row> waiting = new ArrayList<>();
        for (JdbcRecordStore.Stored s : stored) {
            Resource resource = fhir.parse(s.body());
            String source = s.source();
            if (resource instanceof Patient patient) {
                records.add(s.id() + " from " + source);
                if (patient.hasName()) {
                    name = patient.getNameFirstRep().getNameAsSingleString();
                }
                nhs = patient.getIdentifier().stream().filter(i -> org.openics.kernel.NhsNumber.SYSTEM.equals(i.getSystem()))
                        .map(i -> i.getValue()).findFirst().orElse(nhs);
                born = patient.hasBirthDate() ? patient.getBirthDateElement().getValueAsString() : born;
                gender = patient.hasGender() ? patient.getGender().getDisplay() : gender;
            } else if (resource instanceof Condition c) {
                problems.add(new Row(text(c.getCode()), c.hasOnsetDateTimeType() ? c.getOnsetDateTimeType().getValueAsString()
                        : c.getRecordedDateElement().getValueAsString(), c.hasClinicalStatus() ? text(c.getClinicalStatus()) : "",
                        ClinicalExtracts.ods(c.getRecorder()).orElse(source)));
            } else if (resource instanceof MedicationRequest m) {
                medications.add(new Row(m.hasMedicationCodeableConcept() ? text(m.getMedicationCodeableConcept()) : "medication",
                        m.getAuthoredOnElement().getValueAsString(), m.hasStatus() ? m.getStatus().toCode() : "",
                        ClinicalExtracts.ods(m.getRequester()).orElse(source)));
            } else if (resource instanceof Observation o && o.hasEffectiveDateTimeType()) {
                String what = text(o.getCode());
                String value = o.hasValueQuantity() ? o.getValueQuantity().getValue().stripTrailingZeros().toPlainString() : "";
                units.putIfAbsent(what, o.hasValueQuantity() ? o.getValueQuantity().getUnit() : "");
                observations.computeIfAbsent(what, k -> new ArrayList<>()).add(new Row(what, o.getEffectiveDateTimeType().getValueAsString(),
                        value, o.getPerformer().stream().map(ClinicalExtracts::ods).flatMap(Optional::stream).findFirst().orElse(source)));
            } else if (resource instanceof Encounter e) {
                encounters.add(new Row(e.hasType() ? text(e.getTypeFirstRep()) : e.getClass_().getCode(),
                        e.getPeriod().getStartElement().getValueAsString(), e.getClass_().getCode() + (e.hasStatus() ? ", " + e.getStatus().toCode() : ""),
                        ClinicalExtracts.ods(e.getServiceProvider()).orElse(source)));
            } else if (resource instanceof ServiceRequest r && ClinicalExtracts.isCategory(r, "rtt")) {
                long weeks = r.hasAuthoredOn() ? java.time.temporal.ChronoUnit.WEEKS.between(ClinicalExtracts.day(r.getAuthoredOn()), LocalDate.now()) : 0;
                waiting.add(new Row(ClinicalExtracts.waitingList(r).map(f -> "treatment function " + f.treatmentFunction()).orElse("referral"),
                        r.getAuthoredOnElement().getValueAsString(), weeks + " weeks waiting, " + r.getStatus().toCode(),
                        r.getPerformer().stream().map(ClinicalExtracts::ods).flatMap(Optional::stream).findFirst().orElse(source)));
            }
        }
        Comparator<Row> newestFirst = Comparator.comparing(Row::when, Comparator.nullsLast(Comparator.reverseOrder()));
        problems.sort(newestFirst);
        medications.sort(newestFirst);
        encounters.sort(newestFirst);
        waiting.sort(newestFirst);
        List<Trend> trends = new ArrayList<>();
        observations.forEach((what, rows) -> {
            rows.sort(newestFirst);
            List<Row> oldestFirst = new ArrayList<>(rows);
            java.util.Collections.reverse(oldestFirst);
            trends.add(new Trend(what, units.get(what), oldestFirst.stream().map(r -> r.when().substring(0, Math.min(10, r.when().length()))).toList(),
                    oldestFirst.stream().map(r -> r.detail().isEmpty() ? null : Double.valueOf(r.detail())).toList(), rows));
        });
        return new PersonView(person, name, nhs, born, gender, records, problems, medications, trends, encounters, waiting);
    }

    private static String text(CodeableConcept concept) {
        if (concept == null) {
            return "";
        }
        if (concept.hasText()) {
            return concept.getText();
        }
        return concept.getCoding().stream().map(c -> c.hasDisplay() ? c.getDisplay() : c.getCode()).findFirst().orElse("");
    }
}
