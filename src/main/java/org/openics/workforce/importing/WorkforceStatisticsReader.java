package org.openics.workforce.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.openics.kernel.CsvRows;
import org.openics.kernel.OdsCode;
import org.openics.registry.RejectedRow;
import org.openics.workforce.StaffGroup;
import org.openics.workforce.StaffingFigure;

/**
 * NHS Workforce Statistics in long form: one row per organisation × staff group (× place) × month, FTE and headcount
 * as published, with the columns of the vacancy, turnover, sickness absence and temporary staffing publications
 * alongside where the ICS has them (see docs/workforce.md for the columns).
 */
public final class WorkforceStatisticsReader {

    public static final String PERIOD = "Period";
    public static final String ORG = "Org code";
    public static final String GROUP = "Staff group";
    public static final String PLACE = "Place code";
    public static final String FTE = "FTE";
    public static final String HC = "HC";
    public static final String ESTABLISHMENT = "Establishment FTE";
    public static final String LEAVERS = "Leavers 12m HC";
    public static final String SICK_LOST = "Sickness FTE days lost";
    public static final String SICK_AVAILABLE = "Sickness FTE days available";
    public static final String AGENCY = "Agency FTE";
    public static final String BANK = "Bank FTE";
    public static final List<String> REQUIRED = List.of(PERIOD, ORG, GROUP, FTE, HC);
    /** FTE per head above this is not a staff return (no one works 1.25 whole-time posts on one contract). */
    static final double MAX_FTE_PER_HEAD = 1.25;

    private WorkforceStatisticsReader() {}

    public static ParsedReturn read(CsvRows csv, Directory directory) {
        List<RejectedRow> rejected = new ArrayList<>();
        if (csv.problem() != null) {
            return new ParsedReturn(List.of(), List.of(new RejectedRow(csv.file(), 1, csv.problem())), 0, 0);
        }
        List<String> missing = csv.missing(REQUIRED);
        if (!missing.isEmpty()) {
            for (CsvRows.Row row : csv.rows()) {
                rejected.add(new RejectedRow(
                        csv.file(), row.line(), "the file lacks the column(s) " + String.join(", ", missing)));
            }
            return new ParsedReturn(List.of(), rejected, csv.rows().size(), 0);
        }
        List<StaffingFigure> figures = new ArrayList<>();
        Map<StaffingFigure.Key, Long> seen = new HashMap<>();
        for (CsvRows.Row row : csv.rows()) {
            try {
                StaffingFigure figure = figure(row, directory);
                Long earlier = seen.putIfAbsent(figure.key(), row.line());
                if (earlier != null) {
                    throw new Cells.Bad("repeats the organisation, staff group, place and period of line " + earlier);
                }
                figures.add(figure);
            } catch (Cells.Bad e) {
                rejected.add(new RejectedRow(csv.file(), row.line(), e.getMessage()));
            }
        }
        return new ParsedReturn(figures, rejected, csv.rows().size(), figures.size());
    }

    private static StaffingFigure figure(CsvRows.Row row, Directory directory) throws Cells.Bad {
        if (!row.complete()) {
            throw new Cells.Bad("has " + row.size() + " cells where the header has " + row.expected());
        }
        LocalDate period = Cells.period(row, PERIOD);
        String org = Cells.required(row, ORG).toUpperCase(java.util.Locale.ROOT);
        if (!directory.isOrganisation(org)) {
            throw new Cells.Bad("organisation " + org + " is not in the registry");
        }
        String groupName = Cells.required(row, GROUP);
        StaffGroup group = StaffGroup.fromPublished(groupName)
                .orElseThrow(() -> new Cells.Bad("staff group '" + groupName + "' is not one the ICS plans by"));
        String place = row.get(PLACE);
        if (!place.isEmpty() && !directory.isPlace(place)) {
            throw new Cells.Bad("place " + place + " is not a place in the registry");
        }
        double fte = Cells.fte(row, FTE);
        int hc = Cells.count(row, HC);
        checkFtePerHead(fte, hc);
        OptionalDouble lost = Cells.optionalFte(row, SICK_LOST);
        OptionalDouble available = Cells.optionalFte(row, SICK_AVAILABLE);
        if (lost.isPresent() != available.isPresent()) {
            throw new Cells.Bad(SICK_LOST + " and " + SICK_AVAILABLE + " come together or not at all");
        }
        if (lost.isPresent() && (available.getAsDouble() == 0 || lost.getAsDouble() > available.getAsDouble())) {
            throw new Cells.Bad("sickness days lost " + lost.getAsDouble() + " exceed the days available "
                    + available.getAsDouble());
        }
        OptionalInt leavers = Cells.optionalCount(row, LEAVERS);
        return new StaffingFigure(
                OdsCode.of(org),
                group,
                place,
                period,
                fte,
                hc,
                Cells.optionalFte(row, ESTABLISHMENT),
                leavers,
                lost,
                available,
                Cells.optionalFte(row, AGENCY),
                Cells.optionalFte(row, BANK));
    }

    static void checkFtePerHead(double fte, int hc) throws Cells.Bad {
        if (hc == 0 && fte > 0) {
            throw new Cells.Bad("FTE " + fte + " in post with a headcount of 0");
        }
        if (fte > hc * MAX_FTE_PER_HEAD) {
            throw new Cells.Bad(
                    "FTE " + fte + " is more than " + MAX_FTE_PER_HEAD + " per head of a headcount of " + hc);
        }
    }
}
