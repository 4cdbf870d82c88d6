package org.openics.governance.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openics.governance.DecisionMap;
import org.openics.governance.DelegateKind;
import org.openics.governance.Delegation;
import org.openics.governance.GovernedFunction;
import org.openics.governance.MapEntry;
import org.openics.governance.Pounds;
import org.openics.governance.constitution.SystemOrganisations;
import org.openics.governance.model.GovernanceModel;

/** Generates the public functions and decision map from the scheme as it stood on a date, in plain English. */
public final class DecisionMaps {

    private final GovernanceModel model;
    private final SystemOrganisations system;
    private final Parties parties;

    public DecisionMaps(GovernanceModel model, SystemOrganisations system) {
        this.model = model;
        this.system = system;
        this.parties = new Parties(model, system);
    }

    public DecisionMap on(LocalDate date) {
        List<MapEntry> entries = new ArrayList<>();
        for (GovernedFunction function : model.functions()) {
            for (Delegation entry : model.delegations(function.code(), date)) {
                entries.add(new MapEntry(
                        parties.level(entry),
                        function.code(),
                        function.name(),
                        function.category().label(),
                        entry.delegate(),
                        parties.name(entry.delegate()),
                        entry.place(),
                        entry.place() == null ? null : system.name(entry.place()),
                        Pounds.limit(entry.limitPounds()),
                        entry.conditions(),
                        sentence(function, entry),
                        entry.id()));
            }
        }
        entries.sort(Comparator.comparing(MapEntry::level)
                .thenComparing(MapEntry::functionName)
                .thenComparing(e -> e.placeName() == null ? "" : e.placeName()));
        return new DecisionMap(date, entries);
    }

    private String sentence(GovernedFunction function, Delegation entry) {
        String what = Parties.lowerFirst(function.name());
        String who = parties.name(entry.delegate());
        String where = entry.place() == null ? "" : " for " + system.name(entry.place());
        String money = entry.limitPounds() == null ? "" : " where the value is " + Pounds.limit(entry.limitPounds());
        String by;
        if (Delegation.NHS_ENGLAND.equals(entry.delegatedBy())) {
            by = " NHS England has delegated this to " + who + " since " + entry.validFrom() + ".";
        } else if (Delegation.STATUTE.equals(entry.delegatedBy())) {
            by = " The law gives this to " + who
                    + (entry.kind() == DelegateKind.RESERVED_TO_BOARD
                            ? ", which keeps it unless it delegates it below."
                            : ".");
        } else {
            by = " " + capitalised(parties.name(entry.delegatedBy())) + " has "
                    + entry.kind().label() + " since " + entry.validFrom() + ".";
        }
        return capitalised(who) + " decides: " + what + where + money + "." + by;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
