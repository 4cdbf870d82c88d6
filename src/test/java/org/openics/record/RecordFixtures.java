package org.openics.record;

import java.nio.file.Path;
import org.openics.kernel.NhsNumber;

/** The small FHIR fixtures written after docs/fhir-conventions.md (src/test/resources/record). */
final class RecordFixtures {

    static final Path BULK = Path.of("src/test/resources/record/bulk");
    static final Path TRANSACTION = Path.of("src/test/resources/record/transaction.json");
    static final NhsNumber ADA = new NhsNumber("9990000018");
    static final NhsNumber BOB = new NhsNumber("9990000026");
    static final NhsNumber DAN = new NhsNumber("9990000034");
    static final NhsNumber EVE = new NhsNumber("9990000042");
    static final NhsNumber RESIDENT = new NhsNumber("9000000009");

    private RecordFixtures() {}

    /**
     * The bulk fixtures, as every record IT needs them; idempotent. The registry is left alone: the ITs share
     * one store with RegistryIT, whose South East London figures the demo ICS would change (same place codes).
     */
    static IngestReport load(SharedCareRecord record) {
        return record.ingest(
                java.util.List.of(BULK), IngestOptions.from("Z00001"), org.openics.platform.ProgressListener.NONE);
    }
}
