package org.openics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openics.finance.NeedComponent;
import org.openics.support.ReferenceData;

class FinanceCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
            int exit = OpenIcsCommand.run(args);
            return new Run(exit, captured.toString(StandardCharsets.UTF_8), errors.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void needByLocalAuthorityPrintsExactlyOneJsonObjectWithUnitsAndEveryComponent() throws Exception {
        Run run = run(
                "finance",
                "need",
                "--weighted",
                ReferenceData.file(ReferenceData.WEIGHTED_2022).toString(),
                "--ics",
                "QKK",
                "--by",
                "local-authority",
                "--json");
        assertThat(run.exit()).isZero();
        ObjectMapper mapper = new ObjectMapper();
        var parser = mapper.getFactory().createParser(run.out());
        JsonNode doc = mapper.readTree(parser);
        assertThat(parser.nextToken()).as("nothing after the one object").isNull();
        assertThat(doc.isObject()).isTrue();
        JsonNode units = doc.get("units");
        assertThat(units).hasSize(6);
        for (JsonNode unit : units) {
            assertThat(unit.has("code") && unit.has("name") && unit.has("registered"))
                    .isTrue();
            for (NeedComponent c : NeedComponent.values()) {
                assertThat(unit.get(c.header()).get("weighted").isNumber()).isTrue();
                assertThat(unit.get(c.header()).get("index").decimalValue().doubleValue())
                        .isBetween(0.3, 3.0);
            }
        }
        assertThat(units.get(0).get("name").asText()).isEqualTo("Bexley");
        assertThat(doc.get("rowsRead").asLong())
                .isEqualTo(doc.get("loaded").asLong() + doc.get("rejected").size());
    }

    @Test
    void aCustomClusterGroupsThePractisesNamedInItsFile() throws Exception {
        Path clusters = dir.resolve("clusters.csv");
        Files.writeString(
                clusters,
                "practice,cluster,name\nG83001,C1,Cluster one\nG83002,C1,Cluster one\nG83004,C2,Cluster two\n");
        Run run = run(
                "finance",
                "need",
                "--weighted",
                ReferenceData.file(ReferenceData.WEIGHTED_2022).toString(),
                "--ics",
                "QKK",
                "--by",
                "custom",
                "--cluster",
                clusters.toString(),
                "--json");
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("units"))
                .extracting(
                        u -> u.get("code").asText() + "/" + u.get("practices").asInt())
                .containsExactly("C1/2", "C2/1");
    }

    @Test
    void anUnusableFileExitsOneWithTheReason() throws Exception {
        Path bad = dir.resolve("x_2022_23.csv");
        Files.writeString(bad, "a,b\n1,2\n");
        Run run = run("finance", "need", "--weighted", bad.toString(), "--ics", "QKK");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("is not an NHS England weighted-populations file");
    }
}
