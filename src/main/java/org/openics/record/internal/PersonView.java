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
record PersonView(
        long person,
        String name,
        String nhsNumber,
        String birthDate,
        String gender,
        List<String> patientRecords,
        List<Row> problems,
        List<Row> medications,
        List<Trend> results,
        List<Row> encounters,
        List<Row> waitingList) {

    /** One item: what, when, and which organisation recorded it (ODS code or sending source). */
    record Row(String what, String when, String detail, String organisation) {}

    /**
     * One kind of result over time, newest first in the table, oldest first in the chart; {@code second} is a panel's
     * second component (a blood pressure's diastolic beside its systolic), empty when there is none.
     */
    record Trend(
            String name, String unit, List<String> dates, List<Double> values, List<Double> second, List<Row> rows) {

        /** Whether the values can be drawn: coded results (smoking status) have none. */
        public boolean charted() {
            return values.stream().filter(java.util.Objects::nonNull).count() >= 2;
        }
    }

    /**
     * The integrated record, with organisations named by {@code organisationName} ("King's College Hospital (RJZ)"; the
     * code alone when it is not known).
     */
    static PersonView of(
            long person,
            List<JdbcRecordStore.Stored> stored,
            FhirResources fhir,
            java.util.function.UnaryOperator<String> organisationName) {
        String name = "Unknown";
        String nhs = null;
        String born = null;
        String gender = null;
        List<String> records = new ArrayList<>();
        List<Row> problems = new ArrayList<>();
        List<Row> medications = new ArrayList<>();
        Map<String, List<Row>> observations = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        Map<Row, ObservationValue> values = new java.util.IdentityHashMap<>();
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
                nhs = patient.getIdentifier().stream()
                        .filter(i -> org.openics.kernel.NhsNumber.SYSTEM.equals(i.getSystem()))
                        .map(i -> spaced(i.getValue()))
                        .findFirst()
                        .orElse(nhs);
                born = patient.hasBirthDate() ? patient.getBirthDateElement().getValueAsString() : born;
                gender = patient.hasGender() ? patient.getGender().getDisplay() : gender;
            } else if (resource instanceof Condition c) {
                problems.add(new Row(
                        text(c.getCode()),
                        c.hasOnsetDateTimeType()
                                ? c.getOnsetDateTimeType().getValueAsString()
                                : c.getRecordedDateElement().getValueAsString(),
                        c.hasClinicalStatus() ? text(c.getClinicalStatus()) : "",
                        ClinicalExtracts.ods(c.getRecorder()).orElse(source)));
            } else if (resource instanceof MedicationRequest m) {
                medications.add(new Row(
                        m.hasMedicationCodeableConcept() ? text(m.getMedicationCodeableConcept()) : "medication",
                        m.getAuthoredOnElement().getValueAsString(),
                        m.hasStatus() ? m.getStatus().toCode() : "",
                        ClinicalExtracts.ods(m.getRequester()).orElse(source)));
            } else if (resource instanceof Observation o && o.hasEffectiveDateTimeType()) {
                String what = text(o.getCode());
                ObservationValue value = ObservationValue.of(o);
                units.putIfAbsent(what, value.unit());
                observations
                        .computeIfAbsent(what, k -> new ArrayList<>())
                        .add(new Row(
                                what,
                                o.getEffectiveDateTimeType().getValueAsString(),
                                value.text(),
                                o.getPerformer().stream()
                                        .map(ClinicalExtracts::ods)
                                        .flatMap(Optional::stream)
                                        .findFirst()
                                        .orElse(source)));
                values.put(observations.get(what).get(observations.get(what).size() - 1), value);
            } else if (resource instanceof Encounter e) {
                encounters.add(new Row(
                        e.hasType() ? text(e.getTypeFirstRep()) : e.getClass_().getCode(),
                        e.getPeriod().getStartElement().getValueAsString(),
                        e.getClass_().getCode()
                                + (e.hasStatus() ? ", " + e.getStatus().toCode() : ""),
                        ClinicalExtracts.ods(e.getServiceProvider()).orElse(source)));
            } else if (resource instanceof ServiceRequest r && ClinicalExtracts.isCategory(r, "rtt")) {
                long weeks = r.hasAuthoredOn()
                        ? java.time.temporal.ChronoUnit.WEEKS.between(
                                ClinicalExtracts.day(r.getAuthoredOn()), LocalDate.now())
                        : 0;
                waiting.add(new Row(
                        ClinicalExtracts.waitingList(r)
                                .map(f -> "treatment function " + f.treatmentFunction())
                                .orElse("referral"),
                        r.getAuthoredOnElement().getValueAsString(),
                        weeks + " weeks waiting, " + r.getStatus().toCode(),
                        r.getPerformer().stream()
                                .map(ClinicalExtracts::ods)
                                .flatMap(Optional::stream)
                                .findFirst()
                                .orElse(source)));
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
            List<Double> first =
                    oldestFirst.stream().map(r -> values.get(r).first()).toList();
            List<Double> second =
                    oldestFirst.stream().map(r -> values.get(r).second()).toList();
            trends.add(new Trend(
                    what,
                    units.get(what),
                    oldestFirst.stream()
                            .map(r ->
                                    r.when().substring(0, Math.min(10, r.when().length())))
                            .toList(),
                    first,
                    second.stream().allMatch(java.util.Objects::isNull) ? List.of() : second,
                    named(rows, organisationName)));
        });
        return new PersonView(
                person,
                name,
                nhs,
                born,
                gender,
                records,
                named(problems, organisationName),
                named(medications, organisationName),
                trends,
                named(encounters, organisationName),
                named(waiting, organisationName));
    }

    private static List<Row> named(List<Row> rows, java.util.function.UnaryOperator<String> organisationName) {
        return rows.stream()
                .map(r -> new Row(
                        r.what(),
                        r.when(),
                        r.detail(),
                        r.organisation() == null ? null : organisationName.apply(r.organisation())))
                .toList();
    }

    /** An NHS number as people read it, 3-3-4 ("943 476 5919"); one that is not valid stays as written. */
    static String spaced(String nhsNumber) {
        return nhsNumber != null && org.openics.kernel.NhsNumber.isValid(nhsNumber)
                ? new org.openics.kernel.NhsNumber(nhsNumber).toString()
                : nhsNumber;
    }

    private static String text(CodeableConcept concept) {
        return concept == null ? "" : ObservationValue.text(concept);
    }
}
