package org.openics.governance;

/** A member present at a meeting but excluded from an item, and why. */
public record Exclusion(String person, String name, String reason) {}
