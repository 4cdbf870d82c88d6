package org.openics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openics.kernel.OdsCode;
import org.openics.registry.DemoSystem;
import org.openics.registry.Registry;
import org.openics.registry.TreeNode;
import org.openics.support.PlatformIT;
import org.openics.support.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The command line against the store of a running server: a second process (here a second Spring
 * context) must connect to the server's PostgreSQL rather than start its own on the same folder.
 */
class RegistryCommandIT extends PlatformIT {

    @Autowired
    Registry registry;

    @Test
    void treeAsJsonWhileTheServerRunsGivesTheSameNumbersAsTheRegistry() throws Exception {
        registry.loadDemoIcs();
        Result result = run(
                "--home",
                HOME.toString(),
                "registry",
                "tree",
                "--ics",
                DemoSystem.ICB_CODE,
                "--as-at",
                "2026-06-01",
                "--json");
        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode tree = new ObjectMapper().readTree(result.out());
        TreeNode expected = registry.tree(Optional.of(OdsCode.of(DemoSystem.ICB_CODE)), LocalDate.of(2026, 6, 1), -1)
                .orElseThrow();
        assertThat(tree.get("code").asText()).isEqualTo(DemoSystem.ICB_CODE);
        assertThat(tree.get("kind").asText()).isEqualTo("ICB");
        assertThat(tree.get("population").asLong()).isEqualTo(expected.population());
        assertThat(tree.get("children")).hasSize(6);
        assertThat(tree.at("/children/0/children/0/children/0/kind").asText()).isEqualTo("GP_PRACTICE");
    }

    @Test
    void importingADamagedFileLoadsTheGoodRowsListsEachBadLineAndExitsWithTwo(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(ReferenceData.file(ReferenceData.SEL_PRACTICES)));
        lines.set(2, lines.get(2).replaceFirst("^G\\d{5}", "G8X"));
        Path damaged = dir.resolve("sel_practices_damaged.csv");
        Files.write(damaged, lines);
        run(
                "--home",
                HOME.toString(),
                "registry",
                "import",
                ReferenceData.file(ReferenceData.MAPPING).toString());

        Result result = run("--home", HOME.toString(), "registry", "import", damaged.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out())
                .contains("PRACTICE_PLACES")
                .contains("rows read 192 = loaded 191 + rejected 1")
                .contains("rejected sel_practices_damaged.csv:3: malformed practice code 'G8X' in practice_code");
    }

    @Test
    void anUnknownFileFormatIsAClearErrorAndExitsWithOne(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.csv"), "a,b\n1,2\n");
        Result result = run("--home", HOME.toString(), "registry", "import", file.toString());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("notes.csv: is not a recognised format. Its columns: a, b");
    }

    @Test
    void withOpenicsDbUrlTheCommandsUseThatServerAndStartNoEmbeddedOne(@TempDir Path emptyHome) throws Exception {
        registry.loadDemoIcs();
        String url = ((com.zaxxer.hikari.HikariDataSource) dataSource).getJdbcUrl();
        Result result;
        System.setProperty("OPENICS_DB_URL", url);
        System.setProperty("OPENICS_DB_USER", "postgres");
        // the embedded server asks for its generated password (scram-sha-256), as any real server would
        System.setProperty("OPENICS_DB_PASSWORD", ((com.zaxxer.hikari.HikariDataSource) dataSource).getPassword());
        try {
            result = run(
                    "--home",
                    emptyHome.toString(),
                    "registry",
                    "tree",
                    "--ics",
                    DemoSystem.ICB_CODE,
                    "--depth",
                    "0",
                    "--json");
        } finally {
            System.clearProperty("OPENICS_DB_URL");
            System.clearProperty("OPENICS_DB_USER");
            System.clearProperty("OPENICS_DB_PASSWORD");
        }
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(new ObjectMapper().readTree(result.out()).get("code").asText())
                .isEqualTo(DemoSystem.ICB_CODE);
        assertThat(emptyHome.resolve("postgres")).doesNotExist();
    }

    @Autowired
    javax.sql.DataSource dataSource;

    record Result(int exit, String out, String err) {}

    static synchronized Result run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int exit = OpenIcsCommand.run(args);
            return new Result(
                    exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
