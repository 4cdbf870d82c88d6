package org.openics.record.internal;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.NoValidation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openics.kernel.NhsNumber;
import org.openics.record.ingest.CodeChecks;

/**
 * HL7 v2 ADT messages (HAPI HL7v2; any 2.x version read with the 2.5.1 structures) mapped to FHIR R4 {@code Patient}
 * and {@code Encounter}, field by field as docs/fhir-conventions.md ("HL7 v2 ADT feeds") says, so that they go through
 * the same validation, quarantine and store as FHIR. A message that cannot be read, or lacks what identifies its
 * patient or visit, is refused with the reason (and answered with a NAK over MLLP).
 */
final class AdtMessages {

    /** Events mapped: admit, transfer, discharge, register, pre-admit, update, cancel admit/discharge, add/update person, merge. */
    static final Set<String> EVENTS =
            Set.of("A01", "A02", "A03", "A04", "A05", "A08", "A11", "A13", "A28", "A31", "A40");

    static final String LOCAL_PATIENT = "https://fhir.openics.org/Id/local-patient/";
    static final String VISIT_NUMBER = "https://fhir.openics.org/Id/visit-number/";
    private static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** PV1-2 patient class → Encounter.class (v3 ActCode). */
    private static final Map<String, String> CLASSES =
            Map.of("I", "IMP", "O", "AMB", "E", "EMER", "P", "PRENC", "R", "AMB", "B", "AMB");

    private final HapiContext context = new DefaultHapiContext();
    private final PipeParser parser;

    AdtMessages() {
        context.setValidationContext(new NoValidation()); // our rules judge the mapped resources, with reasons
        context.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
        // ACK control ids from the clock, not HAPI's default file-based counter (an id_file in the working directory)
        context.getParserConfiguration().setIdGenerator(new ca.uhn.hl7v2.util.idgenerator.NanoTimeGenerator());
        parser = context.getPipeParser();
    }

    /** A merge asked for by an A40: the prior patient record's person into the surviving one's. */
    record Merge(String survivingPatient, String priorPatient) {}

    /** What a message says, as FHIR resources, or why it cannot be read. */
    record Mapped(
            String controlId,
            String event,
            String facility,
            List<String> resources,
            Optional<Merge> merge,
            String problem) {

        static Mapped refused(String controlId, String event, String facility, String problem) {
            return new Mapped(controlId, event, facility, List.of(), Optional.empty(), problem);
        }

        boolean refused() {
            return problem != null;
        }
    }

    /** Messages of a file: each starts with an MSH segment; segments end with CR, LF or CRLF; MLLP framing ignored. */
    static List<Located> split(String text) {
        List<Located> messages = new ArrayList<>();
        StringBuilder current = null;
        long line = 0;
        long start = 0;
        for (String segment : text.replace("\u000b", "").replace("\u001c", "").split("\r\n|\r|\n", -1)) {
            line++;
            if (segment.startsWith("MSH")) {
                if (current != null) {
                    messages.add(new Located(current.toString(), start));
                }
                current = new StringBuilder();
                start = line;
            }
            if (current != null && !segment.isBlank()) {
                current.append(segment).append('\r');
            }
        }
        if (current != null) {
            messages.add(new Located(current.toString(), start));
        }
        return messages;
    }

    /** A message and the line of the file its MSH segment is on. */
    record Located(String text, long line) {}

    Mapped map(String text) {
        Message message;
        try {
            message = parser.parse(text);
        } catch (HL7Exception | RuntimeException e) {
            return Mapped.refused(null, null, null, "not a readable HL7 v2 message: " + e.getMessage());
        }
        Terser t = new Terser(message);
        String controlId = get(t, "/MSH-10");
        String type = get(t, "/MSH-9-1");
        String event = get(t, "/MSH-9-2");
        String facility = get(t, "/MSH-4-1");
        if (!"ADT".equals(type) || !EVENTS.contains(event)) {
            return Mapped.refused(
                    controlId,
                    event,
                    facility,
                    "HL7 v2 message type " + type + "^" + event + " is not an ADT event OpenICS maps ("
                            + String.join(", ", EVENTS.stream().sorted().toList()) + ")");
        }
        if (facility == null) {
            return Mapped.refused(
                    controlId,
                    event,
                    null,
                    "MSH-4 sending facility is empty: the organisation that sent it is unknown");
        }
        String ods = facility.trim().toUpperCase(Locale.ROOT);
        Optional<String> patientId = patientId(t, "/.PID-3", ods);
        if (patientId.isEmpty()) {
            return Mapped.refused(
                    controlId, event, ods, "PID-3 patient identifier list is empty: the patient cannot be identified");
        }
        List<String> resources = new ArrayList<>();
        resources.add(patient(t, patientId.get(), ods).toString());
        if (event.equals("A40")) {
            Optional<String> prior = patientId(t, "/.MRG-1", ods);
            if (prior.isEmpty()) {
                return Mapped.refused(
                        controlId, event, ods, "A40 without MRG-1 prior patient identifier: nothing to merge");
            }
            return new Mapped(
                    controlId, event, ods, resources, Optional.of(new Merge(patientId.get(), prior.get())), null);
        }
        if (!Set.of("A28", "A31").contains(event)) {
            String visit = get(t, "/.PV1-19-1");
            if (visit == null) {
                if (Set.of("A01", "A02", "A03", "A11", "A13").contains(event)) {
                    return Mapped.refused(
                            controlId,
                            event,
                            ods,
                            "PV1-19 visit number is empty: the " + event + " cannot name its encounter");
                }
            } else {
                resources.add(encounter(t, event, patientId.get(), ods, visit).toString());
            }
        }
        return new Mapped(controlId, event, ods, resources, Optional.empty(), null);
    }

