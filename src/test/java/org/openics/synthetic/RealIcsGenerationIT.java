package org.openics.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openics.platform.ProgressListener;
import org.openics.registry.ImportOptions;
import org.openics.registry.Registry;
import org.openics.support.PlatformIT;
import org.openics.support.ReferenceData;
import org.openics.synthetic.population.LongTermCondition;
import org.openics.synthetic.population.NhsNumbers;
import org.openics.synthetic.population.PersonGenerator;
import org.openics.synthetic.population.PopulationFrame;
import org.openics.synthetic.population.PracticePrevalence;
import org.springframework.beans.factory.annotation.Autowired;

/** With South East London's published files imported, '--ics QKK' places people at real practices in real LSOAs. */
class RealIcsGenerationIT extends PlatformIT {

    static final LocalDate AS_AT = LocalDate.of(2026, 6, 30);

    @Autowired
    Registry registry;

    @BeforeEach
    void importSouthEastLondon() {
        for (String file : List.of(
                ReferenceData.MAPPING, ReferenceData.LIST_SIZES, ReferenceData.SEL_PRACTICES, ReferenceData.SEL_LSOA)) {
            registry.importFile(ReferenceData.file(file), ImportOptions.defaults(), ProgressListener.NONE);
        }
    }

    @Test
    void peopleAreRegisteredAtRealSouthEastLondonPracticesAndLiveInItsLsoas() throws IOException {
        Path out = HOME.resolve("synthetic-qkk");
        GenerationSummary summary = SyntheticPopulation.fhir()
                .generate(
                        registry.asAt(AS_AT),
                        new GenerationRequest("QKK", 0.002, 1, out, OutputFormat.NDJSON, AS_AT, 0),
                        ProgressListener.NONE);

        Set<String> practices = column(ReferenceData.SEL_PRACTICES, "practice_code");
        Set<String> lsoas = column(ReferenceData.SEL_LSOA, "lsoa21cd");
        ObjectMapper json = new ObjectMapper();
        Set<String> practicesSeen = new HashSet<>();
        List<String> patients = Files.readAllLines(out.resolve("Patient.ndjson"));
        for (String line : patients) {
            JsonNode patient = json.readTree(line);
            String practice =
                    patient.at("/generalPractitioner/0/identifier/value").asText();
            assertThat(practices).contains(practice);
            assertThat(lsoas)
                    .contains(patient.at("/address/0/extension/0/valueString").asText());
            practicesSeen.add(practice);
        }
        // about 2 million registered at 0.2%
        assertThat(summary.people()).isBetween(3_800L, 4_400L).isEqualTo(patients.size());
        assertThat(practicesSeen.size()).isGreaterThan(150);
    }

    @Test
    void eachPracticeMatchesItsPublishedHypertensionPrevalence() throws IOException {
        Map<String, Map<LongTermCondition, Double>> published =
                PracticePrevalence.read(ReferenceData.file("sel/sel_practice_qof_cvd_heec.csv"));
        PopulationFrame frame =
                PopulationFrame.of(registry.asAt(AS_AT), "QKK", 0.05).calibratedTo(published);
        PersonGenerator generator = new PersonGenerator(frame, 1, AS_AT, new NhsNumbers());
        Map<String, int[]> counts = new HashMap<>();
        IntStream.range(0, frame.people())
                .parallel()
                .mapToObj(generator::person)
                .toList()
                .forEach(p -> {
                    int[] c = counts.computeIfAbsent(p.practiceCode().value(), k -> new int[2]);
                    c[0]++;
                    c[1] += p.has(LongTermCondition.HYPERTENSION) ? 1 : 0;
                });
        double errors = 0;
        int practices = 0;
        for (Map.Entry<String, int[]> practice : counts.entrySet()) {
            Double target = published.getOrDefault(practice.getKey(), Map.of()).get(LongTermCondition.HYPERTENSION);
            if (target == null || practice.getValue()[0] < 400) {
                continue;
            }
            double generated = (double) practice.getValue()[1] / practice.getValue()[0];
            errors += Math.abs(generated - target);
            practices++;
        }
        assertThat(practices).isGreaterThan(100);
        // binomial noise alone is about 1.2 points at 400 people and 11% prevalence
        assertThat(errors / practices)
                .as("mean absolute error in hypertension prevalence")
                .isLessThan(0.02);
        assertThat(frame.notes()).anyMatch(n -> n.startsWith("prevalence matched to the published figures of"));
    }

    private static Set<String> column(String file, String name) throws IOException {
        Set<String> values = new HashSet<>();
        try (var reader = Files.newBufferedReader(ReferenceData.file(file))) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                values.add(row.get(name));
            }
        }
        return values;
    }
}
