package org.openics.engagement.innovation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.openics.engagement.Innovation;
import org.openics.engagement.Spread;

/**
 * The targeted indicator before and after adoption, place by place, from the analytics' quarterly trend. "Before" is
 * the latest quarter that ended before the adoption date, "after" the latest quarter, if it began on or after it. Places
 * that have not adopted are read at the same dates as the earliest adopter, so the two groups' mean changes can be set
 * side by side: an observational comparison, labelled as such, not a causal estimate. Withheld values are not used.
 */
public final class BeforeAfter {

    /** A quarter of the trend as analytics labels it ("2025-04-01 to 2025-06-30"), with its value or null when withheld. */
    public record Point(String period, Double value) {}

    /** A place of the comparison: its code, its name, its trend (any order). */
    public record PlaceTrend(String code, String name, List<Point> trend) {}

    private record Quarter(String label, LocalDate from, LocalDate to, Double value) {}

    private BeforeAfter() {}

    public static Spread compare(Innovation innovation, Optional<String> indicatorTitle, List<PlaceTrend> places) {
        if (innovation.indicator().isEmpty()) {
            return new Spread(
                    innovation.code(),
                    indicatorTitle,
                    rows(innovation, places, null),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("not calculated: the innovation names no indicator"));
        }
        Optional<LocalDate> earliest = innovation.adoptions().stream()
                .map(Innovation.Adoption::adoptedOn)
                .min(Comparator.naturalOrder());
        List<Spread.PlaceSpread> rows = rows(innovation, places, earliest.orElse(null));
        Optional<String> why =
                earliest.isEmpty() ? Optional.of("not calculated: no place has adopted it yet") : Optional.empty();
        return new Spread(innovation.code(), indicatorTitle, rows, mean(rows, true), mean(rows, false), why);
    }

    private static List<Spread.PlaceSpread> rows(Innovation innovation, List<PlaceTrend> places, LocalDate earliest) {
        List<Spread.PlaceSpread> rows = new ArrayList<>();
        for (PlaceTrend p : places) {
            Optional<Innovation.Adoption> adoption = innovation.adoptionIn(p.code());
            LocalDate cut = adoption.map(Innovation.Adoption::adoptedOn).orElse(earliest);
            rows.add(row(p, adoption, cut, innovation.indicator().isPresent()));
        }
        return rows;
    }

    private static Spread.PlaceSpread row(
            PlaceTrend p, Optional<Innovation.Adoption> adoption, LocalDate cut, boolean hasIndicator) {
        if (!hasIndicator || cut == null) {
            return new Spread.PlaceSpread(
                    p.code(),
                    p.name(),
                    adoption,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(hasIndicator ? "no adoption date to compare at" : "no indicator"));
        }
        List<Quarter> quarters = quarters(p.trend());
        if (quarters.isEmpty()) {
            return new Spread.PlaceSpread(
                    p.code(),
                    p.name(),
                    adoption,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("no quarterly trend of this indicator for the place (refresh the indicators)"));
        }
        Optional<Quarter> before =
                quarters.stream().filter(q -> q.to().isBefore(cut)).max(Comparator.comparing(Quarter::to));
        Quarter latest =
                quarters.stream().max(Comparator.comparing(Quarter::to)).orElseThrow();
        Optional<Quarter> after = latest.from().isBefore(cut) ? Optional.empty() : Optional.of(latest);
        String reason = before.isEmpty()
                ? "no quarter of the trend ended before " + cut
                : after.isEmpty() ? "no quarter of the trend began on or after " + cut : null;
        if (before.map(q -> q.value() == null).orElse(false)
                || after.map(q -> q.value() == null).orElse(false)) {
            reason = "a value was withheld (small numbers)";
        }
        return new Spread.PlaceSpread(
                p.code(),
                p.name(),
                adoption,
                before.map(Quarter::label),
                before.map(Quarter::value),
                after.map(Quarter::label),
                after.map(Quarter::value),
                Optional.ofNullable(reason));
    }

    /** Quarters only (the annual value of the trend spans a year); labels that do not parse are left out. */
    private static List<Quarter> quarters(List<Point> trend) {
        List<Quarter> quarters = new ArrayList<>();
        for (Point point : trend) {
            String[] parts =
                    point.period() == null ? new String[0] : point.period().split(" to ");
            if (parts.length != 2) {
                continue;
            }
            try {
                LocalDate from = LocalDate.parse(parts[0].trim());
                LocalDate to = LocalDate.parse(parts[1].trim());
                if (ChronoUnit.DAYS.between(from, to) <= 100) {
                    quarters.add(new Quarter(point.period(), from, to, point.value()));
                }
            } catch (DateTimeParseException e) {
                // not a dated period: not a quarter
            }
        }
        return quarters;
    }

    private static Optional<Double> mean(List<Spread.PlaceSpread> rows, boolean adopted) {
        OptionalDouble mean = rows.stream()
                .filter(r ->
                        r.adoption().isPresent() == adopted && r.notCalculated().isEmpty())
                .map(Spread.PlaceSpread::change)
                .flatMap(Optional::stream)
                .mapToDouble(Double::doubleValue)
                .average();
        return mean.isPresent() ? Optional.of(mean.getAsDouble()) : Optional.empty();
    }

    /** For callers holding a map: the places in the order given. */
    public static List<PlaceTrend> inOrder(Map<String, String> names, Map<String, List<Point>> trends) {
        return names.entrySet().stream()
                .map(e -> new PlaceTrend(e.getKey(), e.getValue(), trends.getOrDefault(e.getKey(), List.of())))
                .toList();
    }
}
