package org.openics.registry;

/** Whether a provider serves all of a place or part of it. */
public enum Coverage {
    FULL,
    PARTIAL
}
