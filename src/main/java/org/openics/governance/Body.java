package org.openics.governance;

import java.time.LocalDate;

/**
 * A decision-making body: the ICB board, the ICP, a committee, a place committee, a joint committee, a
 * provider collaborative board or a health and wellbeing board.
 *
 * @param parent the body it reports to (null for the ICB board and bodies outside the ICB)
 * @param place  the registry code of the place it serves, or null for the whole system
 */
public record Body(
        String code,
        String name,
        BodyKind kind,
        Level level,
        String parent,
        String place,
        QuorumRule quorum,
        LocalDate validFrom,
        LocalDate validTo)
        implements Dated {

    public Body {
        Codes.require(code, "body");
        if (name == null || name.isBlank() || kind == null || level == null || quorum == null) {
            throw new IllegalArgumentException("body " + code + " needs a name, a kind, a level and a quorum rule");
        }
        Dated.check(validFrom, validTo, "body " + code);
    }
}
