package org.openics.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BoundedParsingTest {

    private final YAMLMapper yaml = BoundedParsing.yaml().build();
    private final JsonMapper json = BoundedParsing.json().build();

    @Test
    void fiftyMegabytesOfYamlAreRefusedInWellUnderASecond() {
        StringBuilder big = new StringBuilder(50 * 1024 * 1024 + 64).append("functions:\n");
        String line = "  - code: X\n    name: " + "a".repeat(60) + "\n";
        while (big.length() < 50 * 1024 * 1024) {
            big.append(line);
        }
        String text = big.toString();
        long best = Long.MAX_VALUE;
        for (int attempt = 0;
                attempt < 3;
                attempt++) { // the best of three: the machine running the tests may be shared
            long start = System.nanoTime();
            assertThatThrownBy(() -> BoundedParsing.readYaml(yaml, text, Map.class))
                    .hasMessageContaining("code points");
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        assertThat(best).as("refused after %d ms", best).isLessThan(500);
    }

    @Test
    void anAliasBombIsRefused() {
        StringBuilder bomb =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            bomb.append("]\n");
            previous = c;
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> BoundedParsing.readYaml(yaml, bomb.toString(), Map.class))
                .hasMessageContaining("YAML aliases are not accepted (*a on line 2)");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
    }

    @Test
    void anOrdinaryDocumentReadsAndAnchorsWithoutAliasesAreHarmless() throws Exception {
        Map<?, ?> read = BoundedParsing.readYaml(yaml, "base: &b {kind: committee}\none: two\n", Map.class);
        assertThat(read.get("one")).isEqualTo("two");
        assertThat(read.get("base")).isEqualTo(Map.of("kind", "committee"));
    }

    @Test
    void deeplyNestedYamlAndJsonAreRefused() {
        String deepYaml = "[".repeat(BoundedParsing.MAX_DEPTH + 50) + "]".repeat(BoundedParsing.MAX_DEPTH + 50);
        assertThatThrownBy(() -> BoundedParsing.readYaml(yaml, deepYaml, Object.class))
                .hasMessageContaining("depth");
        String deepJson = "[".repeat(5_000) + "]".repeat(5_000);
        assertThatThrownBy(() -> json.readTree(deepJson)).hasMessageContaining("nesting depth");
    }

    @Test
    void jsonWithinTheLimitsReads() throws Exception {
        String nested = "[".repeat(BoundedParsing.MAX_DEPTH - 1) + "1" + "]".repeat(BoundedParsing.MAX_DEPTH - 1);
        JsonNode node = json.readTree(nested);
        assertThat(node.isArray()).isTrue();
    }

    @Test
    void duplicateYamlKeysAreRefusedRatherThanSilentlyOverwritten() {
        assertThatThrownBy(() -> BoundedParsing.readYaml(yaml, "code: A\ncode: B\n", Map.class))
                .hasMessageContaining("code");
    }
}