    /** An ACK (AA) for a message taken, or a NAK (AE) with the reason; null when the message could not even be parsed for one. */
    String acknowledge(String text, String error) {
        try {
            Message message = parser.parse(text);
            Message ack = error == null
                    ? message.generateACK()
                    : message.generateACK(AcknowledgmentCode.AE, new HL7Exception(error));
            return parser.encode(ack);
        } catch (HL7Exception | IOException | RuntimeException e) {
            return null;
        }
    }

    /** The patient's id in the record: the sending facility's own number for them (else the NHS number), made safe for a FHIR id. */
    private Optional<String> patientId(Terser t, String field, String ods) {
        String local = null;
        String nhs = null;
        for (int i = 0; i < 10; i++) {
            String value = get(t, field + "(" + i + ")-1");
            if (value == null) {
                break;
            }
            if (isNhsNumber(t, field, i)) {
                nhs = nhs == null ? value : nhs;
            } else {
                local = local == null ? value : local;
            }
        }
        String chosen = local != null ? local : nhs;
        if (chosen == null) {
            return Optional.empty();
        }
        String id = ("hl7-" + ods + "-" + chosen).replaceAll("[^A-Za-z0-9.\\-]", "-");
        return Optional.of(id.length() > 64 ? id.substring(0, 64) : id);
    }

    /** An NHS number in PID-3: assigning authority NHS or identifier type NH (as NHS England's HL7 v2 guidance sends it). */
    private boolean isNhsNumber(Terser t, String field, int repetition) {
        String authority = get(t, field + "(" + repetition + ")-4-1");
        String type = get(t, field + "(" + repetition + ")-5");
        return "NHS".equalsIgnoreCase(authority) || "NH".equalsIgnoreCase(type);
    }

    private ObjectNode patient(Terser t, String id, String ods) {
        ObjectNode patient =
                JSON.createObjectNode().put("resourceType", "Patient").put("id", id);
        ArrayNode identifiers = patient.putArray("identifier");
        for (int i = 0; i < 10; i++) {
            String value = get(t, "/.PID-3(" + i + ")-1");
            if (value == null) {
                break;
            }
            identifiers
                    .addObject()
                    .put("system", isNhsNumber(t, "/.PID-3", i) ? NhsNumber.SYSTEM : LOCAL_PATIENT + ods)
                    .put("value", isNhsNumber(t, "/.PID-3", i) ? value.replace(" ", "") : value);
        }
        String family = get(t, "/.PID-5-1-1");
        String given = get(t, "/.PID-5-2");
        if (family != null || given != null) {
            ObjectNode name = patient.putArray("name").addObject();
            if (family != null) {
                name.put("family", family);
            }
            if (given != null) {
                name.putArray("given").add(given);
                String middle = get(t, "/.PID-5-3");
                if (middle != null) {
                    ((ArrayNode) name.get("given")).add(middle);
                }
            }
        }
        Optional.ofNullable(gender(get(t, "/.PID-8"))).ifPresent(g -> patient.put("gender", g));
        Optional.ofNullable(date(get(t, "/.PID-7-1"))).ifPresent(d -> patient.put("birthDate", d));
        String street = get(t, "/.PID-11-1-1");
        String city = get(t, "/.PID-11-3");
        String postcode = get(t, "/.PID-11-5");
        if (street != null || city != null || postcode != null) {
            ObjectNode address = patient.putArray("address").addObject();
            if (street != null) {
                address.putArray("line").add(street);
            }
            if (city != null) {
                address.put("city", city);
            }
            if (postcode != null) {
                address.put("postalCode", postcode);
            }
        }
        String died = dateTime(get(t, "/.PID-29-1"));
        if (died != null) {
            patient.put("deceasedDateTime", died);
        } else if ("Y".equals(get(t, "/.PID-30"))) {
            patient.put("deceasedBoolean", true);
        }
        String ethnic = get(t, "/.PID-22-1");
        if (ethnic != null) {
            patient.putArray("extension")
                    .addObject()
                    .put("url", ClinicalExtracts.ETHNICITY)
                    .putObject("valueCodeableConcept")
                    .putArray("coding")
                    .addObject()
                    .put("system", CodeChecks.ETHNIC_CATEGORY)
                    .put("code", ethnic);
        }
        String practice = Optional.ofNullable(get(t, "/.PD1-3-10")).orElse(get(t, "/.PD1-3-3"));
        if (practice != null) {
            patient.putArray("generalPractitioner")
                    .addObject()
                    .putObject("identifier")
                    .put("system", ClinicalExtracts.ODS)
                    .put("value", practice.trim().toUpperCase(Locale.ROOT));
        }
        return patient;
    }

