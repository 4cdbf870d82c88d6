package org.openics.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * The demo's named resident, so that the README's tour has someone to sign in as and someone for the clinician to look
 * up: Rita Resident, NHS number 900 000 0009 (the demo resident account's), registered at the demo GP practice
 * (Z00001, the demo clinician's) and seen by the community provider (ZBHC1, the demo care worker's). Her record is
 * added to the generated sample before it is ingested, in the generator's own shapes: type 2 diabetes and hypertension,
 * HbA1c, blood pressure (a panel with systolic and diastolic components), BMI, smoking status, AUDIT-C, two contacts and
 * two repeat medicines. She lives where another patient of the practice lives (the sample's first), so that her LSOA is
 * one of the demo ICS's. The 900 block is outside the numbers issued to patients, like the generator's 999 block.
 */
final class DemoResident {

    static final String NHS_NUMBER = "9000000009";
    static final String PRACTICE = "Z00001";
    static final String COMMUNITY_PROVIDER = "ZBHC1";
    static final String PATIENT_ID = "demo-resident";

    private static final String NHS = "https://fhir.nhs.uk/Id/nhs-number";
    private static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";
    private static final String SNOMED = "http://snomed.info/sct";
    private static final String LOINC = "http://loinc.org";

    private DemoResident() {}

    /** Adds her resources to the generated NDJSON in {@code folder}; the number of resources added. */
    static int addTo(Path folder) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Optional<JsonNode> address = neighbourAddress(json, folder.resolve("Patient.ndjson"));
        String patient = "{\"resourceType\":\"Patient\",\"id\":\"" + PATIENT_ID + "\",\"identifier\":[{\"system\":\""
                + NHS + "\",\"value\":\""
                + NHS_NUMBER
                + "\"}],\"name\":[{\"use\":\"official\",\"family\":\"Resident\",\"given\":[\"Rita\"]}],\"gender\":\"female\","
                + "\"birthDate\":\"1958-03-14\",\"generalPractitioner\":[{\"identifier\":{\"system\":\"" + ODS
                + "\",\"value\":\"" + PRACTICE
                + "\"}}]}";
        if (address.isPresent()) {
            ObjectNode withAddress = (ObjectNode) json.readTree(patient);
            withAddress.set("address", address.get());
            patient = json.writeValueAsString(withAddress);
        }
        String subject = "{\"reference\":\"Patient/" + PATIENT_ID + "\"}";
        List<String> conditions = List.of(
                condition("demo-resident-t2dm", "44054006", "Type 2 diabetes mellitus", "2015-04-01", subject),
                condition(
                        "demo-resident-htn",
                        "38341003",
                        "Hypertensive disorder, systemic arterial",
                        "2018-09-12",
                        subject));
        List<String> observations = List.of(
                quantity(
                        "demo-resident-hba1c-1",
                        "laboratory",
                        "59261-8",
                        "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol",
                        "2025-07-10",
                        58,
                        "mmol/mol",
                        subject),
                quantity(
                        "demo-resident-hba1c-2",
                        "laboratory",
                        "59261-8",
                        "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol",
                        "2026-01-12",
                        61,
                        "mmol/mol",
                        subject),
                bloodPressure("demo-resident-bp-1", "2026-01-12", 148, 92, subject),
                bloodPressure("demo-resident-bp-2", "2026-05-20", 138, 86, subject),
                quantity(
                        "demo-resident-bmi",
                        "vital-signs",
                        "39156-5",
                        "Body mass index (BMI) [Ratio]",
                        "2026-05-20",
                        31.2,
                        "kg/m2",
                        subject),
                "{\"resourceType\":\"Observation\",\"id\":\"demo-resident-smoking\",\"status\":\"final\","
                        + category("social-history", "Social History")
                        + ",\"code\":" + concept(LOINC, "72166-2", "Tobacco smoking status") + ",\"subject\":" + subject
                        + ",\"effectiveDateTime\":\"2026-05-20\",\"valueCodeableConcept\":"
                        + concept(SNOMED, "8517006", "Ex-smoker") + "}",
                "{\"resourceType\":\"Observation\",\"id\":\"demo-resident-auditc\",\"status\":\"final\","
                        + category("survey", "Survey")
                        + ",\"code\":" + concept(LOINC, "75626-2", "Total score [AUDIT-C]") + ",\"subject\":" + subject
                        + ",\"effectiveDateTime\":\"2026-05-20\",\"valueInteger\":3}");
        List<String> encounters = List.of(
                encounter(
                        "demo-resident-gp",
                        "AMB",
                        "ambulatory",
                        "11429006",
                        "Consultation",
                        "2026-05-20",
                        PRACTICE,
                        subject),
                encounter(
                        "demo-resident-community",
                        "AMB",
                        "ambulatory",
                        "185389009",
                        "Follow-up visit",
                        "2026-06-02",
                        COMMUNITY_PROVIDER,
                        subject));
        List<String> medicines = List.of(
                medicine(
                        "demo-resident-metformin",
                        "325278007",
                        "Metformin 500mg tablets",
                        "2015-04-20",
                        "demo-resident-t2dm",
                        subject),
                medicine(
                        "demo-resident-amlodipine",
                        "319283006",
                        "Amlodipine 5mg tablets",
                        "2018-10-01",
                        "demo-resident-htn",
                        subject));
        append(folder.resolve("Patient.ndjson"), List.of(patient));
        append(folder.resolve("Condition.ndjson"), conditions);
        append(folder.resolve("Observation.ndjson"), observations);
        append(folder.resolve("Encounter.ndjson"), encounters);
        append(folder.resolve("MedicationRequest.ndjson"), medicines);
        return 1 + conditions.size() + observations.size() + encounters.size() + medicines.size();
    }

    /** The address of the first generated patient of the practice (their LSOA is one of the demo ICS's). */
    private static Optional<JsonNode> neighbourAddress(ObjectMapper json, Path patients) throws IOException {
        if (!Files.exists(patients)) {
            return Optional.empty();
        }
        try (BufferedReader lines = Files.newBufferedReader(patients, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.contains(PRACTICE)) {
                    continue;
                }
                JsonNode patient = json.readTree(line);
                if (patient.path("generalPractitioner").toString().contains(PRACTICE) && patient.has("address")) {
                    return Optional.of(patient.get("address"));
                }
            }
        }
        return Optional.empty();
    }

    private static void append(Path file, List<String> lines) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String concept(String system, String code, String display) {
        return "{\"coding\":[{\"system\":\"" + system + "\",\"code\":\"" + code + "\",\"display\":\"" + display
                + "\"}]}";
    }

    private static String category(String code, String display) {
        return "\"category\":[" + concept("http://terminology.hl7.org/CodeSystem/observation-category", code, display)
                + "]";
    }

    private static String condition(String id, String code, String display, String onset, String subject) {
        return "{\"resourceType\":\"Condition\",\"id\":\"" + id + "\",\"clinicalStatus\":"
                + concept("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active")
                + ",\"verificationStatus\":"
                + concept("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed", "Confirmed")
                + ",\"category\":["
                + concept(
                        "http://terminology.hl7.org/CodeSystem/condition-category",
                        "problem-list-item",
                        "Problem List Item")
                + "],\"code\":"
                + concept(SNOMED, code, display) + ",\"subject\":" + subject + ",\"onsetDateTime\":\"" + onset
                + "\",\"recordedDate\":\""
                + onset + "\"}";
    }

    private static String quantity(
            String id,
            String category,
            String loinc,
            String display,
            String date,
            double value,
            String unit,
            String subject) {
        return "{\"resourceType\":\"Observation\",\"id\":\"" + id + "\",\"status\":\"final\","
                + category(category, categoryDisplay(category))
                + ",\"code\":" + concept(LOINC, loinc, display) + ",\"subject\":" + subject
                + ",\"effectiveDateTime\":\"" + date
                + "\",\"valueQuantity\":" + amount(value, unit) + "}";
    }

    private static String amount(double value, String unit) {
        String number = value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        return "{\"value\":" + number + ",\"unit\":\"" + unit
                + "\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"" + unit + "\"}";
    }

    private static String categoryDisplay(String category) {
        return category.equals("laboratory") ? "Laboratory" : "Vital Signs";
    }

    private static String bloodPressure(String id, String date, int systolic, int diastolic, String subject) {
        return "{\"resourceType\":\"Observation\",\"id\":\"" + id + "\",\"status\":\"final\","
                + category("vital-signs", "Vital Signs")
                + ",\"code\":" + concept(LOINC, "85354-9", "Blood pressure panel with all children optional")
                + ",\"subject\":" + subject
                + ",\"effectiveDateTime\":\"" + date + "\",\"component\":[{\"code\":"
                + concept(LOINC, "8480-6", "Systolic blood pressure")
                + ",\"valueQuantity\":" + amount(systolic, "mm[Hg]") + "},{\"code\":"
                + concept(LOINC, "8462-4", "Diastolic blood pressure")
                + ",\"valueQuantity\":" + amount(diastolic, "mm[Hg]") + "}]}";
    }

    private static String encounter(
            String id,
            String classCode,
            String classDisplay,
            String type,
            String typeDisplay,
            String date,
            String provider,
            String subject) {
        return "{\"resourceType\":\"Encounter\",\"id\":\"" + id + "\",\"status\":\"finished\",\"class\":{\"system\":"
                + "\"http://terminology.hl7.org/CodeSystem/v3-ActCode\",\"code\":\"" + classCode + "\",\"display\":\""
                + classDisplay
                + "\"},\"type\":[" + concept(SNOMED, type, typeDisplay) + "],\"subject\":" + subject
                + ",\"period\":{\"start\":\"" + date
                + "\",\"end\":\"" + date + "\"},\"serviceProvider\":{\"identifier\":{\"system\":\"" + ODS
                + "\",\"value\":\"" + provider + "\"}}}";
    }

    private static String medicine(
            String id, String code, String display, String authored, String reason, String subject) {
        return "{\"resourceType\":\"MedicationRequest\",\"id\":\"" + id
                + "\",\"status\":\"active\",\"intent\":\"order\","
                + "\"medicationCodeableConcept\":" + concept(SNOMED, code, display) + ",\"subject\":" + subject
                + ",\"authoredOn\":\""
                + authored + "\",\"reasonReference\":[{\"reference\":\"Condition/" + reason + "\"}]}";
    }
}
