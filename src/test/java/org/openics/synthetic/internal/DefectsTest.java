package org.openics.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openics.kernel.NhsNumber;
import org.openics.platform.ProgressListener;
import org.openics.registry.SystemOfSystems;
import org.openics.synthetic.DefectKind;
import org.openics.synthetic.GenerationRequest;
import org.openics.synthetic.GenerationSummary;
import org.openics.synthetic.MissingReferenceData;
import org.openics.synthetic.OutputFormat;
import org.openics.synthetic.SyntheticPopulation;

/** Faults injected on demand are real faults, and every one of them is in the manifest. */
class DefectsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path out;

    static GenerationSummary summary;
    /** file → line → kind, from defects.csv. */
    static final Map<String, Map<Long, DefectKind>> manifest = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        summary = FhirOutputTest.generate(out, OutputFormat.NDJSON, 0.05);
        List<String> rows = Files.readAllLines(out.resolve(FhirPopulationWriter.DEFECTS));
        assertThat(rows.get(0)).isEqualTo("file,line,resource_id,kind");
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            manifest.computeIfAbsent(cells[0], f -> new HashMap<>())
                    .put(Long.parseLong(cells[1]), DefectKind.valueOf(cells[3]));
        }
    }

    @Test
    void everyKindOfFaultIsInjectedAtAboutTheRequestedRate() {
        Map<DefectKind, Integer> kinds = new EnumMap<>(DefectKind.class);
        manifest.values().forEach(lines -> lines.values().forEach(k -> kinds.merge(k, 1, Integer::sum)));
        assertThat(kinds.keySet()).containsExactlyInAnyOrder(DefectKind.values());
        long resources = summary.lines() - summary.linesPerFile().get("Organization.ndjson");
        assertThat((double) summary.defects() / resources).isBetween(0.04, 0.06);
    }

    @Test
    void everyNhsNumberPassesModulus11ExceptThoseTheManifestLists() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("Patient.ndjson"));
        Map<Long, DefectKind> listed = manifest.getOrDefault("Patient.ndjson", Map.of());
        int invalid = 0;
        for (int i = 0; i < lines.size(); i++) {
            long line = i + 1;
            DefectKind kind = listed.get(line);
            if (kind != null && !kind.parseable()) {
                assertThatThrownBy(() -> JSON.readTree(lines.get((int) line - 1)))
                        .as("line " + line)
                        .isInstanceOf(IOException.class);
                continue;
            }
            JsonNode patient = JSON.readTree(lines.get(i));
            String number = patient.at("/identifier/0/value").asText();
            if (!NhsNumber.isValid(number)) {
                invalid++;
                assertThat(kind)
                        .as("Patient.ndjson line " + line + " has invalid NHS number " + number)
                        .isEqualTo(DefectKind.INVALID_NHS_NUMBER);
            }
        }
        assertThat(invalid).isPositive();
    }

    @Test
    void unlistedLinesParseAndReferOnlyToPatientsThatWereSent() throws IOException {
        Set<String> patients = new HashSet<>();
        for (String line : Files.readAllLines(out.resolve("Patient.ndjson"))) {
            try {
                patients.add(JSON.readTree(line).get("id").asText());
            } catch (IOException malformed) {
                // listed in the manifest; checked elsewhere
            }
        }
        int dangling = 0;
        for (String file : List.of("Condition.ndjson", "Observation.ndjson", "Encounter.ndjson")) {
            List<String> lines = Files.readAllLines(out.resolve(file));
            Map<Long, DefectKind> listed = manifest.getOrDefault(file, Map.of());
            for (int i = 0; i < lines.size(); i++) {
                DefectKind kind = listed.get((long) i + 1);
                if (kind != null && !kind.parseable()) {
                    continue;
                }
                String subject = JSON.readTree(lines.get(i))
                        .at("/subject/reference")
                        .asText()
                        .substring("Patient/".length());
                if (!patients.contains(subject) && kind != DefectKind.MISSING_REFERENCE) {
                    // the patient's own line may be the spoilt one
                    assertThat(manifest.get("Patient.ndjson"))
                            .as(file + " line " + (i + 1))
                            .isNotEmpty();
                }
                if (kind == DefectKind.MISSING_REFERENCE) {
                    assertThat(patients).doesNotContain(subject);
                    dangling++;
                }
            }
        }
        assertThat(dangling).isPositive();
    }

    @Test
    void duplicatesAndResentUpdatesRepeatTheIdOfTheLineBefore() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("Observation.ndjson"));
        int checked = 0;
        for (Map.Entry<Long, DefectKind> defect :
                manifest.get("Observation.ndjson").entrySet()) {
            int at = defect.getKey().intValue() - 1;
            if (defect.getValue() == DefectKind.DUPLICATE) {
                assertThat(lines.get(at)).isEqualTo(lines.get(at - 1));
                checked++;
            } else if (defect.getValue() == DefectKind.RESENT_UPDATE) {
                assertThat(JSON.readTree(lines.get(at)).get("id"))
                        .isEqualTo(JSON.readTree(lines.get(at - 1)).get("id"));
                assertThat(lines.get(at)).isNotEqualTo(lines.get(at - 1)).contains("\"versionId\":\"2\"");
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void anIcsTheRegistryDoesNotKnowGetsAClearError() {
        SystemOfSystems empty =
                new SystemOfSystems(LocalDate.of(2026, 6, 30), List.of(), List.of(), Map.of(), Map.of());
        assertThatThrownBy(() -> SyntheticPopulation.fhir()
                        .generate(
                                empty,
                                new GenerationRequest(
                                        "QKK",
                                        0.01,
                                        1,
                                        out.resolve("none"),
                                        OutputFormat.NDJSON,
                                        LocalDate.of(2026, 6, 30),
                                        0),
                                ProgressListener.NONE))
                .isInstanceOf(MissingReferenceData.class)
                .hasMessageContaining("no ICB QKK")
                .hasMessageContaining("import the practice mapping");
    }
}
