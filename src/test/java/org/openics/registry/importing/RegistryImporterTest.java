package org.openics.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openics.kernel.OdsCode;
import org.openics.platform.ProgressListener;
import org.openics.registry.ImportFormat;
import org.openics.registry.ImportOptions;
import org.openics.registry.ImportReport;
import org.openics.registry.OrganisationKind;
import org.openics.registry.PopulationMeasure;
import org.openics.registry.SystemOfSystems;
import org.openics.registry.TreeNode;
import org.openics.registry.domain.RegistryState;
import org.openics.support.ReferenceData;

/** Imports of the real published files into an in-memory registry state (no database). */
class RegistryImporterTest {

    static final LocalDate JUNE = LocalDate.of(2026, 6, 1);
    static RegistryState national;
    static ImportReport mapping;
    static ImportReport listSizes;
    static ImportReport places;

    final RegistryImporter importer = new RegistryImporter();

    @BeforeAll
    static void importNationalFiles() {
        national = RegistryState.empty();
        RegistryImporter importer = new RegistryImporter();
        mapping = importer.run(
                ReferenceData.file(ReferenceData.MAPPING), ImportOptions.defaults(), national, ProgressListener.NONE);
        listSizes = importer.run(
                ReferenceData.file(ReferenceData.LIST_SIZES),
                ImportOptions.defaults(),
                national,
                ProgressListener.NONE);
        places = importer.run(
                ReferenceData.file(ReferenceData.SEL_PRACTICES),
                ImportOptions.defaults(),
                national,
                ProgressListener.NONE);
    }

