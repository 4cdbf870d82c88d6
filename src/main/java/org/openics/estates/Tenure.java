package org.openics.estates;

/** How the owner holds a site. */
public enum Tenure {
    FREEHOLD,
    LEASEHOLD,
    PFI,
    LIFT,
    NHS_PROPERTY_SERVICES,
    COMMUNITY_HEALTH_PARTNERSHIPS,
    OTHER
}
