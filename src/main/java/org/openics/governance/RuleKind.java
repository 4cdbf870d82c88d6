package org.openics.governance;

/** The shapes a constitution rule can take; each rule's parameters and reason are data. */
public enum RuleKind {
    /** The body has at least {@code minimum} members in {@code role}. */
    REQUIRES_ROLE,
    /** Members in independent roles hold no office in another organisation of the ICS. */
    INDEPENDENT_MEMBERS_HOLD_NO_OFFICE_IN_THE_SYSTEM,
    /** The body's core members include the ICB and every local authority of the area. */
    CORE_MEMBERS_INCLUDE_ICB_AND_LOCAL_AUTHORITIES
}