    @Test
    void theNationalMappingYieldsEveryIcbSubIcbPcnAndPractice() {
        SystemOfSystems england = national.asAt(JUNE);
        assertThat(mapping.format()).isEqualTo(ImportFormat.PRACTICE_MAPPING);
        assertThat(mapping.effective()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(mapping.read()).isEqualTo(6171);
        assertThat(mapping.rejected()).isEmpty();
        assertThat(england.count(OrganisationKind.ICB)).isEqualTo(42);
        assertThat(england.count(OrganisationKind.SUB_ICB_LOCATION)).isEqualTo(106);
        assertThat(england.count(OrganisationKind.REGION)).isEqualTo(7);
        assertThat(england.count(OrganisationKind.GP_PRACTICE)).isEqualTo(6171);
        // every PCN code in the file except NHS Digital's "U" (no PCN)
        assertThat(england.count(OrganisationKind.PCN)).isEqualTo(1298);
        assertThat(england.practicesUnder(OdsCode.of("QKK"))).hasSize(192);
    }

    @Test
    void listSizesGiveEveryLevelAPopulationThatReconcilesToTheFileTotal() throws IOException {
        long fileTotal = sumColumn(ReferenceData.file(ReferenceData.LIST_SIZES), "NUMBER_OF_PATIENTS");
        TreeNode england = national.asAt(JUNE).tree(Optional.empty(), -1).orElseThrow();
        assertThat(listSizes.read()).isEqualTo(6145);
        assertThat(listSizes.loaded() + listSizes.rejected().size()).isEqualTo(listSizes.read());
        assertThat(england.population()).isEqualTo(fileTotal);
        assertThat(england.children().stream().mapToLong(TreeNode::population).sum())
                .isEqualTo(fileTotal);
        for (TreeNode region : england.children()) {
            assertThat(region.children().stream()
                            .mapToLong(TreeNode::population)
                            .sum())
                    .isEqualTo(region.population());
        }
        // practices mapped in January but missing from June's file are reported, not guessed
        assertThat(england.practicesWithoutListSize()).isEqualTo(26);
        assertThat(listSizes.notes())
                .anySatisfy(note -> assertThat(note).startsWith("26 practices").contains("G83046"));
    }

    @Test
    void southEastLondonHasSixPlacesWhosePopulationsSumToTheIcsTotal() {
        TreeNode sel =
                national.asAt(JUNE).tree(Optional.of(OdsCode.of("QKK")), -1).orElseThrow();
        assertThat(places.rejected()).isEmpty();
        assertThat(sel.practices()).isEqualTo(192);
        assertThat(sel.children())
                .hasSize(6)
                .allSatisfy(c -> assertThat(c.kind()).isEqualTo(OrganisationKind.PLACE));
        assertThat(sel.children())
                .extracting(TreeNode::name)
                .contains("Lambeth Local Care Partnership", "Bexley Local Care Partnership");
        assertThat(sel.children().stream().mapToLong(TreeNode::population).sum())
                .isEqualTo(sel.population());
        assertThat(sel.population()).isEqualTo(2_094_802);
        assertThat(sel.practicesWithoutListSize()).isEqualTo(3);
        TreeNode lambeth = sel.children().stream()
                .filter(c -> c.name().startsWith("Lambeth"))
                .findFirst()
                .orElseThrow();
        assertThat(lambeth.population()).isEqualTo(440_850);
        assertThat(lambeth.children())
                .allSatisfy(c -> assertThat(c.kind()).isIn(OrganisationKind.PCN, OrganisationKind.GP_PRACTICE));
    }

    @Test
    void aDamagedFileLoadsItsGoodRowsAndReportsEachBadLine(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(
                Files.readAllLines(ReferenceData.file(ReferenceData.MAPPING)).subList(0, 21));
        String good = lines.get(1);
        lines.set(3, lines.get(3).replaceFirst(",A8\\d{4},", ",A8-12,")); // malformed ODS code (line 4)
        lines.set(5, lines.get(5).replaceFirst(",U\\d{5},", ",UX1,")); // malformed PCN code (line 6)
        lines.add(good); // duplicate of line 2 (line 22)
        String[] cells = lines.get(8).split(",", -1);
        cells[3] = ""; // missing practice name (line 9)
        lines.set(8, String.join(",", cells));
        lines.set(10, lines.get(10).substring(0, lines.get(10).indexOf(",", 40))); // truncated row (line 11)
        Path damaged = dir.resolve("damaged-mapping.csv");
        Files.write(damaged, lines);

        ImportReport report =
                importer.run(damaged, ImportOptions.defaults(), RegistryState.empty(), ProgressListener.NONE);

        assertThat(report.read()).isEqualTo(21);
        assertThat(report.loaded()).isEqualTo(16);
        assertThat(report.rejected())
                .extracting(r -> r.line() + ": " + r.reason())
                .containsExactly(
                        "4: malformed practice code 'A8-12' in PRACTICE_CODE",
                        "6: malformed PCN code 'UX1' in PCN_CODE",
                        "9: missing PRACTICE_NAME",
                        "11: truncated row: " + lines.get(10).split(",", -1).length + " fields, the header has 17",
                        "22: duplicate: practice " + good.split(",")[2] + " already on line 2");
        assertThat(report.rejected()).allSatisfy(r -> assertThat(r.file()).isEqualTo("damaged-mapping.csv"));
    }

    @Test
    void listSizesForPracticesTheRegistryDoesNotKnowAreRejectedWithTheirReason(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lists.csv");
        Files.writeString(file, """
                PUBLICATION,EXTRACT_DATE,TYPE,SUB_ICB_LOCATION_CODE,ONS_SUB_ICB_LOCATION_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS
                GP_PRAC_PAT_LIST,2026-06-01,GP,16C,E38000247,A81001,TS18 1HU,ALL,ALL,3753
                GP_PRAC_PAT_LIST,2026-06-01,GP,16C,E38000247,A99999,TS18 1HU,ALL,ALL,100
                GP_PRAC_PAT_LIST,2026-06-01,GP,16C,E38000247,A81002,TS18 2AW,ALL,ALL,lots
                GP_PRAC_PAT_LIST,2026-06-01,GP,16C,E38000247,A81004,TS18 2AW,MALE,ALL,100
                """);
        RegistryState state = RegistryState.empty();
        importer.run(ReferenceData.file(ReferenceData.MAPPING), ImportOptions.defaults(), state, ProgressListener.NONE);
        ImportReport report = importer.run(file, ImportOptions.defaults(), state, ProgressListener.NONE);
        assertThat(report.loaded()).isEqualTo(1);
        assertThat(report.rejected())
                .extracting(r -> r.line() + ": " + r.reason())
                .containsExactly(
                        "3: unknown gp practice A99999 (not in the practice mapping; import it first)",
                        "4: NUMBER_OF_PATIENTS is not a number: 'lots'",
                        "5: a breakdown row (SEX MALE, AGE ALL); only all-ages, all-sexes totals are loaded");
    }

    @Test
    void queriesAsAtTwoDatesReturnTheStructuresValidOnThoseDates(@TempDir Path dir) throws IOException {
        RegistryState state = RegistryState.empty();
        importer.run(ReferenceData.file(ReferenceData.MAPPING), ImportOptions.defaults(), state, ProgressListener.NONE);
        // a later mapping: one practice moved to another PCN, one practice closed
        List<String> lines = new ArrayList<>(Files.readAllLines(ReferenceData.file(ReferenceData.MAPPING)));
        String[] mover = lines.get(1).split(",", -1);
        String[] other = lines.stream()
                .skip(1)
                .map(l -> l.split(",", -1))
                .filter(c -> c[8].equals(mover[8]) && !c[5].equals(mover[5]) && !c[5].equals("U"))
                .findFirst()
                .orElseThrow();
        String closed = lines.get(2).split(",", -1)[2];
        mover[5] = other[5];
        mover[6] = other[6];
        lines.set(1, String.join(",", mover));
        lines.remove(2);
        Path april = dir.resolve("map_apr2026.csv");
        Files.write(april, lines);
        ImportReport report = importer.run(
                april,
                new ImportOptions(Optional.of(LocalDate.of(2026, 4, 1)), Optional.empty()),
                state,
                ProgressListener.NONE);
        assertThat(report.notes())
                .anySatisfy(n -> assertThat(n).contains(closed).contains("closed from 2026-04-01"));

        SystemOfSystems february = state.asAt(LocalDate.of(2026, 2, 1));
        SystemOfSystems may = state.asAt(LocalDate.of(2026, 5, 1));
        OdsCode moved = OdsCode.of(mover[2]);
        assertThat(february.ancestor(moved, OrganisationKind.PCN)
                        .orElseThrow()
                        .code()
                        .value())
                .isNotEqualTo(other[5]);
        assertThat(may.ancestor(moved, OrganisationKind.PCN)
                        .orElseThrow()
                        .code()
                        .value())
                .isEqualTo(other[5]);
        assertThat(february.organisation(OdsCode.of(closed))).isPresent();
        assertThat(may.organisation(OdsCode.of(closed))).isEmpty();
        assertThat(may.count(OrganisationKind.GP_PRACTICE)).isEqualTo(6170);
        assertThat(state.asAt(LocalDate.of(2025, 12, 31)).count(OrganisationKind.GP_PRACTICE))
                .isZero();
    }

    @Test
    void deprivationAndResidentPopulationsLoadPerLsoaAndRollUpToPlaces() {
        RegistryState state = RegistryState.empty();
        importer.run(ReferenceData.file(ReferenceData.MAPPING), ImportOptions.defaults(), state, ProgressListener.NONE);
        importer.run(
                ReferenceData.file(ReferenceData.SEL_PRACTICES),
                ImportOptions.defaults(),
                state,
                ProgressListener.NONE);
        ImportReport iod = importer.run(
                ReferenceData.file(ReferenceData.SEL_LSOA), ImportOptions.defaults(), state, ProgressListener.NONE);
        assertThat(iod.format()).isEqualTo(ImportFormat.LSOA_DEPRIVATION);
        assertThat(iod.loaded()).isEqualTo(1040);
        SystemOfSystems sel = state.asAt(LocalDate.of(2026, 6, 1));
        assertThat(sel.deprivation(OdsCode.of("E01000325")).orElseThrow().decile())
                .isEqualTo(10);
        assertThat(sel.residentPopulation(OdsCode.of("LCP-E09000004"))).contains(247_754L);
    }

    @Test
    void anUnrecognisedFileIsRefusedWholeWithItsColumnsAndTheKnownFormats(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("budget.csv");
        Files.writeString(file, "cost_centre,amount\nA,1\n");
        assertThatThrownBy(() ->
                        importer.run(file, ImportOptions.defaults(), RegistryState.empty(), ProgressListener.NONE))
                .isInstanceOf(ImportProblem.class)
                .hasMessageContaining("budget.csv: is not a recognised format. Its columns: cost_centre, amount")
                .hasMessageContaining("PRACTICE_MAPPING");
    }

    @Test
    void aFileWithNoDateInItsContentsOrNameAsksForOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("weighted.csv");
        List<String> lines = Files.readAllLines(ReferenceData.file(ReferenceData.WEIGHTED_2022))
                .subList(0, 3);
        Files.write(file, lines);
        assertThatThrownBy(() -> importer.run(file, ImportOptions.defaults(), national, ProgressListener.NONE))
                .isInstanceOf(ImportProblem.class)
                .hasMessageContaining("--effective");
    }

