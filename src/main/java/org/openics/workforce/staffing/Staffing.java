package org.openics.workforce.staffing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.openics.kernel.OdsCode;
import org.openics.workforce.Deployment;
import org.openics.workforce.Figure;
import org.openics.workforce.OrganisationStaffing;
import org.openics.workforce.StaffGroup;
import org.openics.workforce.StaffingFigure;

/**
 * Staff as at a date. Each organisation × group × place keeps the return of the latest period on or before the date
 * (a return holds until the next one). Deployments active on the date move FTE from the employer to the host;
 * passport transfers in the twelve months to the date are counted on both sides.
 */
public final class Staffing {

    private Staffing() {}

    /** The returns in force on a date: per organisation, group and place, the latest period on or before it. */
    public static List<StaffingFigure> inForce(Collection<StaffingFigure> all, LocalDate asAt) {
        Map<List<Object>, StaffingFigure> latest = new LinkedHashMap<>();
        for (StaffingFigure f : all) {
            if (f.period().isAfter(asAt)) {
                continue;
            }
            latest.merge(
                    List.of(f.organisation(), f.group(), f.place()),
                    f,
                    (a, b) -> a.period().isAfter(b.period()) ? a : b);
        }
        return latest.values().stream()
                .sorted(Comparator.comparing(StaffingFigure::organisation)
                        .thenComparing(StaffingFigure::group)
                        .thenComparing(StaffingFigure::place))
                .toList();
    }

    private record OrgGroup(OdsCode organisation, StaffGroup group) {}

    /** Every organisation × group with returns in force or deployments touching it on the date. */
    public static List<OrganisationStaffing> organisations(
            List<StaffingFigure> inForce,
            List<Deployment> deployments,
            LocalDate asAt,
            Function<OdsCode, String> names) {
        Map<OrgGroup, List<StaffingFigure>> returns = new LinkedHashMap<>();
        inForce.forEach(f -> returns.computeIfAbsent(new OrgGroup(f.organisation(), f.group()), k -> new ArrayList<>())
                .add(f));
        Map<OrgGroup, double[]> moved = new HashMap<>(); // in, out FTE; transfers in, out
        LocalDate yearBefore = asAt.minusYears(1);
        for (Deployment d : deployments) {
            OrgGroup from = new OrgGroup(OdsCode.of(d.fromOrganisation()), d.group());
            OrgGroup to = new OrgGroup(OdsCode.of(d.toOrganisation()), d.group());
            if (d.kind().temporary() && d.activeOn(asAt)) {
                moved.computeIfAbsent(to, k -> new double[4])[0] += d.fte();
                moved.computeIfAbsent(from, k -> new double[4])[1] += d.fte();
            } else if (!d.kind().temporary()
                    && !d.start().isAfter(asAt)
                    && d.start().isAfter(yearBefore)) {
                moved.computeIfAbsent(to, k -> new double[4])[2]++;
                moved.computeIfAbsent(from, k -> new double[4])[3]++;
            }
        }
        List<OrgGroup> keys = new ArrayList<>(returns.keySet());
        moved.keySet().stream().filter(k -> !returns.containsKey(k)).forEach(keys::add);
        keys.sort(Comparator.comparing(OrgGroup::organisation).thenComparing(OrgGroup::group));
        List<OrganisationStaffing> result = new ArrayList<>();
        for (OrgGroup key : keys) {
            result.add(one(key, returns.getOrDefault(key, List.of()), moved.getOrDefault(key, new double[4]), names));
        }
        return result;
    }

    private static OrganisationStaffing one(
            OrgGroup key, List<StaffingFigure> figures, double[] moved, Function<OdsCode, String> names) {
        double fte = figures.stream().mapToDouble(StaffingFigure::inPostFte).sum();
        int hc = figures.stream().mapToInt(StaffingFigure::headcount).sum();
        LocalDate period = figures.stream()
                .map(StaffingFigure::period)
                .max(Comparator.naturalOrder())
                .orElse(null);
        String none = figures.isEmpty() ? "no return: the organisation only hosts deployed staff" : null;
        Figure establishment = sum(figures, f -> f.establishmentFte(), "establishment", none);
        Figure vacancy = establishment.calculated() ? Figure.of(round(establishment.value() - fte)) : establishment;
        Figure vacancyRate = !establishment.calculated()
                ? establishment
                : establishment.value() == 0
                        ? Figure.notCalculated("an establishment of 0 FTE has no vacancy rate")
                        : Figure.of(100 * (establishment.value() - fte) / establishment.value());
        Figure leavers = sum(
                figures,
                f -> f.leavers().isPresent() ? OptionalDouble.of(f.leavers().getAsInt()) : OptionalDouble.empty(),
                "leavers",
                none);
        Figure turnover = !leavers.calculated()
                ? leavers
                : hc == 0
                        ? Figure.notCalculated("no staff in post to turn over")
                        : Figure.of(100 * leavers.value() / hc);
        Figure lost = sum(figures, StaffingFigure::sicknessDaysLost, "sickness absence", none);
        Figure available = sum(figures, StaffingFigure::sicknessDaysAvailable, "sickness absence", none);
        Figure sickness = !lost.calculated()
                ? lost
                : !available.calculated() || available.value() == 0
                        ? Figure.notCalculated("no FTE days available returned")
                        : Figure.of(100 * lost.value() / available.value());
        return new OrganisationStaffing(
                key.organisation(),
                names.apply(key.organisation()),
                key.group(),
                period,
                round(fte),
                hc,
                round(moved[0]),
                round(moved[1]),
                round(fte - moved[1] + moved[0]),
                establishment,
                vacancy,
                vacancyRate,
                turnover,
                sickness,
                sum(figures, StaffingFigure::agencyFte, "agency use", none),
                sum(figures, StaffingFigure::bankFte, "bank use", none),
                (int) moved[2],
                (int) moved[3]);
    }

    /** The sum over the places' returns, or "not calculated" when any of them lacks the field (a partial sum would mislead). */
    private static Figure sum(
            List<StaffingFigure> figures, Function<StaffingFigure, OptionalDouble> field, String what, String none) {
        if (none != null) {
            return Figure.notCalculated(none);
        }
        double total = 0;
        int missing = 0;
        for (StaffingFigure f : figures) {
            OptionalDouble v = field.apply(f);
            if (v.isPresent()) {
                total += v.getAsDouble();
            } else {
                missing++;
            }
        }
        if (missing == figures.size()) {
            return Figure.notCalculated("the return has no " + what);
        }
        if (missing > 0) {
            return Figure.notCalculated(missing + " of " + figures.size() + " place returns have no " + what);
        }
        return Figure.of(round(total));
    }

    /** FTE to two decimal places, as returns publish it. */
    public static double round(double fte) {
        return Math.round(fte * 100) / 100.0;
    }

    /** Total FTE of a group per place from the returns in force (figures for the whole organisation, place "", are left out). */
    public static Map<String, Double> fteByPlace(List<StaffingFigure> inForce, StaffGroup group) {
        Map<String, Double> byPlace = new LinkedHashMap<>();
        ToDoubleFunction<StaffingFigure> fte = StaffingFigure::inPostFte;
        inForce.stream()
                .filter(f -> f.group() == group && !f.place().isEmpty())
                .forEach(f -> byPlace.merge(f.place(), fte.applyAsDouble(f), Double::sum));
        byPlace.replaceAll((k, v) -> round(v));
        return byPlace;
    }
}
