package org.openics.governance.delegation;

import org.openics.governance.Body;
import org.openics.governance.Delegation;
import org.openics.governance.Level;
import org.openics.governance.Role;
import org.openics.governance.constitution.SystemOrganisations;
import org.openics.governance.model.GovernanceModel;

/** Names and levels of whoever a scheme entry names: a body, an individual director, a provider or a delegator. */
public final class Parties {

    private final GovernanceModel model;
    private final SystemOrganisations system;

    public Parties(GovernanceModel model, SystemOrganisations system) {
        this.model = model;
        this.system = system;
    }

    public String name(String party) {
        if (party == null) {
            return "the whole system";
        }
        if (Delegation.NHS_ENGLAND.equals(party)) {
            return "NHS England";
        }
        if (Delegation.STATUTE.equals(party)) {
            return "statute (the NHS Act 2006 as amended by the Health and Care Act 2022)";
        }
        return model.body(party)
                .map(Body::name)
                .or(() -> role(party).map(r -> "the ICB's " + r.label().toLowerCase()))
                .orElseGet(() -> system.name(party));
    }

    /** Where the holder of an entry decides: the body's level, the place for a place-limited entry, else the system. */
    public Level level(Delegation entry) {
        return model.body(entry.delegate()).map(Body::level).orElse(entry.place() != null ? Level.PLACE : Level.SYSTEM);
    }

    /** "Commissioning GP services" → "commissioning GP services", for use inside a sentence. */
    public static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static java.util.Optional<Role> role(String party) {
        for (Role role : Role.values()) {
            if (role.name().equals(party)) {
                return java.util.Optional.of(role);
            }
        }
        return java.util.Optional.empty();
    }
}
