package org.openics.registry;

/** How one node relates to another. */
public enum Relation {
    /** Structural: a practice is part of a PCN, a PCN of a sub-ICB location, a place of an ICB. */
    PART_OF,
    /** A member of a partnership (provider collaborative, ICP, clinical network) with a role. */
    MEMBER_OF,
    /** A provider serves a place, fully or partly, possibly a place in another ICS. */
    COVERS,
    /** Geography: an LSOA or a place lies in a local authority's area. */
    IN_AREA
}
