package org.openics.record.internal;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeResourceDefinition;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IBaseReference;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Resource;
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
    private final FhirValidator validator;
    private volatile boolean warm;

    FhirResources() {
        // the base R4 definitions carry their snapshots; terminology is checked in memory for the FHIR code systems only
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
                new InMemoryTerminologyServerValidationSupport(context),
                unknownCodeSystemsWarn());
        FhirInstanceValidator module = new FhirInstanceValidator(chain);
        module.setAnyExtensionsAllowed(true);
        validator = context.newValidator().registerValidatorModule(module);
        validator.setConcurrentBundleValidation(false);
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
        validator.validateWithResult("{\"resourceType\":\"Patient\",\"id\":\"warm-up\",\"gender\":\"female\"}");
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
    List<String> validate(String json) {
        List<String> errors = new ArrayList<>();
        for (SingleValidationMessage message : validator.validateWithResult(json).getMessages()) {
            if (message.getSeverity() == ResultSeverityEnum.ERROR || message.getSeverity() == ResultSeverityEnum.FATAL) {
                errors.add("R4: " + message.getLocationString() + ": " + message.getMessage());
            }
        }
        return errors;
    }

    static String hash(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Literal references as {@code Type/id}; {@code urn:uuid:} ones that were not rewritten stay as written. */
    List<String> references(Resource resource) {
        List<String> references = new ArrayList<>();
        for (IBaseReference reference : context.newTerser().getAllPopulatedChildElementsOfType(resource, IBaseReference.class)) {
            IIdType target = reference.getReferenceElement();
            String raw = target == null ? null : target.getValue();
            if (raw == null || raw.isEmpty() || raw.startsWith("#")) {
                continue; // logical (identifier) or contained reference
            }
            if (raw.startsWith("urn:")) {
                references.add(raw);
            } else if (!target.isAbsolute() && target.hasResourceType() && target.hasIdPart()) {
                references.add(target.getResourceType() + "/" + target.getIdPart());
            }
        }
        return references;
    }

    ResourceSummary summarise(Resource resource, List<String> identifiers) {
        RuntimeResourceDefinition definition = context.getResourceDefinition(resource);
        Set<String> present = new HashSet<>();
        List<ResourceSummary.DatedElement> dates = new ArrayList<>();
        for (BaseRuntimeChildDefinition child : definition.getChildren()) {
            List<IBase> values = child.getAccessor().getValues(resource);
            if (values.isEmpty()) {
                continue;
            }
            String name = child.getElementName().replace("[x]", "");
            present.add(name);
            for (IBase value : values) {
                if (value instanceof BaseDateTimeType date) {
                    String element = child.getElementName().endsWith("[x]") ? name + "DateTime" : name;
                    dates.add(new ResourceSummary.DatedElement(element, date.getValueAsString()));
                } else if (value instanceof Period period) {
                    if (period.hasStartElement()) {
                        dates.add(new ResourceSummary.DatedElement(name + ".start", period.getStartElement().getValueAsString()));
                    }
                    if (period.hasEndElement()) {
                        dates.add(new ResourceSummary.DatedElement(name + ".end", period.getEndElement().getValueAsString()));
                    }
                }
            }
        }
        return new ResourceSummary(resource.fhirType(), resource.getIdPart(), identifiers, references(resource), dates, present);
    }

    static final Map<String, Integer> LOAD_ORDER = Map.of("Organization", 0, "Location", 1, "Practitioner", 2,
            "PractitionerRole", 3, "Patient", 4);
}
