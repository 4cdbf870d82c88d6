package org.openics.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openics.record.ingest.CodeChecks;
import org.openics.synthetic.OutputFormat;
import org.openics.synthetic.population.ContactKind;
import org.openics.synthetic.population.DiagnosticTest;
import org.openics.synthetic.population.LongTermCondition;
import org.openics.synthetic.population.Medicine;
import org.openics.synthetic.population.SmokingStatus;

/**
 * Every SNOMED CT code the generator writes is a possible identifier (form, partition, Verhoeff check digit), as the
 * record's ingest checks it: a wrong code list would otherwise send whole classes of synthetic resources to quarantine.
 */
class SnomedCodesTest {

    @Test
    void everyCodeInTheGeneratorsCodeListsPassesTheRecordsChecks() {
        List<String> codes = new ArrayList<>();
        Stream.of(LongTermCondition.values()).map(LongTermCondition::snomed).forEach(codes::add);
        Stream.of(Medicine.values()).map(Medicine::snomed).forEach(codes::add);
        Stream.of(DiagnosticTest.values()).map(DiagnosticTest::snomed).forEach(codes::add);
        Stream.of(ContactKind.values()).map(ContactKind::snomed).forEach(codes::add);
        Stream.of(SmokingStatus.values()).map(SmokingStatus::snomed).forEach(codes::add);
        assertThat(codes).contains("703908001", "323365007", "108249004");
        assertThat(codes)
                .allSatisfy(code -> assertThat(CodeChecks.problem(CodeChecks.SNOMED, code))
                        .as(code)
                        .isNull());
    }

    @Test
    void everySnomedCodeInAGeneratedPopulationPassesTheRecordsChecks(@TempDir Path out) throws IOException {
        FhirOutputTest.generate(out, OutputFormat.NDJSON, 0);
        Set<String> codes = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ndjson")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    collect(json.readTree(line), codes);
                }
            }
        }
        assertThat(codes).hasSizeGreaterThan(20).contains(Medicine.APIXABAN.snomed(), Medicine.DONEPEZIL.snomed());
        assertThat(codes)
                .allSatisfy(code -> assertThat(CodeChecks.problem(CodeChecks.SNOMED, code))
                        .as(code)
                        .isNull());
    }

    private static void collect(JsonNode node, Set<String> codes) {
        if (node.isObject() && CodeChecks.SNOMED.equals(node.path("system").asText()) && node.has("code")) {
            codes.add(node.get("code").asText());
        }
        node.forEach(child -> collect(child, codes));
    }
}
