package org.openics.record.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HAPI parsing and base R4 validation as the record uses them. */
class FhirResourcesTest {

    static final FhirResources FHIR = new FhirResources();

    @Test
    void validFixturesPassBaseR4ValidationAndAnUnknownStatusCodeFails() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/record/bulk/Observation.ndjson"));
        long t0 = System.nanoTime();
        assertThat(FHIR.validate(lines.get(0))).isEmpty();
        long t1 = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            FHIR.validate(lines.get(i % 3));
        }
        long t2 = System.nanoTime();
        System.out.printf("first validate %d ms, then %.2f ms each%n", (t1 - t0) / 1_000_000, (t2 - t1) / 50 / 1e6);
        assertThat(FHIR.validate(lines.get(3))).isNotEmpty();
    }
}
