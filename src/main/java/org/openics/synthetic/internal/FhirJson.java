package org.openics.synthetic.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.openics.synthetic.population.ContactKind;
import org.openics.synthetic.population.Measure;
import org.openics.synthetic.population.Person;
import org.openics.synthetic.population.Person.Contact;
import org.openics.synthetic.population.Person.DiagnosticRequest;
import org.openics.synthetic.population.Person.Diagnosis;
import org.openics.synthetic.population.Person.Measurement;
import org.openics.synthetic.population.Person.Prescription;
import org.openics.synthetic.population.Person.WaitingListEntry;
import org.openics.synthetic.population.PopulationFrame.OrganisationRef;
import org.openics.synthetic.population.Sex;
import org.openics.synthetic.population.SmokingStatus;

/**
 * FHIR R4 JSON for a person's records, written with Jackson's streaming generator in a fixed field
 * order (so that output is byte-identical run to run), following docs/fhir-conventions.md. One
 * instance per thread.
 */
final class FhirJson {

    static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";
    static final String SNOMED = "http://snomed.info/sct";
    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String ETHNIC_CATEGORY_EXTENSION = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";
    static final String ETHNIC_CATEGORY = "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland";
    static final String LSOA_EXTENSION = "https://fhir.openics.org/StructureDefinition/lsoa-2021";
    static final String REQUEST_CATEGORY = "https://fhir.openics.org/CodeSystem/request-category";
    static final String TREATMENT_FUNCTION_EXTENSION = "https://fhir.openics.org/StructureDefinition/treatment-function";
    static final String TREATMENT_FUNCTION = "https://fhir.nhs.uk/CodeSystem/NHSDataModelAndDictionary-treatment-function";

    private static final JsonFactory FACTORY = new JsonFactory();

    /** A byte buffer whose contents can be read without copying. */
    static final class Bytes extends ByteArrayOutputStream {
        Bytes(int size) {
            super(size);
        }

        byte[] array() {
            return buf;
        }

        void ascii(String text) {
            for (int i = 0; i < text.length(); i++) {
                write(text.charAt(i));
            }
        }
    }

    private final Bytes buffer = new Bytes(4096);
    private final JsonGenerator g;

    /** Receives each resource as one line of UTF-8 JSON, valid until the call returns. */
    interface Sink {
        void resource(String type, String id, byte[] json, int length);
    }

