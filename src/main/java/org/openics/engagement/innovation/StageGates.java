package org.openics.engagement.innovation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openics.engagement.Innovation;
import org.openics.engagement.PartnerKind;
import org.openics.engagement.Problem;
import org.openics.engagement.ProblemKind;
import org.openics.engagement.Stage;

/**
 * What an innovation needs before it enters its next stage: an opportunity (what could meet the need) before
 * OPPORTUNITY; evidence, an evaluation result and a validating partner that is a health innovation network before
 * VALIDATION; at least one adoption is then recorded in ADOPTION. Stages are entered in order, none skipped.
 */
public final class StageGates {

    private StageGates() {}

    /**
     * @param networks codes of partners that are a {@link PartnerKind#HEALTH_INNOVATION_NETWORK}
     * @return the problems; empty when the gate is passed
     */
    public static List<Problem> check(Innovation i, Stage target, Set<String> networks) {
        List<Problem> problems = new ArrayList<>();
        if (i.stage().next().filter(target::equals).isEmpty()) {
            problems.add(new Problem(
                    ProblemKind.GATE_NOT_MET,
                    "stage",
                    i.title() + " is at '" + i.stage().label()
                            + "': the next stage is "
                            + i.stage().next().map(Stage::label).orElse("none (it is at the last)")
                            + ", not '" + target.label() + "'"));
            return problems;
        }
        switch (target) {
            case OPPORTUNITY -> {
                if (i.opportunity().isEmpty()) {
                    problems.add(gate(
                            "opportunity", "say what opportunity could meet the need before the opportunity gate"));
                }
            }
            case VALIDATION -> {
                if (i.evidence().isEmpty()) {
                    problems.add(gate("evidence", "record the evidence before validation"));
                }
                if (i.evaluation().isEmpty()) {
                    problems.add(gate("evaluation", "record the evaluation result before validation"));
                }
                if (i.validatedBy().filter(networks::contains).isEmpty()) {
                    problems.add(gate(
                            "validatedBy",
                            "validation needs a health innovation network (AHSN) partner to have validated it"));
                }
            }
            case ADOPTION -> {
                if (i.adoptions().isEmpty()) {
                    problems.add(gate("adoptions", "record the first place adopting it before the adoption stage"));
                }
            }
            default -> problems.add(gate("stage", "an innovation starts at the need stage"));
        }
        return problems;
    }

    private static Problem gate(String field, String detail) {
        return new Problem(ProblemKind.GATE_NOT_MET, field, detail);
    }
}
