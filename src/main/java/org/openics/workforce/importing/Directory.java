package org.openics.workforce.importing;

import java.util.Optional;

/** What an importer asks of the registry as at the return's period: is this an organisation, a place; where is a practice. */
public interface Directory {

    boolean isOrganisation(String code);

    boolean isPlace(String code);

    /** The place (local care partnership) of a GP practice, or empty when the code is not a practice in a place. */
    Optional<String> placeOfPractice(String practiceCode);
}
