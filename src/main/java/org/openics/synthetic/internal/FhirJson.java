package org.openics.synthetic.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import org.openics.synthetic.population.ContactKind;
import org.openics.synthetic.population.Measure;
import org.openics.synthetic.population.Person;
import org.openics.synthetic.population.Person.Contact;
import org.openics.synthetic.population.Person.Diagnosis;
import org.openics.synthetic.population.Person.DiagnosticRequest;
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
    static final String ETHNIC_CATEGORY_EXTENSION =
            "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";
    static final String ETHNIC_CATEGORY = "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland";
    static final String LSOA_EXTENSION = "https://fhir.openics.org/StructureDefinition/lsoa-2021";
    static final String REQUEST_CATEGORY = "https://fhir.openics.org/CodeSystem/request-category";
    static final String TREATMENT_FUNCTION_EXTENSION =
            "https://fhir.openics.org/StructureDefinition/treatment-function";
    static final String TREATMENT_FUNCTION =
            "https://fhir.nhs.uk/CodeSystem/NHSDataModelAndDictionary-treatment-function";

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
            array("identifier");
            identifier(ODS, org.code().value());
            g.writeEndArray();
            g.writeBooleanField("active", true);
            array("type");
            g.writeStartObject();
            coding("coding", "http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider");
            g.writeEndObject();
            g.writeEndArray();
            text("name", org.name());
            end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void patient(Person p) {
        begin("Patient", p.id());
        try {
            array("extension");
            g.writeStartObject();
            constant("url", ETHNIC_CATEGORY_EXTENSION);
            object("valueCodeableConcept");
            coding(
                    "coding",
                    ETHNIC_CATEGORY,
                    p.ethnicity().code(),
                    p.ethnicity().display());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            array("identifier");
            identifier(NHS_NUMBER, p.nhsNumber().value());
            g.writeEndArray();
            array("name");
            g.writeStartObject();
            constant("use", "official");
            constant("family", p.familyName());
            array("given");
            g.writeString(cached(p.givenName()));
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            constant("gender", p.sex() == Sex.MALE ? "male" : "female");
            date("birthDate", p.birthDate());
            if (p.deathDate() != null) {
                date("deceasedDateTime", p.deathDate());
            }
            array("address");
            g.writeStartObject();
            array("extension");
            g.writeStartObject();
            constant("url", LSOA_EXTENSION);
            constant("valueString", p.lsoaCode());
            g.writeEndObject();
            g.writeEndArray();
            constant("use", "home");
            constant("district", p.placeName());
            constant("country", "GB");
            g.writeEndObject();
            g.writeEndArray();
            array("generalPractitioner");
            organisationReference(p.practiceCode().value());
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
            concept(
                    "verificationStatus",
                    "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                    "confirmed",
                    "Confirmed");
            array("category");
            g.writeStartObject();
            coding(
                    "coding",
                    "http://terminology.hl7.org/CodeSystem/condition-category",
                    "problem-list-item",
                    "Problem List Item");
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
            constant("status", "final");
            array("category");
            g.writeStartObject();
            String category = measure.vitalSign()
                    ? "vital-signs"
                    : measure == Measure.HBA1C
                            ? "laboratory"
                            : measure == Measure.SMOKING_STATUS ? "social-history" : "survey";
            coding(
                    "coding",
                    "http://terminology.hl7.org/CodeSystem/observation-category",
                    category,
                    categoryDisplay(category));
            g.writeEndObject();
            g.writeEndArray();
            concept("code", LOINC, measure.loinc(), measure.display());
            reference("subject", subject);
            date("effectiveDateTime", m.date());
            switch (measure) {
                case BLOOD_PRESSURE -> {
                    array("component");
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
            constant("status", "finished");
            object("class");
            constant("system", "http://terminology.hl7.org/CodeSystem/v3-ActCode");
            constant("code", kind.encounterClass());
            constant("display", kind.classDisplay());
            g.writeEndObject();
            array("type");
            g.writeStartObject();
            coding("coding", SNOMED, kind.snomed(), kind.display());
            g.writeEndObject();
            g.writeEndArray();
            reference("subject", subject);
            object("period");
            date("start", c.start());
            date("end", c.end());
            g.writeEndObject();
            if (kind == ContactKind.EMERGENCY_ADMISSION) {
                object("hospitalization");
                concept(
                        "admitSource",
                        "http://terminology.hl7.org/CodeSystem/admit-source",
                        "emd",
                        "From accident/emergency department");
                g.writeEndObject();
            }
            if (c.providerCode() != null) {
                field("serviceProvider");
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
            constant("status", alive ? "active" : "stopped");
            constant("intent", "order");
            concept(
                    "medicationCodeableConcept",
                    SNOMED,
                    rx.medicine().snomed(),
                    rx.medicine().display());
            reference("subject", subject);
            date("authoredOn", rx.authoredOn());
            array("reasonReference");
            g.writeStartObject();
            text("reference", "Condition/" + rx.diagnosisId());
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
            array("extension");
            g.writeStartObject();
            constant("url", TREATMENT_FUNCTION_EXTENSION);
            object("valueCoding");
            constant("system", TREATMENT_FUNCTION);
            constant("code", w.specialty().code());
            constant("display", w.specialty().display());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            requestBody(
                    "rtt",
                    "Referral to treatment",
                    w.urgent() ? "urgent" : "routine",
                    null,
                    null,
                    subject,
                    w.clockStart(),
                    w.providerCode());
            end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void diagnosticRequest(DiagnosticRequest t, String subject) {
        begin("ServiceRequest", t.id());
        try {
            requestBody(
                    "diagnostic",
                    "Diagnostic test",
                    "routine",
                    t.test().snomed(),
                    t.test().display(),
                    subject,
                    t.requested(),
                    t.providerCode());
            end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared shape of waiting-list entries and test requests; {@code code} may be null. */
    private void requestBody(
            String category,
            String display,
            String priority,
            String code,
            String codeDisplay,
            String subject,
            LocalDate authored,
            String provider)
            throws IOException {
        constant("status", "active");
        constant("intent", "order");
        category(category, display);
        constant("priority", priority);
        if (code != null) {
            concept("code", SNOMED, code, codeDisplay);
        }
        reference("subject", subject);
        date("authoredOn", authored);
        performer(provider);
    }

    private void category(String code, String display) throws IOException {
        array("category");
        g.writeStartObject();
        coding("coding", REQUEST_CATEGORY, code, display);
        g.writeEndObject();
        g.writeEndArray();
    }

    private void performer(String provider) throws IOException {
        if (provider != null) {
            array("performer");
            organisationReference(provider);
            g.writeEndArray();
        }
    }

    private void begin(String type, String id) {
        buffer.reset();
        try {
            g.writeStartObject();
            constant("resourceType", type);
            text("id", id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void end() throws IOException {
        g.writeEndObject();
        g.flush();
    }

    /**
     * Field names and bounded values (codes, displays, systems, LSOA codes, names) pre-encoded once per
     * thread. Keyed by identity: these strings are literals, enum fields and the frame's own, so lookup
     * needs no hashing of contents; the cap keeps a caller passing fresh strings from growing it.
     */
    private final IdentityHashMap<String, SerializedString> encoded = new IdentityHashMap<>(1024);

    private SerializedString cached(String text) {
        SerializedString value = encoded.get(text);
        if (value == null) {
            value = new SerializedString(text);
            if (encoded.size() < 100_000) {
                encoded.put(text, value);
            }
        }
        return value;
    }

    private void field(String name) throws IOException {
        g.writeFieldName(cached(name));
    }

    /** A field whose value comes from a small set (pre-encoded; never ids, dates or NHS numbers). */
    private void constant(String name, String value) throws IOException {
        field(name);
        g.writeString(cached(value));
    }

    private void text(String name, String value) throws IOException {
        field(name);
        g.writeString(value);
    }

    private void array(String name) throws IOException {
        field(name);
        g.writeStartArray();
    }

    private void object(String name) throws IOException {
        field(name);
        g.writeStartObject();
    }

    private void identifier(String system, String value) throws IOException {
        g.writeStartObject();
        constant("system", system);
        text("value", value);
        g.writeEndObject();
    }

    /** A logical reference to an organisation by its ODS code. */
    private void organisationReference(String odsCode) throws IOException {
        g.writeStartObject();
        constant("type", "Organization");
        field("identifier");
        identifier(ODS, odsCode);
        g.writeEndObject();
    }

    private void reference(String field, String reference) throws IOException {
        object(field);
        text("reference", reference);
        g.writeEndObject();
    }

    private void concept(String field, String system, String code, String display) throws IOException {
        object(field);
        coding("coding", system, code, display);
        g.writeEndObject();
    }

    private void coding(String field, String system, String code, String display) throws IOException {
        array(field);
        g.writeStartObject();
        constant("system", system);
        constant("code", code);
        constant("display", display);
        g.writeEndObject();
        g.writeEndArray();
    }

    private void quantity(String field, double value, String unit) throws IOException {
        object(field);
        if (value == Math.rint(value)) {
            g.writeNumberField("value", (long) value);
        } else {
            g.writeNumberField("value", value);
        }
        constant("unit", unit.equals("mm[Hg]") ? "mmHg" : unit);
        constant("system", UCUM);
        constant("code", unit);
        g.writeEndObject();
    }

    private void date(String field, LocalDate date) throws IOException {
        text(field, date.toString());
    }
}
