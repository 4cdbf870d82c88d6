package org.openics.registry.importing;

import java.time.LocalDate;
import java.util.Optional;
import org.openics.kernel.OdsCode;
import org.openics.registry.ImportFormat;
import org.openics.registry.OrganisationKind;
import org.openics.registry.PopulationMeasure;

/** IoD2025 population denominators per LSOA, mid-2022: total and broad age bands. */
final class LsoaPopulationReader extends FormatReader {

    @Override
    ImportFormat format() {
        return ImportFormat.LSOA_POPULATION;
    }

    @Override
    Optional<LocalDate> effectiveDate(CsvTable.Row firstRow, String fileName) {
        return Optional.of(LsoaDeprivationReader.MID_2022);
    }

    @Override
    void load(CsvTable.Row row, ImportContext c) throws RowProblem {
        OdsCode lsoa = ImportContext.code(row, "LSOA code (2021)", Shapes.LSOA, "LSOA");
        String name = ImportContext.required(row, "LSOA name (2021)");
        OdsCode lad = ImportContext.code(
                row, "Local Authority District code (2024)", Shapes.LOCAL_AUTHORITY, "local authority");
        String ladName = ImportContext.required(row, "Local Authority District name (2024)");
        int total = ImportContext.whole(row, "Total population: mid 2022");
        int children = ImportContext.whole(row, "Dependent Children aged 0-15: mid 2022");
        int adults = ImportContext.whole(row, "Population aged 16-59: mid 2022");
        int older = ImportContext.whole(row, "Older population aged 60 and over: mid 2022");
        if (children + adults + older != total) {
            throw new RowProblem("age bands (" + children + " + " + adults + " + " + older
                    + ") do not add up to the total " + total);
        }
        c.once("lsoa " + lsoa, row.line());
        ensureLsoa(c, lsoa, name, lad, ladName);
        c.state.population(lsoa, PopulationMeasure.RESIDENT, (double) total, c.effective, c.source);
        c.state.population(lsoa, PopulationMeasure.RESIDENT_0_15, (double) children, c.effective, c.source);
        c.state.population(lsoa, PopulationMeasure.RESIDENT_16_59, (double) adults, c.effective, c.source);
        c.state.population(lsoa, PopulationMeasure.RESIDENT_60_PLUS, (double) older, c.effective, c.source);
    }

    static void ensureLsoa(ImportContext c, OdsCode lsoa, String name, OdsCode lad, String ladName) {
        LocalDate from = LsoaDeprivationReader.LSOA21_BOUNDARIES;
        if (c.state.kindAt(lad, from).isEmpty()) {
            c.state.organisation(
                    lad,
                    ladName,
                    OrganisationKind.LOCAL_AUTHORITY,
                    Shapes.localAuthorityType(lad.value()),
                    from,
                    c.source);
        }
        c.state.organisation(lsoa, name, OrganisationKind.LSOA, null, from, c.source);
        c.state.inArea(lsoa, lad, OrganisationKind.LOCAL_AUTHORITY, from, c.source);
    }
}
