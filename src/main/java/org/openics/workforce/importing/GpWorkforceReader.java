package org.openics.workforce.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.openics.kernel.CsvRows;
import org.openics.kernel.OdsCode;
import org.openics.registry.RejectedRow;
import org.openics.workforce.StaffGroup;
import org.openics.workforce.StaffingFigure;

/**
 * The General Practice Workforce collection's practice-level file: one row per practice with FTE and headcount per
 * group in columns. GPs ({@code TOTAL_GP_FTE/HC}) are {@link StaffGroup#GP}; nurses ({@code TOTAL_NURSES_*}) are
 * {@link StaffGroup#NURSING_MIDWIFERY}; direct patient care ({@code TOTAL_DPC_*}) and administrative staff
 * ({@code TOTAL_ADMIN_*}) together are {@link StaffGroup#PRACTICE_STAFF}. The practice's place comes from the registry.
 * A group left blank (not returned) is left out; a practice with no group at all is rejected.
 */
public final class GpWorkforceReader {

    public static final String PRACTICE = "PRAC_CODE";
    public static final List<String> REQUIRED = List.of(PRACTICE, "TOTAL_GP_FTE", "TOTAL_GP_HC");

    private record Columns(StaffGroup group, List<String> prefixes) {}

    private static final List<Columns> GROUPS = List.of(
            new Columns(StaffGroup.GP, List.of("TOTAL_GP")),
            new Columns(StaffGroup.NURSING_MIDWIFERY, List.of("TOTAL_NURSES")),
            new Columns(StaffGroup.PRACTICE_STAFF, List.of("TOTAL_DPC", "TOTAL_ADMIN")));

    private GpWorkforceReader() {}

    public static ParsedReturn read(CsvRows csv, LocalDate period, Directory directory) {
        if (period == null) {
            throw new IllegalArgumentException(
                    "a general practice workforce file needs the month it counts (its rows do not say)");
        }
        if (csv.problem() != null) {
            return new ParsedReturn(List.of(), List.of(new RejectedRow(csv.file(), 1, csv.problem())), 0, 0);
        }
        List<RejectedRow> rejected = new ArrayList<>();
        List<String> missing = csv.missing(REQUIRED);
        if (!missing.isEmpty()) {
            csv.rows()
                    .forEach(row -> rejected.add(new RejectedRow(
                            csv.file(), row.line(), "the file lacks the column(s) " + String.join(", ", missing))));
            return new ParsedReturn(List.of(), rejected, csv.rows().size(), 0);
        }
        List<StaffingFigure> figures = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        long loadedRows = 0;
        for (CsvRows.Row row : csv.rows()) {
            try {
                String practice = Cells.required(row, PRACTICE).toUpperCase(Locale.ROOT);
                Long earlier = seen.putIfAbsent(practice, row.line());
                if (earlier != null) {
                    throw new Cells.Bad("practice " + practice + " is on line " + earlier + " already");
                }
                String place = directory
                        .placeOfPractice(practice)
                        .orElseThrow(() -> new Cells.Bad(
                                "practice " + practice + " is not a GP practice in a place of the registry"));
                List<StaffingFigure> own = new ArrayList<>();
                for (Columns columns : GROUPS) {
                    group(row, columns, practice, place, period.withDayOfMonth(1))
                            .ifPresent(own::add);
                }
                if (own.isEmpty()) {
                    throw new Cells.Bad("practice " + practice + " returns no staff group");
                }
                figures.addAll(own);
                loadedRows++;
            } catch (Cells.Bad e) {
                rejected.add(new RejectedRow(csv.file(), row.line(), e.getMessage()));
            }
        }
        return new ParsedReturn(figures, rejected, csv.rows().size(), loadedRows);
    }

    private static java.util.Optional<StaffingFigure> group(
            CsvRows.Row row, Columns columns, String practice, String place, LocalDate period) throws Cells.Bad {
        double fte = 0;
        int hc = 0;
        boolean any = false;
        for (String prefix : columns.prefixes()) {
            OptionalDouble f = Cells.optionalFte(row, prefix + "_FTE");
            OptionalInt h = Cells.optionalCount(row, prefix + "_HC");
            if (f.isPresent() != h.isPresent()) {
                throw new Cells.Bad(prefix + "_FTE and " + prefix + "_HC come together or not at all");
            }
            if (f.isPresent()) {
                any = true;
                fte += f.getAsDouble();
                hc += h.getAsInt();
            }
        }
        if (!any) {
            return java.util.Optional.empty();
        }
        WorkforceStatisticsReader.checkFtePerHead(fte, hc);
        return java.util.Optional.of(new StaffingFigure(
                OdsCode.of(practice),
                columns.group(),
                place,
                period,
                fte,
                hc,
                OptionalDouble.empty(),
                OptionalInt.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty()));
    }
}
