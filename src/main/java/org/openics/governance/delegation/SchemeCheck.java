package org.openics.governance.delegation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openics.governance.Body;
import org.openics.governance.DelegateKind;
import org.openics.governance.Delegation;
import org.openics.governance.GovernedFunction;
import org.openics.governance.Role;

/**
 * Checks a scheme before it replaces the current one: unique codes, entries of known functions, bodies
 * that exist, and every delegation given by someone who holds the function (so each chain reaches the ICB).
 */
public final class SchemeCheck {

    private SchemeCheck() {}

    public static List<String> problems(List<GovernedFunction> functions, List<Delegation> entries, List<Body> bodies) {
        List<String> problems = new ArrayList<>();
        Set<String> functionCodes = new HashSet<>();
        for (GovernedFunction function : functions) {
            if (!functionCodes.add(function.code())) {
                problems.add("function " + function.code() + " appears twice");
            }
        }
        Set<String> bodyCodes = new HashSet<>();
        bodies.forEach(b -> bodyCodes.add(b.code()));
        Set<String> entryIds = new HashSet<>();
        for (Delegation entry : entries) {
            if (!entryIds.add(entry.id())) {
                problems.add("scheme entry " + entry.id() + " appears twice");
            }
            if (!functionCodes.contains(entry.function())) {
                problems.add("scheme entry " + entry.id() + " is for an unknown function " + entry.function());
            }
            if (namesABody(entry.kind()) && !bodyCodes.contains(entry.delegate())) {
                problems.add("scheme entry " + entry.id() + " delegates to " + entry.delegate()
                        + ", which is not a body of the ICS");
            }
            if (entry.kind() == DelegateKind.INDIVIDUAL && !isRole(entry.delegate())) {
                problems.add("scheme entry " + entry.id() + " delegates to an individual but " + entry.delegate()
                        + " is not a role");
            }
            boolean givenByAHolder = entry.root()
                    || entries.stream()
                            .anyMatch(e -> e != entry
                                    && e.function().equals(entry.function())
                                    && e.delegate().equals(entry.delegatedBy()));
            if (!givenByAHolder) {
                problems.add("scheme entry " + entry.id() + " is delegated by " + entry.delegatedBy() + ", who holds "
                        + entry.function() + " under no entry of the scheme");
            }
        }
        return problems;
    }

    private static boolean namesABody(DelegateKind kind) {
        return kind != DelegateKind.INDIVIDUAL && kind != DelegateKind.LEAD_PROVIDER;
    }

    private static boolean isRole(String text) {
        for (Role role : Role.values()) {
            if (role.name().equals(text)) {
                return true;
            }
        }
        return false;
    }
}
