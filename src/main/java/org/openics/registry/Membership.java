package org.openics.registry;

/** A member of a partnership with its role, as at a date. */
public record Membership(Organisation member, String role) {}
