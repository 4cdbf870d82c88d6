package org.openics.registry;

import java.time.LocalDate;
import org.openics.kernel.OdsCode;

/**
 * A dated relation between two nodes.
 *
 * @param role     the member's role in a partnership (for example "lead provider"), or null
 * @param coverage for {@link Relation#COVERS}: full or partial, otherwise null
 * @param share    for partial coverage, the share of the place's population served when known, else null
 */
public record Link(
        OdsCode child,
        Relation relation,
        OdsCode parent,
        String role,
        Coverage coverage,
        Double share,
        LocalDate validFrom,
        LocalDate validTo) {

    public Link {
        if (child == null || relation == null || parent == null || validFrom == null) {
            throw new IllegalArgumentException("a link needs both ends, a relation and a start date");
        }
        if (child.equals(parent)) {
            throw new IllegalArgumentException(child + " cannot be linked to itself");
        }
        if (share != null && (share <= 0 || share > 1)) {
            throw new IllegalArgumentException("a coverage share must be above 0 and at most 1, not " + share);
        }
    }
}
