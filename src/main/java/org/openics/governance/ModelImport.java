package org.openics.governance;

import java.util.List;

/**
 * What importing a whole governance model did: the model version it became (0 when refused), how many of each kind
 * of item the document held, and every problem that stopped it, each with where it is ("line 12, bodies[3]: ...").
 */
public record ModelImport(
        int version,
        int bodies,
        int people,
        int seats,
        int offices,
        int interests,
        int rules,
        int functions,
        int entries,
        List<String> problems) {

    public ModelImport {
        problems = List.copyOf(problems);
    }

    public boolean imported() {
        return problems.isEmpty();
    }
}
