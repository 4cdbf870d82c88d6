package org.openics.finance.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openics.finance.ComponentNeed;
import org.openics.finance.Grouping;
import org.openics.finance.NeedComponent;
import org.openics.finance.NeedIndexTable;
import org.openics.finance.NeedUnit;
import org.openics.finance.RejectionKind;
import org.openics.finance.WeightedPopulationsImport;
import org.openics.support.ReferenceData;

class NeedIndicesTest {

    static final String Y2022 = "england/gp_practice_weighted_populations_2022_23.csv";
    static final String Y2024 = "england/gp_practice_weighted_populations_2024_25.csv";

    @ParameterizedTest
    @ValueSource(strings = {Y2022, Y2024})
    void localAuthorityIndicesEqualASeparateCalculationOnThePublishedFile(String relative) throws IOException {
        Path file = ReferenceData.file(relative);
        WeightedPopulationFile.Contents contents = WeightedPopulationFile.read(file, Optional.empty());
        assertThat(contents.report().usable()).isTrue();
        assertThat(contents.report().read())
                .isEqualTo(contents.report().loaded()
                        + contents.report().rejected().size());
        NeedIndexTable table = NeedIndices.compute(
                contents.report().year(),
                "QKK",
                contents.practices(),
                Grouping.LOCAL_AUTHORITY,
                NeedIndices.fromFile(Grouping.LOCAL_AUTHORITY, Map.of()));

        Map<String, Map<String, double[]>> expected = separately(file, "QKK", "LA21");
        assertThat(table.units())
                .extracting(NeedUnit::code)
                .containsExactly("E09000004", "E09000006", "E09000011", "E09000022", "E09000023", "E09000028");
        double[] icbTotals = new double[NeedComponent.values().length * 2];
        for (Map<String, double[]> unit : expected.values()) {
            double[] t = unit.get("*");
            for (int i = 0; i < t.length; i++) {
                icbTotals[i] += t[i];
            }
        }
        for (NeedUnit unit : table.units()) {
            double[] sums = expected.get(unit.code()).get("*");
            for (NeedComponent c : NeedComponent.values()) {
                int k = c.ordinal();
                double want = (sums[2 * k] / sums[2 * k + 1]) / (icbTotals[2 * k] / icbTotals[2 * k + 1]);
                ComponentNeed got = unit.component(c).orElseThrow();
                assertThat(got.index().doubleValue())
                        .as(unit.name() + " " + c.header())
                        .isCloseTo(want, within(1e-9));
                assertThat(got.weighted().doubleValue()).isCloseTo(sums[2 * k], within(1e-6));
            }
        }
        assertThat(table.total().component(NeedComponent.FINAL).orElseThrow().index())
                .isEqualByComparingTo("1");
    }

    @Test
    void theIndexUsesTheAllocationYearsRegisteredPopulationNotTheListSize() throws IOException {
        WeightedPopulationFile.Contents contents =
                WeightedPopulationFile.read(ReferenceData.file(Y2022), Optional.empty());
        NeedIndexTable table = NeedIndices.compute(
                "2022/23",
                "QKK",
                contents.practices(),
                Grouping.PRACTICE,
                NeedIndices.fromFile(Grouping.PRACTICE, Map.of()));
        // G83001's 'pop 2022/23' differs from its Patients count: the unit's registered is the former
        NeedUnit practice = table.units().stream()
                .filter(u -> u.code().equals("G83001"))
                .findFirst()
                .orElseThrow();
        Map<String, String> row = rows(ReferenceData.file(Y2022)).get("G83001");
        assertThat(practice.registered()).isEqualByComparingTo(row.get("pop 2022/23"));
        assertThat(practice.registered()).isNotEqualByComparingTo(row.get("Patients"));
    }

    @Test
    void bothLayoutsAreRecognisedAndTheYearComesFromTheName() {
        WeightedPopulationsImport y22 = WeightedPopulationFile.read(ReferenceData.file(Y2022), Optional.empty())
                .report();
        WeightedPopulationsImport y24 = WeightedPopulationFile.read(ReferenceData.file(Y2024), Optional.empty())
                .report();
        assertThat(y22.format()).isEqualTo(WeightedPopulationFile.WITH_PCN);
        assertThat(y22.year()).isEqualTo("2022/23");
        assertThat(y22.rejected()).isEmpty();
        assertThat(y22.notes()).anyMatch(n -> n.startsWith("17 practices have Mat WP published blank"));
        assertThat(y24.format()).isEqualTo(WeightedPopulationFile.PROJECTION);
        assertThat(y24.year()).isEqualTo("2024/25");
        assertThat(y24.loaded()).isEqualTo(6553);
    }

