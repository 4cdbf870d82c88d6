package org.openics.registry.importing;

import java.time.LocalDate;
import java.util.Optional;
import org.openics.kernel.OdsCode;
import org.openics.registry.Deprivation;
import org.openics.registry.ImportFormat;
import org.openics.registry.PopulationMeasure;

/**
 * English Indices of Deprivation 2025 per LSOA (2021 codes): score, rank, decile and mid-2022
 * population, with each LSOA's local authority. The deprivation takes effect on publication
 * (30 October 2025), the population on its reference date (30 June 2022), the LSOA on the 2021
 * census boundaries (21 March 2021).
 */
final class LsoaDeprivationReader extends FormatReader {

    static final LocalDate IOD2025_PUBLISHED = LocalDate.of(2025, 10, 30);
    static final LocalDate MID_2022 = LocalDate.of(2022, 6, 30);
    static final LocalDate LSOA21_BOUNDARIES = LocalDate.of(2021, 3, 21);

    @Override
    ImportFormat format() {
        return ImportFormat.LSOA_DEPRIVATION;
    }

    @Override
    Optional<LocalDate> effectiveDate(CsvTable.Row firstRow, String fileName) {
        return Optional.of(IOD2025_PUBLISHED);
    }

    @Override
    void load(CsvTable.Row row, ImportContext c) throws RowProblem {
        OdsCode lsoa = ImportContext.code(row, "lsoa21cd", Shapes.LSOA, "LSOA");
        String name = ImportContext.required(row, "lsoa21nm");
        OdsCode lad = ImportContext.code(row, "lad24cd", Shapes.LOCAL_AUTHORITY, "local authority");
        String ladName = ImportContext.required(row, "lad24nm");
        double score = ImportContext.number(row, "imd_score_derived");
        int rank = ImportContext.whole(row, "imd_rank");
        int decile = ImportContext.whole(row, "imd_decile");
        if (decile < 1 || decile > 10) {
            throw new RowProblem("imd_decile must be 1 to 10, not " + decile);
        }
        if (rank < 1) {
            throw new RowProblem("imd_rank must be 1 or more, not " + rank);
        }
        int population = ImportContext.whole(row, "pop_total_mid2022");
        c.once("lsoa " + lsoa, row.line());
        LsoaPopulationReader.ensureLsoa(c, lsoa, name, lad, ladName);
        c.state.deprivation().assertFrom(lsoa, new Deprivation(score, rank, decile), c.effective, c.source);
        c.state.population(lsoa, PopulationMeasure.RESIDENT, (double) population, MID_2022, c.source);
    }
}
