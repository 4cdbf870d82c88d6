package org.openics.synthetic.population;

/** Sex as recorded at registration (FHIR administrative gender male or female). */
public enum Sex {
    MALE,
    FEMALE
}