    FhirJson() {
        try {
            g = FACTORY.createGenerator(buffer, JsonEncoding.UTF8);
            g.setRootValueSeparator(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void person(Person p, Sink sink) {
        patient(p);
        emit(sink, "Patient", p.id());
        String subject = "Patient/" + p.id();
        for (Diagnosis d : p.diagnoses()) {
            condition(d, subject);
            emit(sink, "Condition", d.id());
        }
        for (Measurement m : p.measurements()) {
            observation(m, subject);
            emit(sink, "Observation", m.id());
        }
        for (Contact c : p.contacts()) {
            encounter(c, subject);
            emit(sink, "Encounter", c.id());
        }
        for (Prescription rx : p.prescriptions()) {
            medicationRequest(rx, subject, p.deathDate() == null);
            emit(sink, "MedicationRequest", rx.id());
        }
        for (WaitingListEntry w : p.waits()) {
            waitingListEntry(w, subject);
            emit(sink, "ServiceRequest", w.id());
        }
        for (DiagnosticRequest t : p.diagnosticRequests()) {
            diagnosticRequest(t, subject);
            emit(sink, "ServiceRequest", t.id());
        }
    }

    private void emit(Sink sink, String type, String id) {
        sink.resource(type, id, buffer.array(), buffer.size());
    }

    /** An organisation as a string (there are few). */
    String organizationJson(String id, OrganisationRef org) {
        organization(id, org);
        return buffer.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private void organization(String id, OrganisationRef org) {
        begin("Organization", id);
        try {
            g.writeArrayFieldStart("identifier");
            identifier(ODS, org.code());
            g.writeEndArray();
            g.writeBooleanField("active", true);
            g.writeArrayFieldStart("type");
            g.writeStartObject();
            coding("coding", "http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider");
            g.writeEndObject();
            g.writeEndArray();
            g.writeStringField("name", org.name());
            end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void patient(Person p) {
        begin("Patient", p.id());
        try {
            g.writeArrayFieldStart("extension");
            g.writeStartObject();
            g.writeStringField("url", ETHNIC_CATEGORY_EXTENSION);
            g.writeObjectFieldStart("valueCodeableConcept");
            coding("coding", ETHNIC_CATEGORY, p.ethnicity().code(), p.ethnicity().display());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("identifier");
            identifier(NHS_NUMBER, p.nhsNumber());
            g.writeEndArray();
            g.writeArrayFieldStart("name");
            g.writeStartObject();
            g.writeStringField("use", "official");
            g.writeStringField("family", p.familyName());
            g.writeArrayFieldStart("given");
            g.writeString(p.givenName());
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeStringField("gender", p.sex() == Sex.MALE ? "male" : "female");
            date("birthDate", p.birthDate());
            if (p.deathDate() != null) {
                date("deceasedDateTime", p.deathDate());
            }
            g.writeArrayFieldStart("address");
            g.writeStartObject();
            g.writeArrayFieldStart("extension");
            g.writeStartObject();
            g.writeStringField("url", LSOA_EXTENSION);
            g.writeStringField("valueString", p.lsoaCode());
            g.writeEndObject();
            g.writeEndArray();
            g.writeStringField("use", "home");
            g.writeStringField("district", p.placeName());
            g.writeStringField("country", "GB");
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("generalPractitioner");
            organisationReference(p.practiceCode());
            g.writeEndArray();
            end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void condition(Diagnosis d, String subject) {
        begin("Condition", d.id());
        try {
            concept("clinicalStatus", "http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active");
            concept("verificationStatus", "http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed", "Confirmed");
            g.writeArrayFieldStart("category");
            g.writeStartObject();
            coding("coding", "http://terminology.hl7.org/CodeSystem/condition-category", "problem-list-item", "Problem List Item");
            g.writeEndObject();
            g.writeEndArray();
            concept("code", SNOMED, d.condition().snomed(), d.condition().display());
            reference("subject", subject);
            date("onsetDateTime", d.onset());
            date("recordedDate", d.onset());
            end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void observation(Measurement m, String subject) {
        Measure measure = m.measure();
        begin("Observation", m.id());
        try {
            g.writeStringField("status", "final");
            g.writeArrayFieldStart("category");
            g.writeStartObject();
            String category = measure.vitalSign() ? "vital-signs" : measure == Measure.HBA1C ? "laboratory"
                    : measure == Measure.SMOKING_STATUS ? "social-history" : "survey";
            coding("coding", "http://terminology.hl7.org/CodeSystem/observation-category", category, categoryDisplay(category));
            g.writeEndObject();
            g.writeEndArray();
            concept("code", LOINC, measure.loinc(), measure.display());
            reference("subject", subject);
            date("effectiveDateTime", m.date());
            switch (measure) {
                case BLOOD_PRESSURE -> {
                    g.writeArrayFieldStart("component");
                    component("8480-6", "Systolic blood pressure", m.value());
                    component("8462-4", "Diastolic blood pressure", m.value2());
                    g.writeEndArray();
                }
                case SMOKING_STATUS -> {
                    SmokingStatus status = SmokingStatus.values()[(int) m.value()];
                    concept("valueCodeableConcept", SNOMED, status.snomed(), status.display());
                }
                case AUDIT_C, PHQ9, GAD7 -> g.writeNumberField("valueInteger", (int) m.value());
                default -> quantity("valueQuantity", m.value(), measure.unit());
            }
            end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String categoryDisplay(String category) {
        return switch (category) {
            case "vital-signs" -> "Vital Signs";
            case "laboratory" -> "Laboratory";
            case "social-history" -> "Social History";
            default -> "Survey";
        };
    }

    private void component(String loinc, String display, double value) throws IOException {
        g.writeStartObject();
        concept("code", LOINC, loinc, display);
        quantity("valueQuantity", value, "mm[Hg]");
        g.writeEndObject();
    }

    private void encounter(Contact c, String subject) {
        ContactKind kind = c.kind();
        begin("Encounter", c.id());
        try {
            g.writeStringField("status", "finished");
            g.writeObjectFieldStart("class");
            g.writeStringField("system", "http://terminology.hl7.org/CodeSystem/v3-ActCode");
            g.writeStringField("code", kind.encounterClass());
            g.writeStringField("display", kind.classDisplay());
            g.writeEndObject();
            g.writeArrayFieldStart("type");
            g.writeStartObject();
            coding("coding", SNOMED, kind.snomed(), kind.display());
            g.writeEndObject();
            g.writeEndArray();
            reference("subject", subject);
            g.writeObjectFieldStart("period");
            date("start", c.start());
            date("end", c.end());
            g.writeEndObject();
            if (kind == ContactKind.EMERGENCY_ADMISSION) {
                g.writeObjectFieldStart("hospitalization");
                concept("admitSource", "http://terminology.hl7.org/CodeSystem/admit-source", "emd",
                        "From accident/emergency department");
                g.writeEndObject();
            }
            if (c.providerCode() != null) {
                g.writeFieldName("serviceProvider");
                organisationReference(c.providerCode());
            }
            end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void medicationRequest(Prescription rx, String subject, boolean alive) {
        begin("MedicationRequest", rx.id());
        try {
            g.writeStringField("status", alive ? "active" : "stopped");
            g.writeStringField("intent", "order");
            concept("medicationCodeableConcept", SNOMED, rx.medicine().snomed(), rx.medicine().display());
            reference("subject", subject);
            date("authoredOn", rx.authoredOn());
            g.writeArrayFieldStart("reasonReference");
            g.writeStartObject();
            g.writeStringField("reference", "Condition/" + rx.diagnosisId());
            g.writeEndObject();
            g.writeEndArray();
            end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void waitingListEntry(WaitingListEntry w, String subject) {
        begin("ServiceRequest", w.id());
        try {
            g.writeArrayFieldStart("extension");
            g.writeStartObject();
            g.writeStringField("url", TREATMENT_FUNCTION_EXTENSION);
            g.writeObjectFieldStart("valueCoding");
            g.writeStringField("system", TREATMENT_FUNCTION);
            g.writeStringField("code", w.specialty().code());
            g.writeStringField("display", w.specialty().display());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            requestBody("rtt", "Referral to treatment", w.urgent() ? "urgent" : "routine", null, null, subject,
                    w.clockStart(), w.providerCode());
            end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void diagnosticRequest(DiagnosticRequest t, String subject) {
        begin("ServiceRequest", t.id());
        try {
            requestBody("diagnostic", "Diagnostic test", "routine", t.test().snomed(), t.test().display(), subject,
                    t.requested(), t.providerCode());
            end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared shape of waiting-list entries and test requests; {@code code} may be null. */
    private void requestBody(String category, String display, String priority, String code, String codeDisplay,
                             String subject, LocalDate authored, String provider) throws IOException {
        g.writeStringField("status", "active");
        g.writeStringField("intent", "order");
        category(category, display);
        g.writeStringField("priority", priority);
        if (code != null) {
            concept("code", SNOMED, code, codeDisplay);
        }
        reference("subject", subject);
        date("authoredOn", authored);
        performer(provider);
    }

    private void category(String code, String display) throws IOException {
        g.writeArrayFieldStart("category");
        g.writeStartObject();
        coding("coding", REQUEST_CATEGORY, code, display);
        g.writeEndObject();
        g.writeEndArray();
    }

    private void performer(String provider) throws IOException {
        if (provider != null) {
            g.writeArrayFieldStart("performer");
            organisationReference(provider);
            g.writeEndArray();
        }
    }

    private void begin(String type, String id) {
        buffer.reset();
        try {
            g.writeStartObject();
            g.writeStringField("resourceType", type);
            g.writeStringField("id", id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void end() throws IOException {
        g.writeEndObject();
        g.flush();
    }

    private void identifier(String system, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("system", system);
        g.writeStringField("value", value);
        g.writeEndObject();
    }

    /** A logical reference to an organisation by its ODS code. */
    private void organisationReference(String odsCode) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Organization");
        g.writeFieldName("identifier");
        identifier(ODS, odsCode);
        g.writeEndObject();
    }

    private void reference(String field, String reference) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("reference", reference);
        g.writeEndObject();
    }

    private void concept(String field, String system, String code, String display) throws IOException {
        g.writeObjectFieldStart(field);
        coding("coding", system, code, display);
        g.writeEndObject();
    }

    private void coding(String field, String system, String code, String display) throws IOException {
        g.writeArrayFieldStart(field);
        g.writeStartObject();
        g.writeStringField("system", system);
        g.writeStringField("code", code);
        g.writeStringField("display", display);
        g.writeEndObject();
        g.writeEndArray();
    }

    private void quantity(String field, double value, String unit) throws IOException {
        g.writeObjectFieldStart(field);
        if (value == Math.rint(value)) {
            g.writeNumberField("value", (long) value);
        } else {
            g.writeNumberField("value", value);
        }
        g.writeStringField("unit", unit.equals("mm[Hg]") ? "mmHg" : unit);
        g.writeStringField("system", UCUM);
        g.writeStringField("code", unit);
        g.writeEndObject();
    }

    private void date(String field, LocalDate date) throws IOException {
        g.writeStringField(field, date.toString());
    }
}
