package org.openics.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openics.registry.Registry;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole governance model out to YAML and back in, on the real store: exact round trips, versions, refusals, a breach mended. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GovernanceModelIT extends PlatformIT {

    static final org.openics.kernel.Actor SECRETARY = new org.openics.kernel.Actor(
            "secretary",
            org.openics.kernel.UserRole.GOVERNANCE_ADMIN,
            java.util.Optional.of("QZZ"),
            java.util.Optional.empty());

    static final LocalDate JUNE = LocalDate.of(2026, 6, 1);
    static final String GP_RULE = "ICB-PARTNER-GENERAL-PRACTICE";

    @Autowired
    Governance governance;

    @Autowired
    Registry registry;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void loadTheDemo() {
        registry.loadDemoIcs();
        governance.loadDemo();
    }

    @Test
    void exportImportExportGivesTheSameDocumentAndEachImportIsANewVersion() {
        String first = governance.exportModel();
        int before = versions();
        ModelImport result = governance.importModel(SECRETARY, first, "round-trip.yaml");
        assertThat(result.problems()).isEmpty();
        assertThat(result.version()).isEqualTo(before + 1);
        assertThat(versions()).isEqualTo(before + 1);
        assertThat(governance.exportModel()).isEqualTo(first);
        assertThat(jdbc.queryForObject(
                        "select document from governance.model_version where version = ?",
                        String.class,
                        result.version()))
                .isEqualTo(first);
        assertThat(result.bodies())
                .isEqualTo(jdbc.queryForObject("select count(*) from governance.body", Integer.class));
        assertThat(result.seats())
                .isEqualTo(jdbc.queryForObject("select count(*) from governance.appointment", Integer.class));
    }

    @Test
    void aDocumentWithProblemsIsRefusedWholeAndChangesNothing() {
        String before = governance.exportModel();
        int versions = versions();
        String broken = before.replaceFirst("role: CHAIR", "role: CHAIRPERSON")
                .replaceFirst("(?m)^- id: ([^\\n]+)\\n", "- id: $1\n  age: 60\n");
        ModelImport result = governance.importModel(SECRETARY, broken, "broken.yaml");
        assertThat(result.imported()).isFalse();
        assertThat(result.version()).isZero();
        assertThat(result.problems())
                .anySatisfy(
                        p -> assertThat(p).matches("line \\d+, seats\\[\\d+\\]: role 'CHAIRPERSON' is not one of .*"));
        assertThat(result.problems())
                .anySatisfy(p -> assertThat(p).matches("line \\d+, people\\[1\\]: 'age' is not a field here .*"));
        assertThat(governance.exportModel()).isEqualTo(before);
        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void aSchemeThatNoLongerReachesTheIcbIsRefusedWithTheSchemesReason() {
        String before = governance.exportModel();
        String orphaned = before.replace("delegatedBy: QZZ-PCC", "delegatedBy: QZZ-NOBODY");
        ModelImport result = governance.importModel(SECRETARY, orphaned, "orphaned.yaml");
        assertThat(result.imported()).isFalse();
        assertThat(result.problems())
                .allSatisfy(p -> assertThat(p).startsWith("scheme: "))
                .isNotEmpty();
        assertThat(governance.exportModel()).isEqualTo(before);
    }

    @Test
    void aBoardLackingARequiredMemberIsABreachUntilTheImportedModelFillsTheSeat() {
        String original = governance.exportModel();
        try {
            assertThat(governance.validate(JUNE).breaches()).anySatisfy(b -> {
                assertThat(b.rule()).startsWith(GP_RULE);
                assertThat(b.reason()).isNotBlank();
            });
            String filled = original.replaceFirst(
                            "(?m)^people:\\n",
                            "people:\n- id: pm-gp-2\n  name: Partner member for general practice (appointed 2026)\n")
                    .replaceFirst(
                            "(?m)^seats:\\n",
                            "seats:\n- person: pm-gp-2\n  body: QZZ-BOARD\n  role: PARTNER_MEMBER_GENERAL_PRACTICE\n"
                                    + "  from: 2026-04-01\n");
            ModelImport result = governance.importModel(SECRETARY, filled, "board-with-gp-member.yaml");
            assertThat(result.problems()).isEmpty();
            assertThat(governance.validate(JUNE).breaches())
                    .noneSatisfy(b -> assertThat(b.rule()).startsWith(GP_RULE));
        } finally {
            assertThat(governance
                            .importModel(SECRETARY, original, "restore.yaml")
                            .problems())
                    .isEmpty();
        }
        assertThat(governance.validate(JUNE).breaches())
                .anySatisfy(b -> assertThat(b.rule()).startsWith(GP_RULE));
    }

    @Test
    void onlyAGovernanceAdministratorMayImportAModel() {
        String before = governance.exportModel();
        for (org.openics.kernel.UserRole role : org.openics.kernel.UserRole.values()) {
            if (role == org.openics.kernel.UserRole.GOVERNANCE_ADMIN) {
                continue;
            }
            org.openics.kernel.Actor actor = new org.openics.kernel.Actor(
                    "someone",
                    role,
                    java.util.Optional.of("QZZ"),
                    role == org.openics.kernel.UserRole.RESIDENT
                            ? java.util.Optional.of(new org.openics.kernel.NhsNumber("9000000009"))
                            : java.util.Optional.empty());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> governance.importModel(actor, before, "x.yaml"))
                    .as(role.name())
                    .isInstanceOf(org.openics.kernel.NotAuthorised.class)
                    .hasMessageContaining(role.label());
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> governance.importModel(null, before, "x.yaml"))
                .isInstanceOf(org.openics.kernel.NotAuthorised.class);
    }

    private int versions() {
        return jdbc.queryForObject("select count(*) from governance.model_version", Integer.class);
    }
}
