package org.openics.workforce.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openics.workforce.Figure;
import org.openics.workforce.OrganisationStaffing;
import org.openics.workforce.PlaceComparison;
import org.openics.workforce.PlaceRate;
import org.openics.workforce.PlanProgress;

/** The pages' tables as CSV, exactly as shown (a figure not calculated is an empty cell with its reason beside it). */
final class WorkforceCsv {

    private WorkforceCsv() {}

    static String staffing(List<OrganisationStaffing> rows) {
        return write(
                List.of(
                        "organisation",
                        "name",
                        "staff_group",
                        "period",
                        "in_post_fte",
                        "headcount",
                        "deployed_in_fte",
                        "deployed_out_fte",
                        "working_fte",
                        "establishment_fte",
                        "vacancy_fte",
                        "vacancy_rate_percent",
                        "turnover_percent",
                        "sickness_percent",
                        "agency_fte",
                        "bank_fte",
                        "passport_transfers_in",
                        "passport_transfers_out",
                        "not_calculated"),
                rows.stream()
                        .map(r -> List.<Object>of(
                                r.organisation(),
                                r.name(),
                                r.group().name(),
                                r.period() == null ? "" : r.period().toString(),
                                r.inPostFte(),
                                r.headcount(),
                                r.deployedInFte(),
                                r.deployedOutFte(),
                                r.workingFte(),
                                cell(r.establishmentFte()),
                                cell(r.vacancyFte()),
                                cell(r.vacancyRate()),
                                cell(r.turnover()),
                                cell(r.sicknessRate()),
                                cell(r.agencyFte()),
                                cell(r.bankFte()),
                                r.transfersIn(),
                                r.transfersOut(),
                                reasons(r.establishmentFte(), r.turnover(), r.sicknessRate())))
                        .toList());
    }

    static String places(PlaceComparison c) {
        return write(
                List.of(
                        "place",
                        "name",
                        "staff_group",
                        "denominator",
                        "fte",
                        "population",
                        "fte_per_10000",
                        "lower95",
                        "upper95",
                        "expected_fte_at_ics_rate",
                        "compared_with_ics",
                        "not_calculated"),
                c.places().stream()
                        .map((PlaceRate r) -> List.<Object>of(
                                r.place(),
                                r.name(),
                                c.group().name(),
                                c.denominator().name(),
                                r.fte(),
                                r.population() == null ? "" : r.population(),
                                cell(r.rate()),
                                r.lower95() == null ? "" : r.lower95(),
                                r.upper95() == null ? "" : r.upper95(),
                                r.expectedFte() == null ? "" : r.expectedFte(),
                                r.comparison(),
                                r.rate().calculated() ? "" : r.rate().reason()))
                        .toList());
    }

    static String plans(List<PlanProgress> plans) {
        return write(
                List.of(
                        "plan",
                        "title",
                        "staff_group",
                        "place",
                        "name",
                        "per_10000_of",
                        "target_per_10000",
                        "baseline",
                        "target_date",
                        "as_at",
                        "population",
                        "needed_fte",
                        "baseline_fte",
                        "in_post_fte",
                        "planned_fte",
                        "gap_to_need_fte",
                        "behind_plan_fte",
                        "fte_per_10000",
                        "lower95",
                        "upper95",
                        "against_target",
                        "status"),
                plans.stream()
                        .map((PlanProgress p) -> List.<Object>of(
                                p.plan().id(),
                                p.plan().title(),
                                p.plan().group().name(),
                                p.plan().place(),
                                p.placeName(),
                                p.plan().per().name(),
                                p.plan().targetPer10k(),
                                p.plan().baseline(),
                                p.plan().targetDate(),
                                p.asAt(),
                                p.population() == null ? "" : p.population(),
                                cell(p.neededFte()),
                                p.baselineFte(),
                                p.actualFte(),
                                cell(p.plannedFte()),
                                cell(p.gapToNeed()),
                                cell(p.behindPlan()),
                                cell(p.rate()),
                                p.lower95() == null ? "" : p.lower95(),
                                p.upper95() == null ? "" : p.upper95(),
                                p.againstTarget(),
                                p.status()))
                        .toList());
    }

    private static Object cell(Figure f) {
        return f.calculated() ? f.value() : "";
    }

    private static String reasons(Figure... figures) {
        return String.join(
                "; ",
                java.util.Arrays.stream(figures)
                        .filter(f -> !f.calculated())
                        .map(Figure::reason)
                        .distinct()
                        .toList());
    }

    private static String write(List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
