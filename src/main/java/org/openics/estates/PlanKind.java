package org.openics.estates;

/** What an estate plan does to a site. */
public enum PlanKind {
    DISPOSAL,
    RELOCATION,
    NEW_HUB,
    REFURBISHMENT
}
