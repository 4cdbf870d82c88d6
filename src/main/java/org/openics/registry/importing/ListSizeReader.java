package org.openics.registry.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openics.kernel.OdsCode;
import org.openics.registry.ImportFormat;
import org.openics.registry.OrganisationKind;
import org.openics.registry.PopulationMeasure;
import org.openics.registry.domain.Keys.OrganisationValue;

/**
 * NHS Digital "Patients registered at a GP practice", one row per practice (all ages, all sexes). A
 * practice must be in the registry; practices the registry lists but the file does not are reported.
 */
final class ListSizeReader extends FormatReader {

    @Override
    ImportFormat format() {
        return ImportFormat.PRACTICE_LIST_SIZES;
    }

    @Override
    Optional<LocalDate> effectiveDate(CsvTable.Row firstRow, String fileName) {
        return date(firstRow.get("EXTRACT_DATE"));
    }

    @Override
    void load(CsvTable.Row row, ImportContext c) throws RowProblem {
        String type = row.get("TYPE");
        if (!type.isEmpty() && !"GP".equalsIgnoreCase(type)) {
            throw new RowProblem("TYPE " + type + " is not a GP practice row");
        }
        if (!"ALL".equalsIgnoreCase(row.get("SEX")) || !"ALL".equalsIgnoreCase(row.get("AGE"))) {
            throw new RowProblem("a breakdown row (SEX " + row.get("SEX") + ", AGE " + row.get("AGE")
                    + "); only all-ages, all-sexes totals are loaded");
        }
        OdsCode practice = ImportContext.code(row, "CODE", Shapes.PRACTICE, "practice");
        int patients = ImportContext.whole(row, "NUMBER_OF_PATIENTS");
        c.known(practice, OrganisationKind.GP_PRACTICE, "not in the practice mapping; import it first");
        c.once("practice " + practice, row.line());
        c.state.population(practice, PopulationMeasure.REGISTERED, (double) patients, c.effective, c.source);
    }

    @Override
    void finish(ImportContext c) {
        var organisations = c.state.organisations();
        List<String> missing = organisations.keysAt(c.effective).stream()
                .filter(code -> organisations
                                .valueAt(code, c.effective)
                                .map(OrganisationValue::kind)
                                .orElse(null)
                        == OrganisationKind.GP_PRACTICE)
                .filter(code -> !c.seen("practice " + code))
                .map(OdsCode::value)
                .sorted()
                .toList();
        if (!missing.isEmpty()) {
            c.notes.add(missing.size() + " practices in the registry on " + c.effective
                    + " have no list size in this file"
                    + " (their populations are not guessed): "
                    + String.join(", ", missing.subList(0, Math.min(30, missing.size())))
                    + (missing.size() > 30 ? ", ..." : ""));
        }
    }
}
