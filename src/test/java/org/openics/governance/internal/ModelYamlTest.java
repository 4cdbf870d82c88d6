package org.openics.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openics.governance.model.GovernanceModel;
import org.openics.governance.model.ModelCheck;

class ModelYamlTest {

    static final GovernanceModel DEMO = DemoModel.model();

    static final String SMALL = """
            icb: QZZ
            bodies:
            - code: QZZ-BOARD
              name: ICB board
              kind: ICB_BOARD
              level: SYSTEM
              quorum: {members: 4, independent: 1}
              from: 2022-07-01
            - code: QZZ-AUDIT
              name: Audit and risk committee
              kind: BOARD_COMMITTEE
              level: SYSTEM
              parent: QZZ-BOARD
              quorum: {members: 2}
              from: 2022-07-01
            people:
            - id: P1
              name: Chair of the board
            seats:
            - person: P1
              body: QZZ-BOARD
              role: CHAIR
              from: 2022-07-01
            """;

    @Test
    void theDemoModelRoundTripsExactlyAndHoldsEveryKindOfItem() {
        String first = ModelYaml.write(DEMO);
        ModelYaml.Parsed parsed = ModelYaml.read(first);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.model()).isEqualTo(DEMO);
        assertThat(ModelYaml.write(parsed.model())).isEqualTo(first);
        assertThat(parsed.counts())
                .containsEntry("bodies", DEMO.allBodies().size())
                .containsEntry("people", DEMO.people().size())
                .containsEntry("seats", DEMO.appointments().size())
                .containsEntry("offices", DEMO.affiliations().size())
                .containsEntry("interests", DEMO.interests().size())
                .containsEntry("rules", DEMO.rules().size())
                .containsEntry("entries", DEMO.delegations().size());
        assertThat(DEMO.affiliations()).isNotEmpty();
        assertThat(DEMO.interests()).isNotEmpty();
        assertThat(ModelCheck.problems(parsed.model())).isEmpty();
    }

    @Test
    void aSmallHandWrittenModelReads() {
        ModelYaml.Parsed parsed = ModelYaml.read(SMALL);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.model().allBodies()).hasSize(2);
        assertThat(parsed.model().body("QZZ-AUDIT").orElseThrow().quorum().minimumIndependent())
                .isZero();
    }

    @Test
    void eachItemsOwnProblemIsNamedWithItsLineAndPosition() {
        String bad = SMALL.replace("kind: BOARD_COMMITTEE", "kind: SUBCOMMITTEE")
                .replace("role: CHAIR", "role: CHAIR\n  colour: blue")
                .replace("  from: 2022-07-01\n- code: QZZ-AUDIT", "  from: 2022-13-01\n- code: QZZ-AUDIT");
        List<String> problems = ModelYaml.read(bad).problems();
        assertThat(problems)
                .anySatisfy(p -> assertThat(p)
                        .startsWith("line 9, bodies[2]: ")
                        .contains("kind 'SUBCOMMITTEE' is not one of")
                        .contains("BOARD_COMMITTEE"));
        assertThat(problems)
                .anySatisfy(
                        p -> assertThat(p).startsWith("line 20, seats[1]: ").contains("'colour' is not a field here"));
        assertThat(problems)
                .anySatisfy(p -> assertThat(p)
                        .startsWith("line 3, bodies[1]: ")
                        .contains("from '2022-13-01' is not a date (YYYY-MM-DD)"));
        assertThat(ModelYaml.read(bad).model()).isNull();
    }

    @Test
    void crossReferencesAreCheckedAndLocated() {
        String bad = SMALL.replace("parent: QZZ-BOARD", "parent: QZZ-NOBODY").replace("person: P1", "person: P9")
                + "- person: P1\n  body: QZZ-FINANCE\n  role: MEMBER\n  from: 2022-07-01\n";
        ModelYaml.Parsed parsed = ModelYaml.read(bad);
        assertThat(parsed.problems()).isEmpty();
        List<String> problems =
                ModelCheck.problems(parsed.model()).stream().map(parsed::locate).toList();
        assertThat(problems)
                .containsExactlyInAnyOrder(
                        "line 9, bodies[2]: body QZZ-AUDIT reports to QZZ-NOBODY, which is not a body in the document",
                        "line 20, seats[1]: the seat names person P9, who is not in people",
                        "line 24, seats[2]: the seat of P1 is on QZZ-FINANCE, which is not a body in the document");
    }

    @Test
    void duplicatesCyclesAndSeatsOutsideTheirBodysLifeAreProblems() {
        String bad = SMALL.replace("parent: QZZ-BOARD", "parent: QZZ-AUDIT")
                .replace("  name: Chair of the board\n", "  name: Chair of the board\n- id: P1\n  name: Someone else\n")
                .replace("  role: CHAIR\n  from: 2022-07-01", "  role: CHAIR\n  from: 2021-01-01");
        ModelYaml.Parsed parsed = ModelYaml.read(bad);
        List<String> problems =
                ModelCheck.problems(parsed.model()).stream().map(parsed::locate).toList();
        assertThat(problems)
                .anySatisfy(
                        p -> assertThat(p).contains("bodies[2]").contains("reports, through its parents, to itself"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("people[2]").contains("person P1 is listed twice"));
        assertThat(problems)
                .anySatisfy(p -> assertThat(p).contains("seats[1]").contains("runs outside the body's own dates"));
    }

    @Test
    void notAModelUnknownSectionsAndBrokenYamlAreRefusedWithReasons() {
        assertThat(ModelYaml.read("- just\n- a list\n").problems())
                .singleElement()
                .asString()
                .contains("is not a governance model");
        assertThat(ModelYaml.read(SMALL + "budgets: []\n").problems())
                .singleElement()
                .asString()
                .contains("'budgets' is not part of a governance model");
        assertThat(ModelYaml.read("icb: QZZ\nbodies: [\n").problems())
                .singleElement()
                .asString()
                .contains("not valid YAML");
        assertThat(ModelYaml.read("").problems()).isNotEmpty();
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedWithoutBeingParsedWhole() {
        StringBuilder huge = new StringBuilder(SMALL).append("interests:\n");
        String line = "- {person: P1, kind: FINANCIAL, organisation: RJ1, description: shares, from: 2022-07-01}\n";
        while (huge.length() <= ModelYaml.MAX_CODE_POINTS) {
            huge.append(line);
        }
        assertThat(ModelYaml.read(huge.toString()).problems())
                .singleElement()
                .asString()
                .contains("not valid YAML")
                .containsIgnoringCase("code point");
    }
}
