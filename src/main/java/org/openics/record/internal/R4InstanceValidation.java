package org.openics.record.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.common.hapi.validation.validator.WorkerContextValidationSupportAdapter;
import org.hl7.fhir.r5.context.IWorkerContext;
import org.hl7.fhir.r5.elementmodel.Manager;
import org.hl7.fhir.r5.utils.validation.ValidatorSession;
import org.hl7.fhir.r5.utils.validation.constants.IdStatus;
import org.hl7.fhir.r5.utils.xver.XVerExtensionManagerOld;
import org.hl7.fhir.utilities.i18n.I18nConstants;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.validation.ValidatorSettings;
import org.hl7.fhir.validation.instance.InstanceValidator;

/**
 * HAPI's R4 instance validator with the settings of a {@link FhirInstanceValidator}, but one
 * {@link InstanceValidator} per thread, reused.
 *
 * <p>HAPI's {@code FhirValidator} builds a new {@code InstanceValidator} for every resource, and its
 * constructor reads the FHIR core library's table of OIDs from the jar each time: measured, that was
 * 150–230 ms per resource, about 15 resources per second for a bulk ingest with full validation. The
 * validator itself is meant to validate many resources (the FHIR validator's command line reuses one),
 * so each worker thread keeps its own and builds a fresh one every {@value #RENEW_AFTER} resources, so that
 * nothing it caches grows without bound.
 */
final class R4InstanceValidation {

    private static final int RENEW_AFTER = 5_000;
    /** What HAPI's wrapper leaves out too: bindings whose value set is not available here. */
    private static final Set<String> IGNORED = Set.of(I18nConstants.TERMINOLOGY_TX_BINDING_NOSOURCE);
    /** An unknown profile is an error when the settings say so (HAPI raises these warnings to errors). */
    private static final Set<String> UNKNOWN_PROFILE = Set.of(
            I18nConstants.VALIDATION_VAL_PROFILE_UNKNOWN, I18nConstants.VALIDATION_VAL_PROFILE_UNKNOWN_NOT_POLICY);

    private final FhirInstanceValidator settings;
    private final IWorkerContext worker;
    private final ThreadLocal<Reused> validators = new ThreadLocal<>();

    private static final class Reused {
        final InstanceValidator validator;
        int used;

        Reused(InstanceValidator validator) {
            this.validator = validator;
        }
    }

    R4InstanceValidation(FhirInstanceValidator settings) {
        this.settings = settings;
        // the worker context wraps the validation support chain (definitions and terminology) once, for every thread
        this.worker = WorkerContextValidationSupportAdapter.newVersionSpecificWorkerContextWrapper(
                settings.getValidationSupport());
    }

    /** Error and fatal messages for one resource in JSON, each as "location: message". */
    List<String> errors(String json) {
        List<ValidationMessage> messages = new ArrayList<>();
        validator()
                .validate(
                        null,
                        messages,
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                        Manager.FhirFormat.JSON,
                        List.of());
        List<String> errors = new ArrayList<>();
        for (ValidationMessage message : messages) {
            boolean error = message.getLevel() == ValidationMessage.IssueSeverity.ERROR
                    || message.getLevel() == ValidationMessage.IssueSeverity.FATAL
                    || settings.isErrorForUnknownProfiles()
                            && message.getLevel() == ValidationMessage.IssueSeverity.WARNING
                            && UNKNOWN_PROFILE.contains(message.getMessageId());
            if (error && !IGNORED.contains(message.getMessageId()) && !mimeTypesNotFound(message)) {
                errors.add(message.getLocation() + ": " + message.getMessage());
            }
        }
        return errors;
    }

    private static boolean mimeTypesNotFound(ValidationMessage message) {
        return I18nConstants.TERMINOLOGY_TX_VALUESET_NOTFOUND.equals(message.getMessageId())
                && Objects.toString(message.getMessage(), "").contains("http://hl7.org/fhir/ValueSet/mimetypes");
    }

    private InstanceValidator validator() {
        Reused reused = validators.get();
        if (reused == null || reused.used >= RENEW_AFTER) {
            reused = new Reused(build());
            validators.set(reused);
        }
        reused.used++;
        return reused.validator;
    }

    /** The same settings as HAPI's {@code ValidatorWrapper} applies for each resource. */
    private InstanceValidator build() {
        InstanceValidator v = new InstanceValidator(
                worker,
                Objects.requireNonNullElseGet(
                        settings.getHostApplicationServices(), FhirInstanceValidator.NullEvaluationContext::new),
                new XVerExtensionManagerOld(worker),
                new ValidatorSession(),
                new ValidatorSettings());
        v.setAssumeValidRestReferences(settings.isAssumeValidRestReferences());
        v.setBestPracticeWarningLevel(settings.getBestPracticeWarningLevel());
        v.setAnyExtensionsAllowed(settings.isAnyExtensionsAllowed());
        v.setResourceIdRule(IdStatus.OPTIONAL);
        v.setNoTerminologyChecks(settings.isNoTerminologyChecks());
        v.setErrorForUnknownProfiles(settings.isErrorForUnknownProfiles());
        v.setUnknownCodeSystemsCauseErrors(true); // as HAPI: the unknown-code-system support turns these into warnings
        v.getExtensionDomains().addAll(settings.getExtensionDomains());
        v.setFetcher(settings.getValidatorResourceFetcher());
        v.setPolicyAdvisor(settings.getValidatorPolicyAdvisor());
        v.setNoExtensibleWarnings(settings.isNoExtensibleWarnings());
        v.setNoBindingMsgSuppressed(settings.isNoBindingMsgSuppressed());
        v.setAllowExamples(settings.isAllowExamples());
        v.setAllowXsiLocation(true);
        return v;
    }
}
