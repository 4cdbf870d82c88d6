package org.openics.record.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.openics.kernel.NhsNumber;
import org.openics.record.linkage.Demographics;
import org.openics.record.linkage.PersonLinking;

/**
 * Reads what the record needs from R4 resources following docs/fhir-conventions.md: who a resource is
 * about, which organisations it relates a person to, a patient's identity and demographics, and the
 * analytic fact it contributes.
 */
final class ClinicalExtracts {

    static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";
    static final String ETHNICITY = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";
    static final String LSOA = "https://fhir.openics.org/StructureDefinition/lsoa-2021";
    static final String REQUEST_CATEGORY = "https://fhir.openics.org/CodeSystem/request-category";
    static final String TREATMENT_FUNCTION = "https://fhir.openics.org/StructureDefinition/treatment-function";

    private ClinicalExtracts() {}

    static List<String> identifiers(Resource resource) {
        List<String> result = new ArrayList<>();
        if (resource instanceof Patient patient) {
            for (Identifier identifier : patient.getIdentifier()) {
                result.add(identifier.getSystem() + "|" + identifier.getValue());
            }
        }
        return result;
    }

    /** The Patient id a resource is about (the patient itself for a Patient), or empty. */
    static Optional<String> patientId(Resource resource) {
        if (resource instanceof Patient) {
            return Optional.of(resource.getIdPart());
        }
        for (String element : new String[] {"subject", "patient"}) {
            var child = resource.getNamedProperty(element);
            if (child != null && child.hasValues() && child.getValues().get(0) instanceof Reference reference) {
                String ref = reference.getReference();
                if (ref != null && ref.startsWith("Patient/")) {
                    return Optional.of(ref.substring("Patient/".length()));
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> ods(Reference reference) {
        if (reference != null
                && reference.hasIdentifier()
                && ODS.equals(reference.getIdentifier().getSystem())) {
            return Optional.ofNullable(reference.getIdentifier().getValue());
        }
        return Optional.empty();
    }

    /** Organisations the resource relates its patient to (ODS code → relationship in words). */
    static Map<String, String> organisations(Resource resource) {
        Map<String, String> result = new LinkedHashMap<>();
        if (resource instanceof Patient patient) {
            patient.getGeneralPractitioner()
                    .forEach(gp -> ods(gp).ifPresent(code -> result.put(code, "registered at practice " + code)));
        } else if (resource instanceof Encounter encounter) {
            ods(encounter.getServiceProvider()).ifPresent(code -> result.put(code, "encounter with " + code));
        } else if (resource instanceof ServiceRequest request) {
            String what = isCategory(request, "rtt") ? "waiting list entry with " : "referral to ";
            request.getPerformer().forEach(p -> ods(p).ifPresent(code -> result.put(code, what + code)));
            ods(request.getRequester()).ifPresent(code -> result.putIfAbsent(code, "referral from " + code));
        }
        return result;
    }

    static boolean isCategory(ServiceRequest request, String code) {
        return request.getCategory().stream()
                .flatMap(c -> c.getCoding().stream())
                .anyMatch(c -> REQUEST_CATEGORY.equals(c.getSystem()) && code.equals(c.getCode()));
    }

    /** Identity of a patient record for the master person index. */
    static PersonLinking.PatientIdentity identity(Patient patient) {
        Optional<NhsNumber> nhs = patient.getIdentifier().stream()
                .filter(i -> NhsNumber.SYSTEM.equals(i.getSystem()) && NhsNumber.isValid(i.getValue()))
                .map(i -> new NhsNumber(i.getValue()))
                .findFirst();
        String local = patient.getIdentifier().stream()
                .filter(i -> !NhsNumber.SYSTEM.equals(i.getSystem()))
                .map(i -> i.getSystem() + "|" + i.getValue())
                .findFirst()
                .orElse("Patient/" + patient.getIdPart());
        String family = patient.hasName() ? patient.getNameFirstRep().getFamily() : null;
        String given = patient.hasName() && patient.getNameFirstRep().hasGiven()
                ? patient.getNameFirstRep().getGiven().get(0).getValue()
                : null;
        String postcode = patient.hasAddress() ? patient.getAddressFirstRep().getPostalCode() : null;
        return new PersonLinking.PatientIdentity(
                nhs, local, new Demographics(family, given, day(patient.getBirthDate()), postcode));
    }

    static LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    static String code(CodeableConcept concept) {
        return concept == null || !concept.hasCoding()
                ? null
                : concept.getCodingFirstRep().getCode();
    }

    static String system(CodeableConcept concept) {
        return concept == null || !concept.hasCoding()
                ? null
                : concept.getCodingFirstRep().getSystem();
    }

    // ---- analytic facts (patient-level; the store adds the pseudonym) ----

    record PersonFacts(
            String practice, String lsoa, LocalDate birthDate, String sex, String ethnicity, LocalDate death) {}

    static PersonFacts person(Patient patient) {
        String practice = patient.getGeneralPractitioner().stream()
                .map(ClinicalExtracts::ods)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null);
        String lsoa = null;
        if (patient.hasAddress()) {
            Extension extension = patient.getAddressFirstRep().getExtensionByUrl(LSOA);
            lsoa = extension == null ? null : extension.getValue().primitiveValue();
        }
        String ethnicity = null;
        Extension ethnic = patient.getExtensionByUrl(ETHNICITY);
        if (ethnic != null && ethnic.getValue() instanceof CodeableConcept concept) {
            ethnicity = code(concept);
        }
        LocalDate death = patient.hasDeceasedDateTimeType()
                ? day(patient.getDeceasedDateTimeType().getValue())
                : null;
        return new PersonFacts(
                practice,
                lsoa,
                day(patient.getBirthDate()),
                patient.hasGender() ? patient.getGender().toCode() : null,
                ethnicity,
                death);
    }

    record ConditionFacts(String code, String system, LocalDate onset, String recorder) {}

    static ConditionFacts condition(Condition condition) {
        LocalDate onset = condition.hasOnsetDateTimeType()
                ? day(condition.getOnsetDateTimeType().getValue())
                : day(condition.getRecordedDate());
        return new ConditionFacts(
                code(condition.getCode()),
                system(condition.getCode()),
                onset,
                ods(condition.getRecorder()).orElse(null));
    }

    record ObservationFacts(
            String code,
            String system,
            LocalDate date,
            Double value,
            String unit,
            String recorder,
            String valueCode,
            Double diastolic) {}

    static final String SYSTOLIC = "8480-6";
    static final String DIASTOLIC = "8462-4";

    /**
     * The observation's value: a quantity or an integer score; a coded value (e.g. smoking status) as its code;
     * for a blood pressure panel, the systolic component as the value and the diastolic one beside it.
     */
    static ObservationFacts observation(Observation observation) {
        LocalDate date = observation.hasEffectiveDateTimeType()
                ? day(observation.getEffectiveDateTimeType().getValue())
                : null;
        Double value =
                observation.hasValueQuantity() && observation.getValueQuantity().hasValue()
                        ? observation.getValueQuantity().getValue().doubleValue()
                        : null;
        String unit =
                observation.hasValueQuantity() ? observation.getValueQuantity().getCode() : null;
        if (value == null
                && observation.hasValueIntegerType()
                && observation.getValueIntegerType().getValue() != null) {
            value = observation.getValueIntegerType().getValue().doubleValue();
        }
        String valueCode = observation.hasValueCodeableConcept() ? code(observation.getValueCodeableConcept()) : null;
        Double diastolic = null;
        for (Observation.ObservationComponentComponent component : observation.getComponent()) {
            if (!component.hasValueQuantity() || !component.getValueQuantity().hasValue()) {
                continue;
            }
            String componentCode = code(component.getCode());
            double v = component.getValueQuantity().getValue().doubleValue();
            if (SYSTOLIC.equals(componentCode) && value == null) {
                value = v;
                unit = component.getValueQuantity().getCode();
            } else if (DIASTOLIC.equals(componentCode)) {
                diastolic = v;
            }
        }
        String recorder = observation.getPerformer().stream()
                .map(ClinicalExtracts::ods)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null);
        return new ObservationFacts(
                code(observation.getCode()),
                system(observation.getCode()),
                date,
                value,
                unit,
                recorder,
                valueCode,
                diastolic);
    }

    record EncounterFacts(
            String encounterClass,
            String type,
            LocalDate start,
            LocalDate end,
            boolean emergencyAdmission,
            String provider) {}

    static EncounterFacts encounter(Encounter encounter) {
        String cls = encounter.hasClass_() ? encounter.getClass_().getCode() : null;
        boolean emergency = "IMP".equals(cls)
                && encounter.hasHospitalization()
                && encounter.getHospitalization().getAdmitSource().getCoding().stream()
                        .map(Coding::getCode)
                        .anyMatch(c -> c != null
                                && (c.equals("emd")
                                        || c.toLowerCase(java.util.Locale.ROOT).contains("emerg")));
        return new EncounterFacts(
                cls,
                encounter.hasType() ? code(encounter.getTypeFirstRep()) : null,
                day(encounter.getPeriod().getStart()),
                day(encounter.getPeriod().getEnd()),
                emergency,
                ods(encounter.getServiceProvider()).orElse(null));
    }

    record WaitingListFacts(
            String provider, String treatmentFunction, LocalDate clockStart, String priority, String status) {}

    static Optional<WaitingListFacts> waitingList(ServiceRequest request) {
        if (!isCategory(request, "rtt")) {
            return Optional.empty();
        }
        Extension function = request.getExtensionByUrl(TREATMENT_FUNCTION);
        String treatment = function != null && function.getValue() instanceof Coding coding ? coding.getCode() : null;
        String provider = request.getPerformer().stream()
                .map(ClinicalExtracts::ods)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null);
        return Optional.of(new WaitingListFacts(
                provider,
                treatment,
                day(request.getAuthoredOn()),
                request.hasPriority() ? request.getPriority().toCode() : null,
                request.hasStatus() ? request.getStatus().toCode() : null));
    }
}
