package org.openics.registry.importing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.openics.kernel.OdsCode;
import org.openics.registry.ImportFormat;
import org.openics.registry.OrganisationKind;
import org.openics.registry.PopulationMeasure;

/**
 * NHS England GP practice need-weighted populations (allocations): registered patients and weighted
 * populations per component, and the practice's local authority. Dated by the financial year in the
 * file name (2024_25 → 1 April 2024) unless a date is given.
 */
final class WeightedPopulationReader extends FormatReader {

    private static final Map<String, PopulationMeasure> COMPONENTS = new LinkedHashMap<>();

    static {
        COMPONENTS.put("G&A WP", PopulationMeasure.WEIGHTED_GENERAL_ACUTE);
        COMPONENTS.put("CS WP", PopulationMeasure.WEIGHTED_COMMUNITY);
        COMPONENTS.put("MH WP", PopulationMeasure.WEIGHTED_MENTAL_HEALTH);
        COMPONENTS.put("Mat WP", PopulationMeasure.WEIGHTED_MATERNITY);
        COMPONENTS.put("Health Ineq WP", PopulationMeasure.WEIGHTED_HEALTH_INEQUALITIES);
        COMPONENTS.put("Prescr WP", PopulationMeasure.WEIGHTED_PRESCRIBING);
        COMPONENTS.put("Final WP", PopulationMeasure.WEIGHTED_FINAL);
        COMPONENTS.put("Final PMC WP", PopulationMeasure.WEIGHTED_PRIMARY_MEDICAL_CARE);
    }

    private int blankComponents;

    @Override
    ImportFormat format() {
        return ImportFormat.WEIGHTED_POPULATIONS;
    }

    @Override
    Optional<LocalDate> effectiveDate(CsvTable.Row firstRow, String fileName) {
        return financialYearStart(fileName);
    }

    @Override
    void load(CsvTable.Row row, ImportContext c) throws RowProblem {
        OdsCode practice = ImportContext.code(row, "Practice_Code", Shapes.PRACTICE, "practice");
        c.known(
                practice,
                OrganisationKind.GP_PRACTICE,
                "not in the practice mapping: closed before it, or the mapping is not imported");
        Map<PopulationMeasure, Double> values = new LinkedHashMap<>();
        ImportContext.required(row, "Final WP");
        for (Map.Entry<String, PopulationMeasure> component : COMPONENTS.entrySet()) {
            // some components are published blank (e.g. no maternity weighting for a tiny list): not a zero
            if (row.get(component.getKey()).isEmpty()) {
                blankComponents++;
                continue;
            }
            values.put(component.getValue(), ImportContext.number(row, component.getKey()));
        }
        Double patients = row.get("Patients").isEmpty() ? null : (double) ImportContext.whole(row, "Patients");
        String lad = row.get("LAD21");
        OdsCode localAuthority = null;
        if (!lad.isEmpty()) {
            localAuthority = ImportContext.code(row, "LAD21", Shapes.LOCAL_AUTHORITY, "local authority");
        }
        c.once("practice " + practice, row.line());

        values.forEach((measure, value) -> c.state.population(practice, measure, value, c.effective, c.source));
        if (patients != null) {
            c.state.population(practice, PopulationMeasure.REGISTERED, patients, c.effective, c.source);
        }
        if (localAuthority != null) {
            String name = row.get("LTLA21").isEmpty() ? localAuthority.value() : row.get("LTLA21");
            ensureLocalAuthority(c, localAuthority, name);
            c.state.inArea(practice, localAuthority, OrganisationKind.LOCAL_AUTHORITY, c.effective, c.source);
        }
    }

    @Override
    void finish(ImportContext c) {
        if (blankComponents > 0) {
            c.notes.add(blankComponents
                    + " weighted-population components are blank in the file and were left out (not taken as zero)");
        }
        blankComponents = 0;
    }

    static void ensureLocalAuthority(ImportContext c, OdsCode code, String name) {
        if (c.state.kindAt(code, c.effective).isEmpty()) {
            c.state.organisation(
                    code,
                    name,
                    OrganisationKind.LOCAL_AUTHORITY,
                    Shapes.localAuthorityType(code.value()),
                    c.effective,
                    c.source);
        }
    }
}
