package org.openics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openics.analytics.statistics.EuropeanStandardPopulation;

/** {@code openics stats}: CSV in, CSV out, grouping columns echoed, suppressed cells empty, clear errors. */
class StatsCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, List<String> lines, String errors) {
        List<String> cells(int line) {
            return List.of(lines.get(line).split(",", -1));
        }
    }

    Run stats(String csv, String... args) throws IOException {
        Path file = dir.resolve("in.csv");
        Files.writeString(file, csv);
        String[] all = new String[args.length + 3];
        all[0] = "stats";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--in";
        all[args.length + 2] = file.toString();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
            int exit = OpenIcsCommand.run(all);
            return new Run(
                    exit,
                    captured.toString(StandardCharsets.UTF_8).lines().toList(),
                    errors.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void proportionsEchoGroupingColumnsWithBothFingertipsLevels() throws IOException {
        Run run = stats(
                "area,year,x,n\nA,2024,81,263\nB,2024,0,5\n",
                "proportion",
                "--confidence",
                "0.95,0.998",
                "--multiplier",
                "100");
        assertThat(run.exit()).isZero();
        assertThat(run.lines().get(0)).isEqualTo("area,year,value,lower95_0cl,upper95_0cl,lower99_8cl,upper99_8cl");
        assertThat(run.cells(1).subList(0, 2)).containsExactly("A", "2024");
        assertThat(Double.parseDouble(run.cells(1).get(3)))
                .isEqualTo(25.52885198782742, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(run.cells(2).get(2)).isEqualTo("0.0");
    }

    @Test
    void rowsOfOneGroupAreSummedAndWithoutGroupsEachRowStandsAlone() throws IOException {
        Run grouped = stats("area,x,n\nA,3,10000\nA,2,10000\n", "rate");
        assertThat(grouped.lines()).hasSize(2);
        assertThat(grouped.lines().get(0)).isEqualTo("area,value,lowercl,uppercl");
        assertThat(grouped.cells(1).get(1)).isEqualTo("25.0");
        Run rows = stats("x,n\n3,10000\n2,10000\n", "rate");
        assertThat(rows.lines()).hasSize(3);
        assertThat(rows.cells(2).get(0)).isEqualTo("20.0");
    }

    @Test
    void dsrUsesTheEuropeanStandardPopulationByBandAndLeavesSuppressedCellsEmpty() throws IOException {
        StringBuilder csv = new StringBuilder("area,ageband,x,n\n");
        for (String band : EuropeanStandardPopulation.labels()) {
            csv.append("Lambeth,").append(band).append(",12,8000\n");
            csv.append("Tiny,").append(band).append(band.equals("90+") ? ",5,100\n" : ",,100\n");
        }
        Run run = stats(csv.toString(), "dsr", "--confidence", "95,99.8");
        assertThat(run.exit()).as(run.errors()).isZero();
        assertThat(run.cells(1).get(0)).isEqualTo("Lambeth");
        assertThat(Double.parseDouble(run.cells(1).get(1))).isEqualTo(150, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(run.cells(2)).containsExactly("Tiny", "", "", "", "", "");
    }

    @Test
    void nonIndependentDsrNeedsTheFrequencyColumnAndTheFlag() throws IOException {
        String csv = "ageband,frequency,x,n,stdpop\nyoung,1,6,1000,3000\nyoung,2,2,1000,3000\nmiddle,1,10,2000,5000\n"
                + "middle,2,5,2000,5000\nold,1,12,1500,2000\nold,3,6,1500,2000\n";
        Run run = stats(csv, "dsr", "--non-independent");
        assertThat(run.exit()).as(run.errors()).isZero();
        assertThat(Double.parseDouble(run.cells(1).get(0))).isEqualTo(1200, org.assertj.core.data.Offset.offset(1e-9));
        Run forgotten = stats(csv, "dsr");
        assertThat(forgotten.exit()).isEqualTo(1);
        assertThat(forgotten.errors()).contains("--non-independent");
    }

    @Test
    void indirectRatioOnTheHundredScale() throws IOException {
        Run run = stats(
                "ageband,x,n,x_ref,n_ref\na,2,1000,50,100000\nb,3,2000,150,120000\nc,,1500,400,80000\n",
                "isratio",
                "--refvalue",
                "100");
        assertThat(run.exit()).as(run.errors()).isZero();
        assertThat(Double.parseDouble(run.cells(1).get(0)))
                .isEqualTo(500 / 10.5, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void lifeExpectancyGivesOneRowPerGroupAndStartAge() throws IOException {
        StringBuilder csv = new StringBuilder("sex,startage,deaths,pop\n");
        double[] pops = {
            7060, 35059, 46974, 48489, 43219, 38561, 46009, 57208, 61435, 55601, 50209, 56416, 46411, 39820, 37978,
            37039, 33288, 23306, 11936, 11936
        };
        double[] deaths = {17, 9, 4, 8, 20, 15, 24, 33, 50, 71, 100, 163, 263, 304, 536, 872, 1390, 1605, 1936, 1937};
        String[] labels = {
            "0", "1-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59",
            "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+"
        };
        for (int i = 19; i >= 0; i--) {
            csv.append("F,")
                    .append(labels[i])
                    .append(',')
                    .append((int) deaths[i])
                    .append(',')
                    .append((int) pops[i])
                    .append('\n');
        }
        Run run = stats(csv.toString(), "life-expectancy");
        assertThat(run.exit()).as(run.errors()).isZero();
        assertThat(run.lines()).hasSize(21);
        assertThat(run.lines().get(0)).isEqualTo("sex,startage,value,lowercl,uppercl");
        assertThat(run.cells(1).subList(0, 2)).containsExactly("F", "0");
        assertThat(Double.parseDouble(run.cells(1).get(2)))
                .isEqualTo(80.1696, org.assertj.core.data.Offset.offset(0.00005));
        assertThat(run.cells(20).get(1)).isEqualTo("90+");
    }

    @Test
    void siiNamesItsColumnsAndIsReproducibleForASeed() throws IOException {
        StringBuilder csv = new StringBuilder("area,quantile,population,value,lowercl,uppercl\n");
        for (int d = 10; d >= 1; d--) {
            csv.append("X,")
                    .append(d)
                    .append(",1000,")
                    .append(70 + d)
                    .append(',')
                    .append(68 + d)
                    .append(',')
                    .append(72 + d)
                    .append('\n');
        }
        Run run = stats(csv.toString(), "sii", "--rii", "--reps", "2000", "--seed", "3", "--confidence", "0.95,0.998");
        assertThat(run.exit()).as(run.errors()).isZero();
        assertThat(run.lines().get(0))
                .isEqualTo("area,sii,sii_lower95_0cl,sii_upper95_0cl,sii_lower99_8cl,sii_upper99_8cl,"
                        + "rii,rii_lower95_0cl,rii_upper95_0cl,rii_lower99_8cl,rii_upper99_8cl,intercept");
        assertThat(Double.parseDouble(run.cells(1).get(1))).isEqualTo(10, org.assertj.core.data.Offset.offset(1e-9));
        Run again =
                stats(csv.toString(), "sii", "--rii", "--reps", "2000", "--seed", "3", "--confidence", "0.95,0.998");
        assertThat(again.lines()).isEqualTo(run.lines());
        Run single = stats(csv.toString(), "sii", "--reps", "1000");
        assertThat(single.lines().get(0)).isEqualTo("area,sii,sii_lowercl,sii_uppercl,intercept");
        Run incomplete = stats(csv + "Y,1,1000,71,69,73\n", "sii", "--reps", "1000");
        assertThat(incomplete.lines()).hasSize(2);
        assertThat(incomplete.errors())
                .contains("no SII for the group at line 12")
                .contains("1 of the 10 quantiles");
    }

    @Test
    void everyMethodHasHelpThatRendersCleanly() throws IOException {
        for (String method :
                List.of("proportion", "rate", "dsr", "isratio", "israte", "mean", "life-expectancy", "sii")) {
            Run help = stats("x\n1\n", method, "--help");
            assertThat(help.exit()).isZero();
            assertThat(help.lines()).anySatisfy(line -> assertThat(line).contains("--in=FILE.csv"));
            assertThat(help.errors()).as(method).doesNotContain("WARN");
        }
    }

    @Test
    void missingColumnsAreNamed() throws IOException {
        Run run = stats("area,numerator,n\nA,1,2\n", "proportion");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errors()).contains("missing column x").contains("area, numerator, n");
        assertThat(run.lines()).isEmpty();
    }

    @Test
    void nonNumericCellsAreReportedWithTheirLine() throws IOException {
        Run run = stats("area,x,n\nA,1,2\nB,three,4\n", "rate");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errors()).contains("line 3, column x: 'three' is not a number");
    }

    @Test
    void impossibleValuesAreReportedWithTheirLine() throws IOException {
        Run run = stats("area,x,n\nA,1,2\nB,5,4\n", "proportion");
        assertThat(run.errors()).contains("line 3").contains("less than or equal to denominator");
        Run band = stats("ageband,x,n\n0-3,1,10\n", "dsr");
        assertThat(band.errors())
                .contains("line 2, column ageband: '0-3' is not a 2013 European Standard Population band");
    }
}
