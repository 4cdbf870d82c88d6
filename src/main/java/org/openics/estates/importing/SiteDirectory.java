package org.openics.estates.importing;

import java.util.Optional;

/** What the site reader asks of the registry: is this an organisation or a place; which place is an LSOA in. */
public interface SiteDirectory {

    boolean isOrganisation(String code);

    boolean isPlace(String code);

    Optional<String> placeOfLsoa(String lsoa);
}
