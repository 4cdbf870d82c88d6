package org.openics.registry;

/**
 * What a node of the system of systems is. Structural levels carry a rank (nation highest); other
 * organisations and partnerships sit across the levels and have none.
 */
public enum OrganisationKind {
    NATION("Nation", 1),
    REGION("NHS region", 2),
    ICB("Integrated care board", 3),
    SUB_ICB_LOCATION("Sub-ICB location", 4),
    PLACE("Place (local care partnership)", 4),
    PCN("Primary care network", 5),
    GP_PRACTICE("GP practice", 6),
    LSOA("Lower layer super output area", 7),
    INTEGRATED_CARE_PARTNERSHIP("Integrated care partnership", 0),
    NHS_TRUST("NHS trust", 0),
    COMMUNITY_INTEREST_COMPANY("Community interest company", 0),
    LOCAL_AUTHORITY("Local authority", 0),
    VOLUNTARY_ORGANISATION("Voluntary sector organisation", 0),
    HEALTHWATCH("Healthwatch", 0),
    PROVIDER_COLLABORATIVE("Provider collaborative", 0),
    CLINICAL_NETWORK("Clinical network", 0),
    HEALTH_AND_WELLBEING_BOARD("Health and wellbeing board", 0),
    ACADEMIC_PARTNER("Academic or research partner", 0);

    private final String label;
    private final int level;

    OrganisationKind(String label, int level) {
        this.label = label;
        this.level = level;
    }

    public String label() {
        return label;
    }

    /** Rank in the structural hierarchy (1 = nation), or 0 for organisations across the levels. */
    public int level() {
        return level;
    }

    public boolean structural() {
        return level > 0;
    }

    /** Providers are what places are served by. */
    public boolean provider() {
        return this == NHS_TRUST
                || this == COMMUNITY_INTEREST_COMPANY
                || this == GP_PRACTICE
                || this == VOLUNTARY_ORGANISATION
                || this == LOCAL_AUTHORITY;
    }
}
