/**
 * Synthetic population: a realistic, deterministic population of people registered at the practices
 * of any ICS in the registry, with their long-term conditions, vital-five observations, encounters,
 * medications, waiting-list entries and deaths, written as FHIR R4 (bulk NDJSON or transaction
 * bundles), with faults injected on demand. The entry point is
 * {@link org.openics.synthetic.SyntheticPopulation}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Synthetic population",
        allowedDependencies = {"kernel", "registry", "platform"})
package org.openics.synthetic;