    private ObjectNode encounter(Terser t, String event, String patientId, String ods, String visit) {
        String id = ("hl7-" + ods + "-v-" + visit).replaceAll("[^A-Za-z0-9.\\-]", "-");
        ObjectNode encounter = JSON.createObjectNode()
                .put("resourceType", "Encounter")
                .put("id", id.length() > 64 ? id.substring(0, 64) : id);
        encounter
                .putArray("identifier")
                .addObject()
                .put("system", VISIT_NUMBER + ods)
                .put("value", visit);
        String admitted = dateTime(get(t, "/.PV1-44-1"));
        String discharged = dateTime(get(t, "/.PV1-45-1"));
        encounter.put("status", status(event, discharged != null));
        String patientClass = get(t, "/.PV1-2");
        if (patientClass != null && CLASSES.containsKey(patientClass)) {
            encounter.putObject("class").put("system", ACT_CODE).put("code", CLASSES.get(patientClass));
        }
        encounter.putObject("subject").put("reference", "Patient/" + patientId);
        if (admitted != null || discharged != null) {
            ObjectNode period = encounter.putObject("period");
            if (admitted != null) {
                period.put("start", admitted);
            }
            if (discharged != null) {
                period.put("end", discharged);
            }
        }
        String admissionType = get(t, "/.PV1-4");
        if (admissionType != null && (admissionType.equals("E") || admissionType.matches("2[1-8]"))) {
            encounter
                    .putObject("hospitalization")
                    .putObject("admitSource")
                    .putArray("coding")
                    .addObject()
                    .put("system", "http://terminology.hl7.org/CodeSystem/admit-source")
                    .put("code", "emd");
        }
        String ward = get(t, "/.PV1-3-1");
        if (ward != null) {
            String bed = get(t, "/.PV1-3-3");
            encounter
                    .putArray("location")
                    .addObject()
                    .put("status", "A02".equals(event) || discharged == null ? "active" : "completed")
                    .putObject("location")
                    .put("display", ward + (bed == null ? "" : ", bed " + bed));
        }
        encounter
                .putObject("serviceProvider")
                .putObject("identifier")
                .put("system", ClinicalExtracts.ODS)
                .put("value", ods);
        return encounter;
    }

    private static String status(String event, boolean discharged) {
        return switch (event) {
            case "A03" -> "finished";
            case "A04" -> discharged ? "finished" : "arrived";
            case "A05" -> "planned";
            case "A11" -> "cancelled";
            default -> discharged ? "finished" : "in-progress"; // A01, A02, A08, A13
        };
    }

    private static String gender(String sex) {
        return sex == null
                ? null
                : switch (sex) {
                    case "M" -> "male";
                    case "F" -> "female";
                    case "O", "A", "N" -> "other";
                    default -> "unknown";
                };
    }

    /** YYYYMMDD as a FHIR date, written as sent when it is no calendar date (the rules then say so). */
    static String date(String ts) {
        if (ts == null
                || ts.length() < 4
                || !ts.substring(0, Math.min(8, ts.length())).chars().allMatch(Character::isDigit)) {
            return ts == null ? null : ts;
        }
        if (ts.length() < 6) {
            return ts.substring(0, 4);
        }
        if (ts.length() < 8) {
            return ts.substring(0, 4) + "-" + ts.substring(4, 6);
        }
        return ts.substring(0, 4) + "-" + ts.substring(4, 6) + "-" + ts.substring(6, 8);
    }

    /**
     * YYYYMMDDHHMM[SS][.S][+ZZZZ] as a FHIR dateTime; without an offset, the time is taken as UK local time (Europe/London,
     * so BST in summer), as PAS systems here send it. A time that is no time of the calendar is written as its date, which
     * the rules then judge.
     */
    static String dateTime(String ts) {
        if (ts == null || ts.length() < 12) {
            return date(ts);
        }
        var matcher = java.util.regex.Pattern.compile("([0-9]{12})([0-9]{2})?(?:\\.[0-9]+)?([+\\-][0-9]{4})?")
                .matcher(ts);
        if (!matcher.matches()) {
            return date(ts);
        }
        try {
            java.time.LocalDateTime local = java.time.LocalDateTime.parse(
                    matcher.group(1) + (matcher.group(2) == null ? "00" : matcher.group(2)),
                    java.time.format.DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
                            .withResolverStyle(java.time.format.ResolverStyle.STRICT));
            java.time.ZoneId zone = matcher.group(3) == null
                    ? java.time.ZoneId.of("Europe/London")
                    : java.time.ZoneOffset.of(matcher.group(3).substring(0, 3) + ":"
                            + matcher.group(3).substring(3));
            return local.atZone(zone).format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX"));
        } catch (java.time.DateTimeException e) {
            return date(ts);
        }
    }

    private static String get(Terser t, String path) {
        try {
            String value = t.get(path);
            return value == null || value.isBlank() ? null : value.trim();
        } catch (HL7Exception | RuntimeException e) {
            return null;
        }
    }
}
