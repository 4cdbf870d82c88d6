package org.openics.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelImporterTest {

    @Test
    void theDemoDocumentPassesTheImportChecks() {
        ModelImporter.Checked checked = ModelImporter.check(DemoModel.document());

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.model().allBodies()).hasSize(21);
        assertThat(checked.parsed().counts()).containsEntry("entries", 42).containsEntry("scheme", 14);
    }

    @Test
    void aDocumentWithAProblemIsRefusedNamingTheSourceAndTheLine() {
        String bad = DemoModel.document().replace("kind: ICB_BOARD", "kind: ICB_BORAD");

        assertThatThrownBy(() -> ModelImporter.read(bad, "board.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("board.yaml: not a valid governance model:")
                .hasMessageContaining("line 14, bodies[1]");
    }
}
