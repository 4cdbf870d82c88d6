package org.openics.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openics.platform.ProgressListener;
import org.openics.registry.DemoSystem;
import org.openics.synthetic.GenerationRequest;
import org.openics.synthetic.GenerationSummary;
import org.openics.synthetic.OutputFormat;
import org.openics.synthetic.SyntheticPopulation;

/** The files the generator writes: valid FHIR R4, identical run to run, in both layouts. */
class FhirOutputTest {

    static final LocalDate AS_AT = LocalDate.of(2026, 6, 30);
    static FhirValidator validator;

    @TempDir
    static Path dir;

    @BeforeAll
    static void validator() {
        FhirContext context = FhirContext.forR4();
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new SnapshotGeneratingValidationSupport(context));
        validator = context.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    static GenerationSummary generate(Path out, OutputFormat format, double defects) throws IOException {
        return SyntheticPopulation.fhir()
                .generate(
                        DemoSystem.asAt(AS_AT),
                        new GenerationRequest(DemoSystem.ICB_CODE, 0.002, 7, out, format, AS_AT, defects),
                        ProgressListener.NONE);
    }

    @Test
    void aSampleOfEveryResourceTypeValidatesAgainstBaseR4WithoutErrors() throws IOException {
        Path out = dir.resolve("ndjson");
        GenerationSummary summary = generate(out, OutputFormat.NDJSON, 0);
        assertThat(summary.linesPerFile())
                .containsKeys(
                        "Patient.ndjson",
                        "Condition.ndjson",
                        "Observation.ndjson",
                        "Encounter.ndjson",
                        "MedicationRequest.ndjson",
                        "ServiceRequest.ndjson",
                        "Organization.ndjson");
        List<String> errors = new ArrayList<>();
        int validated = 0;
        for (String file : summary.linesPerFile().keySet()) {
            List<String> lines = Files.readAllLines(out.resolve(file));
            assertThat(lines).as(file).isNotEmpty();
            for (String line : sample(lines, 40)) {
                errors.addAll(errors(line));
                validated++;
            }
        }
        assertThat(validated).isGreaterThan(200);
        assertThat(errors).isEmpty();
    }

    @Test
    void everyKindOfObservationValidates() throws IOException {
        Path out = dir.resolve("observations");
        generate(out, OutputFormat.NDJSON, 0);
        Map<String, String> oneOfEachCode = new HashMap<>();
        try (Stream<String> lines = Files.lines(out.resolve("Observation.ndjson"))) {
            lines.forEach(line -> oneOfEachCode.putIfAbsent(
                    line.replaceAll("^.*?\"system\":\"http://loinc.org\",\"code\":\"([^\"]+)\".*$", "$1"), line));
        }
        assertThat(oneOfEachCode)
                .containsKeys("85354-9", "39156-5", "72166-2", "75626-2", "44261-6", "70274-6", "59261-8");
        List<String> errors = new ArrayList<>();
        oneOfEachCode.values().forEach(line -> errors.addAll(errors(line)));
        assertThat(errors).isEmpty();
    }

    @Test
    void transactionBundlesValidateAndHoldOnePersonEach() throws IOException {
        Path out = dir.resolve("bundles");
        GenerationSummary summary = generate(out, OutputFormat.BUNDLES, 0);
        List<String> lines = Files.readAllLines(out.resolve("Bundle.ndjson"));
        assertThat(lines).hasSize((int) summary.people() + 1);
        assertThat(lines.get(1)).contains("\"type\":\"transaction\"");
        assertThat(lines.get(1).split("\"resourceType\":\"Patient\"", -1)).hasSize(2);
        List<String> errors = new ArrayList<>();
        for (String line : sample(lines, 15)) {
            errors.addAll(errors(line));
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void theSameArgumentsAndSeedGiveByteIdenticalFiles() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        generate(first, OutputFormat.NDJSON, 0.01);
        generate(second, OutputFormat.NDJSON, 0.01);
        try (Stream<Path> files = Files.list(first)) {
            for (Path file : files.toList()) {
                assertThat(Files.mismatch(file, second.resolve(file.getFileName())))
                        .as(file.getFileName().toString())
                        .isEqualTo(-1L);
            }
        }
        Path otherSeed = dir.resolve("other-seed");
        SyntheticPopulation.fhir()
                .generate(
                        DemoSystem.asAt(AS_AT),
                        new GenerationRequest(
                                DemoSystem.ICB_CODE, 0.002, 8, otherSeed, OutputFormat.NDJSON, AS_AT, 0.01),
                        ProgressListener.NONE);
        assertThat(Files.mismatch(first.resolve("Patient.ndjson"), otherSeed.resolve("Patient.ndjson")))
                .isNotEqualTo(-1L);
    }

    static List<String> sample(List<String> lines, int count) {
        List<String> sample = new ArrayList<>();
        int step = Math.max(1, lines.size() / count);
        for (int i = 0; i < lines.size() && sample.size() < count; i += step) {
            sample.add(lines.get(i));
        }
        return sample;
    }

    static List<String> errors(String json) {
        List<String> errors = new ArrayList<>();
        for (SingleValidationMessage message :
                validator.validateWithResult(json).getMessages()) {
            if (message.getSeverity() == ResultSeverityEnum.ERROR
                    || message.getSeverity() == ResultSeverityEnum.FATAL) {
                errors.add(message.getLocationString() + ": " + message.getMessage() + " in "
                        + json.substring(0, Math.min(120, json.length())));
            }
        }
        return errors;
    }
}
