package org.openics.registry.importing;

import java.time.LocalDate;
import java.util.Optional;
import org.openics.kernel.OdsCode;
import org.openics.registry.ImportFormat;
import org.openics.registry.OrganisationKind;

/**
 * A practice → borough file (such as the South East London practice file): each borough becomes a
 * place (local care partnership) of the ICB, lying in the borough council's area, and each practice
 * part of its place.
 */
final class PracticePlaceReader extends FormatReader {

    @Override
    ImportFormat format() {
        return ImportFormat.PRACTICE_PLACES;
    }

    @Override
    Optional<LocalDate> effectiveDate(CsvTable.Row firstRow, String fileName) {
        return date(firstRow.get("map_extract_date"));
    }

    /** The place of a borough: its local care partnership. */
    public static OdsCode placeCode(OdsCode localAuthority) {
        return OdsCode.of("LCP-" + localAuthority.value());
    }

    @Override
    void load(CsvTable.Row row, ImportContext c) throws RowProblem {
        OdsCode practice = ImportContext.code(row, "practice_code", Shapes.PRACTICE, "practice");
        OdsCode icb = ImportContext.code(row, "icb_code", Shapes.ICB, "ICB");
        OdsCode lad = ImportContext.code(row, "borough_lad_code", Shapes.LOCAL_AUTHORITY, "borough");
        String borough = ImportContext.required(row, "borough_name");
        c.known(practice, OrganisationKind.GP_PRACTICE, "not in the practice mapping; import it first");
        c.known(icb, OrganisationKind.ICB, "not in the practice mapping; import it first");
        Optional<String> icbOfPractice = icbOf(c, practice);
        if (icbOfPractice.isPresent() && !icbOfPractice.get().equals(icb.value())) {
            throw new RowProblem("practice " + practice + " is in ICB " + icbOfPractice.get() + ", not " + icb);
        }
        c.once("practice " + practice, row.line());
        OdsCode place = placeCode(lad);
        if (!c.seen("place " + place)) {
            c.once("place " + place, row.line());
            WeightedPopulationReader.ensureLocalAuthority(c, lad, borough);
            c.state.organisation(
                    place, borough + " Local Care Partnership", OrganisationKind.PLACE, null, c.effective, c.source);
            c.state.partOf(place, icb, OrganisationKind.ICB, c.effective, c.source);
            c.state.inArea(place, lad, OrganisationKind.LOCAL_AUTHORITY, c.effective, c.source);
        }
        c.state.partOf(practice, place, OrganisationKind.PLACE, c.effective, c.source);
    }

    private static Optional<String> icbOf(ImportContext c, OdsCode practice) {
        var links = c.state.links();
        return links.valueAt(
                        org.openics.registry.domain.Keys.LinkKey.partOf(practice, OrganisationKind.SUB_ICB_LOCATION),
                        c.effective)
                .flatMap(sub -> links.valueAt(
                        org.openics.registry.domain.Keys.LinkKey.partOf(sub.parent(), OrganisationKind.ICB),
                        c.effective))
                .map(icb -> icb.parent().value());
    }
}
