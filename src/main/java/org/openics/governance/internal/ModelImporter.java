package org.openics.governance.internal;

import java.util.ArrayList;
import java.util.List;
import org.openics.governance.delegation.SchemeCheck;
import org.openics.governance.model.GovernanceModel;
import org.openics.governance.model.ModelCheck;

/**
 * Reads a whole governance model document (the YAML that {@code governance import --model} takes) and checks it:
 * the document's own problems, then the model's and the scheme's, each with where it is. The import of a real ICS's
 * file and the demo's start both go through here, so the demo exercises the importer.
 */
public final class ModelImporter {

    /** What reading and checking found: the model only when there were no problems. */
    record Checked(ModelYaml.Parsed parsed, List<String> problems) {

        GovernanceModel model() {
            return problems.isEmpty() ? parsed.model() : null;
        }
    }

    private ModelImporter() {}

    static Checked check(String yaml) {
        ModelYaml.Parsed parsed = ModelYaml.read(yaml);
        List<String> problems = new ArrayList<>(parsed.problems());
        GovernanceModel incoming = parsed.model();
        if (incoming != null) {
            ModelCheck.problems(incoming).forEach(p -> problems.add(parsed.locate(p)));
            if (problems.isEmpty()) {
                SchemeCheck.problems(incoming.functions(), incoming.delegations(), incoming.allBodies())
                        .forEach(p -> problems.add("scheme: " + p));
            }
        }
        return new Checked(parsed, List.copyOf(problems));
    }

    /**
     * The model a document describes, checked as an import checks it.
     *
     * @throws IllegalArgumentException naming the source and every problem with its line, when there is any
     */
    public static GovernanceModel read(String yaml, String source) {
        Checked checked = check(yaml);
        if (!checked.problems().isEmpty()) {
            throw new IllegalArgumentException(
                    source + ": not a valid governance model:\n  " + String.join("\n  ", checked.problems()));
        }
        return checked.model();
    }
}
