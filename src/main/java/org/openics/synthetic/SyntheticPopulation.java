package org.openics.synthetic;

import java.io.IOException;
import java.util.function.Consumer;
import org.openics.platform.ProgressListener;
import org.openics.registry.SystemOfSystems;
import org.openics.synthetic.internal.FhirPopulationWriter;
import org.openics.synthetic.population.Person;

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

    /**
     * Draws the same people {@link #generate} would write, in person order, and hands each to {@code each} without
     * writing FHIR (the demo feeds a large population straight to analytics this way); output folder, format and
     * defect rate of the request are not used.
     */
    GenerationSummary people(
            SystemOfSystems system, GenerationRequest request, Consumer<Person> each, ProgressListener progress)
            throws IOException;

    static SyntheticPopulation fhir() {
        return new FhirPopulationWriter();
    }
}