    @Test
    void aPracticeWithABlankComponentIsLeftOutOfThatComponentOnly() {
        WeightedPopulationFile.Contents contents =
                WeightedPopulationFile.read(ReferenceData.file(Y2022), Optional.empty());
        NeedIndexTable table = NeedIndices.compute(
                "2022/23",
                "QKK",
                contents.practices(),
                Grouping.LOCAL_AUTHORITY,
                NeedIndices.fromFile(Grouping.LOCAL_AUTHORITY, Map.of()));
        // Y06113 (Southwark) has Mat WP blank
        NeedUnit southwark = table.units().get(5);
        assertThat(southwark.component(NeedComponent.MATERNITY).orElseThrow().practicesLeftOut())
                .isEqualTo(1);
        assertThat(southwark.component(NeedComponent.MATERNITY).orElseThrow().registered())
                .isLessThan(southwark.registered());
        assertThat(southwark.component(NeedComponent.FINAL).orElseThrow().registered())
                .isEqualByComparingTo(southwark.registered());
    }

    @Test
    void badRowsAreRejectedWithLineAndReasonAndTheGoodOnesLoad() throws IOException {
        List<String> lines = Files.readAllLines(ReferenceData.file(Y2022));
        String header = lines.get(0);
        String good = lines.get(1);
        String text = String.join(
                        "\n",
                        header,
                        good,
                        good.replaceFirst("^A81001", "A81001"), // duplicate of line 2
                        good.replaceFirst("^A81001", "BAD"), // bad code
                        lines.get(2).replace(",18684.58022,", ",-5,"), // negative registered
                        lines.get(3).replaceFirst(",QHM,", ",,"), // no ICB
                        "A81099,Too short,TS1")
                + "\n";
        WeightedPopulationsImport report = WeightedPopulationFile.read(
                        new StringReader(text), "test_2022_23.csv", Optional.empty())
                .report();
        assertThat(report.read()).isEqualTo(6);
        assertThat(report.loaded()).isEqualTo(1);
        assertThat(report.rejected())
                .extracting(r -> r.line() + " " + r.kind())
                .containsExactly("3 DUPLICATE", "4 BAD_CODE", "5 NEGATIVE", "6 MISSING_VALUE", "7 SHORT_ROW");
        assertThat(report.rejected().get(1).toString())
                .isEqualTo("test_2022_23.csv:4: Practice_Code 'BAD' is not a six-character ODS code");
        assertThat(report.rejected().get(2).kind()).isEqualTo(RejectionKind.NEGATIVE);
    }

    @Test
    void aFileOfAnotherKindIsRefusedWithWhatItsHeaderLacks() throws IOException {
        WeightedPopulationsImport report = WeightedPopulationFile.read(
                        new StringReader("Practice_Code,Patients\nA81001,4073\n"), "list_2022_23.csv", Optional.empty())
                .report();
        assertThat(report.usable()).isFalse();
        assertThat(report.problem().get())
                .contains("not an NHS England weighted-populations file")
                .contains("G&A WP")
                .contains("pop YYYY/YY");
        assertThat(WeightedPopulationFile.read(Path.of("no-such.csv"), Optional.empty())
                        .report()
                        .problem()
                        .get())
                .contains("no such file");
    }

    /** Sums per unit of weighted (2k) and registered-with-a-value (2k+1) per component, by plain parsing with doubles. */
    static Map<String, Map<String, double[]>> separately(Path file, String ics, String unitColumn) throws IOException {
        Map<String, Map<String, double[]>> units = new HashMap<>();
        for (Map<String, String> row : rows(file).values()) {
            if (!row.get("ICS22").equals(ics)) {
                continue;
            }
            double[] sums = units.computeIfAbsent(row.get(unitColumn), u -> new HashMap<>())
                    .computeIfAbsent("*", k -> new double[NeedComponent.values().length * 2]);
            double registered = Double.parseDouble(row.get("pop 2022/23"));
            for (NeedComponent c : NeedComponent.values()) {
                String w = row.get(c.header());
                if (!w.isBlank()) {
                    sums[2 * c.ordinal()] += Double.parseDouble(w);
                    sums[2 * c.ordinal() + 1] += registered;
                }
            }
        }
        return units;
    }

    static Map<String, Map<String, String>> rows(Path file) throws IOException {
        Map<String, Map<String, String>> rows = new HashMap<>();
        try (var reader = Files.newBufferedReader(file)) {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                rows.put(r.get("Practice_Code"), r.toMap());
            }
        }
        return rows;
    }
}
