package org.openics.estates;

/** Where an estate plan stands. */
public enum PlanStatus {
    PROPOSED,
    APPROVED,
    IN_PROGRESS,
    DONE,
    WITHDRAWN
}
