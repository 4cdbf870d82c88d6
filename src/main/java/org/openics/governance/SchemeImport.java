package org.openics.governance;

import java.util.List;

/** What importing a scheme document did: the version it became, counts, and the problems that stopped it. */
public record SchemeImport(int version, int functions, int entries, List<String> problems) {

    public SchemeImport {
        problems = List.copyOf(problems);
    }

    public boolean imported() {
        return problems.isEmpty();
    }
}
