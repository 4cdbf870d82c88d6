package org.openics.governance.constitution;

import java.util.Map;
import java.util.Set;

/**
 * What the rules need to know of the ICS from the registry: its ICB, the organisations that are part of
 * the system (trusts serving its places, councils, practices, collaboratives) and its local authorities.
 *
 * @param names registry code to name, for every organisation known
 */
public record SystemOrganisations(
        String icb, Map<String, String> names, Set<String> partners, Set<String> localAuthorities) {

    public SystemOrganisations {
        names = Map.copyOf(names);
        partners = Set.copyOf(partners);
        localAuthorities = Set.copyOf(localAuthorities);
    }

    public String name(String code) {
        return names.getOrDefault(code, code);
    }
}
