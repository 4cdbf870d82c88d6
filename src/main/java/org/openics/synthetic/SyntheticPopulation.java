package org.openics.synthetic;

import java.io.IOException;
import org.openics.platform.ProgressListener;
import org.openics.registry.SystemOfSystems;
import org.openics.synthetic.internal.FhirPopulationWriter;

/**
 * The synthetic population generator's one entry point. It needs only the registry's picture of an
 * ICS on a date (the demo's in memory, or an imported one) and no database of its own.
 */
public interface SyntheticPopulation {

    /**
     * Generates the population of the request's ICS and writes it as FHIR R4, streaming, in bounded
     * memory.
     *
     * @throws MissingReferenceData when the registry lacks what the generator needs for that ICS
     */
    GenerationSummary generate(SystemOfSystems system, GenerationRequest request, ProgressListener progress)
            throws IOException;

    static SyntheticPopulation fhir() {
        return new FhirPopulationWriter();
    }
}