    @Test
    void weightedPopulationsAreDatedByTheFinancialYearInTheFileName() throws IOException {
        RegistryState state = RegistryState.empty();
        importer.run(ReferenceData.file(ReferenceData.MAPPING), ImportOptions.defaults(), state, ProgressListener.NONE);
        ImportReport report = importer.run(
                ReferenceData.file(ReferenceData.WEIGHTED_2022),
                ImportOptions.defaults(),
                state,
                ProgressListener.NONE);
        assertThat(report.effective()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(report.read())
                .isEqualTo(Files.readAllLines(ReferenceData.file(ReferenceData.WEIGHTED_2022))
                                .size()
                        - 1L);
        assertThat(report.rejected())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.reason()).startsWith("unknown gp practice"));
        assertThat(report.loaded()).isPositive();
        assertThat(state.asAt(LocalDate.of(2026, 6, 1))
                        .population(OdsCode.of("A81001"), PopulationMeasure.WEIGHTED_FINAL))
                .hasValueSatisfying(
                        v -> assertThat(v).isCloseTo(5314.58742, org.assertj.core.data.Offset.offset(1e-6)));
    }

    private static long sumColumn(Path file, String column) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int index = List.of(lines.get(0).split(",")).indexOf(column);
        return lines.stream()
                .skip(1)
                .filter(l -> !l.isBlank())
                .collect(Collectors.summingLong(l -> Long.parseLong(l.split(",")[index])));
    }
}
