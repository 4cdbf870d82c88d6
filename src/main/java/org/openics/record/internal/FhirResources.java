package org.openics.record.internal;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeResourceDefinition;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Resource;
import org.openics.record.ingest.ConditionalReference;
import org.openics.record.ingest.ResourceSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * HAPI FHIR R4 for the record: parsing (strict), base R4 validation, canonical encoding with a content
 * hash, and the summary the ingest rules read. The validator loads the R4 definitions on first use
 * (seconds), so it is warmed in the background at start-up.
 */
@Component
class FhirResources {

    private static final Logger log = LoggerFactory.getLogger(FhirResources.class);

    final FhirContext context = FhirContext.forR4Cached();
    private final R4InstanceValidation validation;
    private volatile boolean warm;

    FhirResources() {
        // the base R4 definitions carry their snapshots; terminology is checked in memory for the FHIR code systems
        // only
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                new InMemoryTerminologyServerValidationSupport(context),
                unknownCodeSystemsWarn());
        FhirInstanceValidator module = new FhirInstanceValidator(chain);
        module.setAnyExtensionsAllowed(true);
        validation = new R4InstanceValidation(module);
    }

    private UnknownCodeSystemWarningValidationSupport unknownCodeSystemsWarn() {
        // SNOMED CT, dm+d and NHS code systems are not loaded here: an unknown system is a warning, not an error
        UnknownCodeSystemWarningValidationSupport support = new UnknownCodeSystemWarningValidationSupport(context);
        support.setNonExistentCodeSystemSeverity(ca.uhn.fhir.context.support.IValidationSupport.IssueSeverity.WARNING);
        return support;
    }

    /** Loads the R4 definitions by validating a small resource; called once, in the background. */
    void warm() {
        long started = System.nanoTime();
        validation.errors("{\"resourceType\":\"Patient\",\"id\":\"warm-up\",\"gender\":\"female\"}");
        warm = true;
        log.info("FHIR validator ready in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    boolean isWarm() {
        return warm;
    }

    IParser parser() {
        return context.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }

    Resource parse(String json) {
        return (Resource) parser().parseResource(json);
    }

    String encode(Resource resource) {
        return context.newJsonParser().encodeResourceToString(resource);
    }

    /** Errors of base R4 validation (structure, cardinality, required bindings), each with its location. */
    List<org.openics.record.Problem> validate(String json) {
        return validation.errors(json).stream()
                .map(error -> org.openics.record.Problem.of(org.openics.record.ProblemKind.R4_INVALID, error))
                .toList();
    }

    static String hash(String canonical) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Literal references as {@code Type/id}; {@code urn:uuid:} ones that were not rewritten stay as written. */
    static List<String> references(JsonNode resource) {
        List<String> references = new ArrayList<>();
        eachReference(resource, reference -> {
            String raw = reference.path("reference").asText();
            if (raw.isEmpty() || raw.startsWith("#")) {
                return; // logical (identifier) or contained reference
            }
            if (raw.startsWith("urn:") || ConditionalReference.isConditional(raw)) {
                references.add(raw); // a urn:uuid: outside the bundle, or Type?identifier=...: resolved at commit
                return;
            }
            IdType target = new IdType(raw);
            if (!target.isAbsolute() && target.hasResourceType() && target.hasIdPart()) {
                references.add(target.getResourceType() + "/" + target.getIdPart());
            }
        });
        return references;
    }

    /** Elements that say which organisation wrote, provided or performed a resource (as opposed to what it is about). */
    private static final List<String> AUTHOR_ELEMENTS = List.of(
            "author",
            "provider",
            "serviceProvider",
            "performer",
            "requester",
            "recorder",
            "asserter",
            "managingOrganization",
            "organization",
            "custodian");

    /**
     * The ODS codes of the organisations a resource names as its author, provider or performer (references by ODS
     * identifier, at any depth below those elements, e.g. {@code performer[].actor}). A ServiceRequest's or
     * MedicationRequest's {@code performer} is who is asked to act, not the author: it is left out.
     */
    static Set<String> authorOrganisations(JsonNode resource) {
        String type = resource.path("resourceType").asText();
        Set<String> codes = new java.util.TreeSet<>();
        for (String element : AUTHOR_ELEMENTS) {
            if (element.equals("performer") && (type.equals("ServiceRequest") || type.equals("MedicationRequest"))) {
                continue;
            }
            JsonNode value = resource.get(element);
            if (value != null) {
                odsIdentifiers(value, codes);
            }
        }
        return codes;
    }

    private static void odsIdentifiers(JsonNode node, Set<String> codes) {
        if (node instanceof ObjectNode object) {
            JsonNode identifier = object.get("identifier");
            if (identifier != null
                    && ClinicalExtracts.ODS.equals(identifier.path("system").asText())
                    && identifier.path("value").isTextual()) {
                codes.add(identifier.path("value").asText().trim().toUpperCase(java.util.Locale.ROOT));
            }
            object.forEach(child -> odsIdentifiers(child, codes));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> odsIdentifiers(child, codes));
        }
    }

    /** Every object below {@code node} that carries a literal {@code reference} (a FHIR Reference). */
    static void eachReference(JsonNode node, Consumer<ObjectNode> reference) {
        if (node instanceof ObjectNode object) {
            if (object.path("reference").isTextual()) {
                reference.accept(object);
            }
            for (JsonNode child : object) {
                if (child.isContainerNode()) {
                    eachReference(child, reference);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (JsonNode child : array) {
                eachReference(child, reference);
            }
        }
    }

    /** Every object below {@code node} with a textual {@code system} and {@code code} (a FHIR Coding). */
    static void eachCoding(JsonNode node, Consumer<ObjectNode> coding) {
        if (node instanceof ObjectNode object) {
            if (object.path("system").isTextual() && object.path("code").isTextual()) {
                coding.accept(object);
            }
            for (JsonNode child : object) {
                if (child.isContainerNode()) {
                    eachCoding(child, coding);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (JsonNode child : array) {
                eachCoding(child, coding);
            }
        }
    }

    /** How a top-level JSON property of a resource type is read: its element name and whether it holds a date or a period. */
    private record Property(String element, boolean date, boolean period) {}

    private final Map<String, Map<String, Property>> properties = new ConcurrentHashMap<>();

    private Map<String, Property> properties(String type) {
        return properties.computeIfAbsent(type, t -> {
            Map<String, Property> result = new HashMap<>();
            RuntimeResourceDefinition definition;
            try {
                definition = context.getResourceDefinition(t);
            } catch (RuntimeException e) {
                return result; // not an R4 resource type: the strict parser says so
            }
            for (BaseRuntimeChildDefinition child : definition.getChildren()) {
                String element = child.getElementName().replace("[x]", "");
                for (String name : child.getValidChildNames()) {
                    Class<?> java = datatype(child, name);
                    result.put(
                            name,
                            new Property(
                                    element,
                                    BaseDateTimeType.class.isAssignableFrom(java),
                                    Period.class.isAssignableFrom(java)));
                }
            }
            return result;
        });
    }

    private static Class<?> datatype(BaseRuntimeChildDefinition child, String name) {
        try {
            BaseRuntimeElementDefinition<?> definition = child.getChildByName(name);
            return definition == null ? Object.class : definition.getImplementingClass();
        } catch (RuntimeException | AssertionError e) {
            return Object.class; // HAPI's extension children answer only some of the names they list
        }
    }

    /**
     * What the ingest rules read, straight from the JSON (no HAPI object model): identifiers (of a Patient),
     * references, the top-level dates and periods as written, and which top-level elements are present.
     */
    ResourceSummary summarise(JsonNode resource) {
        String type = resource.path("resourceType").asText();
        Map<String, Property> known = properties(type);
        Set<String> present = new HashSet<>();
        List<ResourceSummary.DatedElement> dates = new ArrayList<>();
        var fields = resource.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            String name = field.getKey();
            if (name.equals("resourceType")) {
                continue;
            }
            String json = name.startsWith("_") ? name.substring(1) : name; // _birthDate: extensions on a primitive
            Property property = known.get(json);
            present.add(property == null ? json : property.element());
            if (property == null || name.startsWith("_")) {
                continue;
            }
            JsonNode value = field.getValue();
            for (JsonNode one : value.isArray() ? value : List.of(value)) {
                if (property.date() && one.isTextual()) {
                    dates.add(new ResourceSummary.DatedElement(json, one.asText()));
                } else if (property.period() && one.isObject()) {
                    if (one.path("start").isTextual()) {
                        dates.add(new ResourceSummary.DatedElement(
                                property.element() + ".start", one.get("start").asText()));
                    }
                    if (one.path("end").isTextual()) {
                        dates.add(new ResourceSummary.DatedElement(
                                property.element() + ".end", one.get("end").asText()));
                    }
                }
            }
        }
        List<String> identifiers = new ArrayList<>();
        for (JsonNode identifier : resource.path("identifier")) { // every type's: conditional references find them
            identifiers.add(identifier.path("system").asText(null) + "|"
                    + identifier.path("value").asText(null));
        }
        String id = resource.path("id").isTextual() ? resource.get("id").asText() : null;
        List<String> codings = new ArrayList<>();
        eachCoding(
                resource,
                coding -> codings.add(
                        coding.get("system").asText() + "|" + coding.get("code").asText()));
        return new ResourceSummary(type, id, identifiers, references(resource), dates, present, codings);
    }

    static final Map<String, Integer> LOAD_ORDER =
            Map.of("Organization", 0, "Location", 1, "Practitioner", 2, "PractitionerRole", 3, "Patient", 4);
}
