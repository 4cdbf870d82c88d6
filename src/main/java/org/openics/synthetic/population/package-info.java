/**
 * The population model, free of frameworks: where people live and are registered, who they are, and
 * the conditions, measurements, contacts, medicines, waits and deaths they have, calibrated to
 * published figures (docs/synthetic-population.md). A named interface: {@code SyntheticPopulation.people} hands out
 * {@link org.openics.synthetic.population.Person}s.
 */
@org.springframework.modulith.NamedInterface("population")
package org.openics.synthetic.population;
