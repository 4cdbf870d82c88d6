package org.openics.registry;

import java.time.LocalDate;
import org.openics.kernel.OdsCode;

/**
 * A node of the system of systems as it stood on a date: an organisation, a partnership or an area.
 *
 * @param subtype finer kind where it matters (trust: ACUTE, MENTAL_HEALTH, COMMUNITY, AMBULANCE, with
 *                _FT for foundation trusts; local authority: LONDON_BOROUGH, UNITARY, COUNTY, DISTRICT,
 *                METROPOLITAN_DISTRICT), or null
 */
public record Organisation(
        OdsCode code, String name, OrganisationKind kind, String subtype, LocalDate validFrom, LocalDate validTo) {

    public Organisation {
        if (code == null || kind == null || validFrom == null) {
            throw new IllegalArgumentException("an organisation needs a code, a kind and a start date");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("organisation " + code + " has no name");
        }
    }

    /** The subtype in words: "Mental health, foundation trust", "London borough"; empty when none. */
    public String subtypeLabel() {
        if (subtype == null) {
            return "";
        }
        String base = (foundationTrust() ? subtype.substring(0, subtype.length() - 3) : subtype)
                .replace('_', ' ')
                .toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(base.charAt(0))
                + base.substring(1)
                + (foundationTrust() ? ", foundation trust" : "");
    }

    public boolean foundationTrust() {
        return subtype != null && subtype.endsWith("_FT");
    }
}
