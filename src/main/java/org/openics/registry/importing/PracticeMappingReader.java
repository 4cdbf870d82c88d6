package org.openics.registry.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openics.kernel.OdsCode;
import org.openics.registry.ImportFormat;
import org.openics.registry.OrganisationKind;

/**
 * NHS Digital "Patients registered at a GP practice" mapping: practice → PCN → sub-ICB location → ICB →
 * NHS region. The file is a complete list, so practices and PCNs it no longer lists close on its date.
 */
final class PracticeMappingReader extends FormatReader {

    static final OdsCode ENGLAND = OdsCode.of("E92000001");
    /** NHS Digital's PCN code for practices in no PCN. */
    private static final String UNALLOCATED = "U";

    private static final Set<OrganisationKind> LISTED = Set.of(
            OrganisationKind.GP_PRACTICE,
            OrganisationKind.PCN,
            OrganisationKind.SUB_ICB_LOCATION,
            OrganisationKind.ICB,
            OrganisationKind.REGION);

    @Override
    ImportFormat format() {
        return ImportFormat.PRACTICE_MAPPING;
    }

    @Override
    Optional<LocalDate> effectiveDate(CsvTable.Row firstRow, String fileName) {
        return date(firstRow.get("EXTRACT_DATE"));
    }

    @Override
    void load(CsvTable.Row row, ImportContext c) throws RowProblem {
        OdsCode practice = ImportContext.code(row, "PRACTICE_CODE", Shapes.PRACTICE, "practice");
        String practiceName = ImportContext.required(row, "PRACTICE_NAME");
        String pcnText = ImportContext.required(row, "PCN_CODE").toUpperCase(java.util.Locale.ROOT);
        OdsCode pcn = UNALLOCATED.equals(pcnText) ? null : ImportContext.code(row, "PCN_CODE", Shapes.PCN, "PCN");
        OdsCode subIcb = ImportContext.code(row, "SUB_ICB_LOCATION_CODE", Shapes.SUB_ICB, "sub-ICB location");
        OdsCode icb = ImportContext.code(row, "ICB_CODE", Shapes.ICB, "ICB");
        OdsCode region = ImportContext.code(row, "COMM_REGION_CODE", Shapes.REGION, "NHS region");
        String pcnName = pcn == null ? null : ImportContext.required(row, "PCN_NAME");
        String subIcbName = ImportContext.required(row, "SUB_ICB_LOCATION_NAME");
        String icbName = ImportContext.required(row, "ICB_NAME");
        String regionName = ImportContext.required(row, "COMM_REGION_NAME");
        c.once("practice " + practice, row.line());

        LocalDate d = c.effective;
        var s = c.state;
        s.organisation(ENGLAND, "England", OrganisationKind.NATION, null, d, c.source);
        if (!c.seen("region " + region)) {
            c.once("region " + region, row.line());
            s.organisation(region, regionName, OrganisationKind.REGION, null, d, c.source);
            s.partOf(region, ENGLAND, OrganisationKind.NATION, d, c.source);
        }
        if (!c.seen("icb " + icb)) {
            c.once("icb " + icb, row.line());
            s.organisation(icb, icbName, OrganisationKind.ICB, null, d, c.source);
            s.partOf(icb, region, OrganisationKind.REGION, d, c.source);
        }
        if (!c.seen("sub-icb " + subIcb)) {
            c.once("sub-icb " + subIcb, row.line());
            s.organisation(subIcb, subIcbName, OrganisationKind.SUB_ICB_LOCATION, null, d, c.source);
            s.partOf(subIcb, icb, OrganisationKind.ICB, d, c.source);
        }
        if (pcn != null && !c.seen("pcn " + pcn)) {
            c.once("pcn " + pcn, row.line());
            s.organisation(pcn, pcnName, OrganisationKind.PCN, null, d, c.source);
            s.partOf(pcn, subIcb, OrganisationKind.SUB_ICB_LOCATION, d, c.source);
        }
        s.organisation(practice, practiceName, OrganisationKind.GP_PRACTICE, null, d, c.source);
        s.partOf(practice, pcn, OrganisationKind.PCN, d, c.source);
        s.partOf(practice, subIcb, OrganisationKind.SUB_ICB_LOCATION, d, c.source);
    }

    /** What an earlier mapping listed and this one does not has closed. */
    @Override
    void finish(ImportContext c) {
        var organisations = c.state.organisations();
        List<OdsCode> closed = organisations.keysAt(c.effective).stream()
                .filter(code -> organisations
                        .versionAt(code, c.effective)
                        .filter(v -> LISTED.contains(v.value().kind())
                                && v.source() != null
                                && v.source().startsWith(ImportFormat.PRACTICE_MAPPING.name()))
                        .isPresent())
                .filter(code -> !listed(c, code))
                .sorted()
                .toList();
        for (OdsCode code : closed) {
            OrganisationKind kind =
                    organisations.valueAt(code, c.effective).orElseThrow().kind();
            organisations.assertFrom(code, null, c.effective, c.source);
            for (OrganisationKind parentKind : OrganisationKind.values()) {
                if (parentKind.structural()) {
                    c.state.partOf(code, null, parentKind, c.effective, c.source);
                }
            }
            c.notes.add(kind.label() + " " + code + " is no longer listed: closed from " + c.effective);
        }
    }

    private static boolean listed(ImportContext c, OdsCode code) {
        return c.seen("practice " + code)
                || c.seen("pcn " + code)
                || c.seen("sub-icb " + code)
                || c.seen("icb " + code)
                || c.seen("region " + code);
    }
}
