package org.openics.registry.domain;

import org.openics.kernel.OdsCode;
import org.openics.registry.Coverage;
import org.openics.registry.OrganisationKind;
import org.openics.registry.PopulationMeasure;
import org.openics.registry.Relation;

/** Keys and values of the registry's timelines. */
public final class Keys {

    private Keys() {}

    /** What an organisation is called and what it is, from a date. */
    public record OrganisationValue(String name, OrganisationKind kind, String subtype) {
        public OrganisationValue {
            if (name == null || name.isBlank() || kind == null) {
                throw new IllegalArgumentException("an organisation needs a name and a kind");
            }
        }
    }

    /**
     * One slot of a node's links: a practice has one PCN at a time (slot = the parent's kind), but may
     * be a member of many partnerships (slot = the partnership's code).
     */
    public record LinkKey(OdsCode child, Relation relation, String slot) {

        public static LinkKey partOf(OdsCode child, OrganisationKind parentKind) {
            return new LinkKey(child, Relation.PART_OF, parentKind.name());
        }

        public static LinkKey inArea(OdsCode child, OrganisationKind areaKind) {
            return new LinkKey(child, Relation.IN_AREA, areaKind.name());
        }

        public static LinkKey memberOf(OdsCode child, OdsCode partnership) {
            return new LinkKey(child, Relation.MEMBER_OF, partnership.value());
        }

        public static LinkKey covers(OdsCode provider, OdsCode place) {
            return new LinkKey(provider, Relation.COVERS, place.value());
        }
    }

    public record LinkValue(OdsCode parent, String role, Coverage coverage, Double share) {
        public static LinkValue to(OdsCode parent) {
            return new LinkValue(parent, null, null, null);
        }
    }

    public record PopulationKey(OdsCode code, PopulationMeasure measure) {}
}
