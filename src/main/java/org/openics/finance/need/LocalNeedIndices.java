package org.openics.finance.need;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openics.finance.ComponentNeed;
import org.openics.finance.Grouping;
import org.openics.finance.LocalNeedTable;
import org.openics.finance.NeedComponent;
import org.openics.finance.NeedIndexTable;
import org.openics.finance.NeedUnit;
import org.openics.finance.need.LocalFacts.Cell;

/**
 * The local need index of each place of an NHS England need table (grouped by place), from the system's own facts:
 * per component the product of its drivers' ratios to the ICS (each to its exponent), shown beside NHS England's index.
 */
public final class LocalNeedIndices {

    private static final int PLACES = 4;

    private LocalNeedIndices() {}

    /** A driver's ratio to the ICS, or the reason there is none. */
    record Ratio(Double value, String reason) {

        static Ratio of(double value) {
            return new Ratio(value, null);
        }

        static Ratio none(String reason) {
            return new Ratio(null, reason);
        }
    }

    public static LocalNeedTable compute(
            LocalNeedMethod method, LocalFacts facts, NeedIndexTable nhse, String population) {
        if (nhse.grouping() != Grouping.PLACE) {
            throw new IllegalArgumentException(
                    "the local need index is computed for places; the need table is grouped by "
                            + nhse.grouping().option());
        }
        List<LocalNeedTable.Place> places = new ArrayList<>();
        for (NeedUnit unit : nhse.units()) {
            List<LocalNeedTable.Component> components = new ArrayList<>();
            for (NeedComponent c : NeedComponent.values()) {
                components.add(component(method, facts, nhse.ics(), unit, c));
            }
            places.add(new LocalNeedTable.Place(unit.code(), unit.name(), components, explain(components)));
        }
        return new LocalNeedTable(
                nhse.year(),
                nhse.ics(),
                population,
                places,
                List.of(
                        "Local index = product over the component's drivers of (the place's ratio to the ICS)^exponent; 1 is the ICS's own need per head.",
                        "A profile driver is what the place's mix (age, sex or deprivation) predicts at the ICS's own rate in each category; "
                                + "a driver beyond age is observed ÷ expected for the place's age mix (indirect standardisation).",
                        "NHS England's index is the ratio of published weighted populations (need per registered head, place ÷ ICB); "
                                + "the local index is OpenICS's own, simpler method on the population analytics holds (docs/finance.md)."));
    }

    private static LocalNeedTable.Component component(
            LocalNeedMethod method, LocalFacts facts, String ics, NeedUnit unit, NeedComponent c) {
        BigDecimal nhse = unit.component(c).map(ComponentNeed::index).orElse(null);
        String notCalculated = method.notCalculated().get(c);
        Optional<List<LocalDriver>> drivers = method.driversOf(c);
        if (notCalculated != null || drivers.isEmpty()) {
            return new LocalNeedTable.Component(
                    c,
                    nhse,
                    null,
                    null,
                    List.of(),
                    notCalculated == null ? "not calculated: no method" : notCalculated);
        }
        List<LocalNeedTable.Driver> ratios = new ArrayList<>();
        double product = 1;
        String reason = null;
        for (LocalDriver d : drivers.get()) {
            Ratio r = ratio(d, facts, unit.code(), ics);
            ratios.add(new LocalNeedTable.Driver(
                    d.name(),
                    d.indicator(),
                    meaning(d),
                    r.value() == null ? null : round(r.value()),
                    d.exponent(),
                    r.reason()));
            if (r.value() == null) {
                reason = reason == null ? "not calculated: " + d.name() + " — " + r.reason() : reason;
            } else {
                product *= Math.pow(r.value(), d.exponent());
            }
        }
        if (reason != null) {
            return new LocalNeedTable.Component(c, nhse, null, null, ratios, reason);
        }
        BigDecimal local = round(product);
        return new LocalNeedTable.Component(
                c,
                nhse,
                local,
                nhse == null ? null : local.subtract(nhse.setScale(PLACES, RoundingMode.HALF_EVEN)),
                ratios,
                nhse == null ? "no NHS England index for this component" : null);
    }

    static Ratio ratio(LocalDriver d, LocalFacts facts, String unit, String ics) {
        Optional<List<Cell>> place = facts.cells(d.indicator(), unit, d.dimension());
        if (place.isEmpty()) {
            return Ratio.none(facts.missing(d.indicator(), unit, d.dimension()));
        }
        Optional<List<Cell>> reference = facts.cells(d.indicator(), ics, d.dimension());
        if (reference.isEmpty()) {
            return Ratio.none(facts.missing(d.indicator(), ics, d.dimension()));
        }
        return d.kind() == LocalDriver.Kind.PROFILE
                ? profile(place.get(), reference.get())
                : beyondAge(place.get(), reference.get());
    }

    /** (Σ the place's population in each category × the ICS's rate there) ÷ the place's population, ÷ the ICS's rate. */
    static Ratio profile(List<Cell> place, List<Cell> reference) {
        Optional<Double> expected = expected(place, reference);
        double people = place.stream().mapToDouble(Cell::denominator).sum();
        double icsRate = rate(reference);
        if (expected.isEmpty()) {
            return Ratio.none("a category of the place has no one in it at ICS level");
        }
        if (!(people > 0)) {
            return Ratio.none("no one in the place's denominator");
        }
        if (!(icsRate > 0)) {
            return Ratio.none("the ICS has none counted");
        }
        return Ratio.of(expected.get() / people / icsRate);
    }

    /** Observed ÷ expected for the place's mix at the ICS's rates (an indirectly standardised ratio). */
    static Ratio beyondAge(List<Cell> place, List<Cell> reference) {
        Optional<Double> expected = expected(place, reference);
        if (expected.isEmpty()) {
            return Ratio.none("a category of the place has no one in it at ICS level");
        }
        if (!(expected.get() > 0)) {
            return Ratio.none("none expected for the place's age mix");
        }
        return Ratio.of(place.stream().mapToDouble(Cell::numerator).sum() / expected.get());
    }

    private static Optional<Double> expected(List<Cell> place, List<Cell> reference) {
        Map<String, Cell> ics = new HashMap<>();
        reference.forEach(c -> ics.put(c.category(), c));
        double expected = 0;
        for (Cell c : place) {
            if (c.denominator() == 0) {
                continue;
            }
            Cell r = ics.get(c.category());
            if (r == null || !(r.denominator() > 0)) {
                return Optional.empty();
            }
            expected += c.denominator() * r.numerator() / r.denominator();
        }
        return Optional.of(expected);
    }

    private static double rate(List<Cell> cells) {
        double n = cells.stream().mapToDouble(Cell::denominator).sum();
        return n > 0 ? cells.stream().mapToDouble(Cell::numerator).sum() / n : 0;
    }

    private static String meaning(LocalDriver d) {
        String dimension = d.dimension().name().toLowerCase(Locale.ROOT);
        return d.kind() == LocalDriver.Kind.PROFILE
                ? "what the place's " + dimension + " mix predicts for " + d.indicator()
                        + " per head, at the ICS's rates, ÷ the ICS's rate"
                : d.indicator() + " observed ÷ expected for the place's age mix at the ICS's rates";
    }

    /** The component whose local index differs most from NHS England's, and the local driver pulling most that way. */
    static String explain(List<LocalNeedTable.Component> components) {
        LocalNeedTable.Component most = null;
        for (LocalNeedTable.Component c : components) {
            if (c.difference() != null
                    && (most == null
                            || c.difference().abs().compareTo(most.difference().abs()) > 0)) {
                most = c;
            }
        }
        if (most == null) {
            return "No component has both indices: nothing to compare.";
        }
        int sign = most.difference().signum();
        LocalNeedTable.Driver pulling = null;
        double strongest = 0;
        for (LocalNeedTable.Driver d : most.drivers()) {
            double pull = d.exponent() * Math.log(d.ratio().doubleValue());
            if (sign != 0 && Math.signum(pull) == sign && Math.abs(pull) > strongest) {
                strongest = Math.abs(pull);
                pulling = d;
            }
        }
        String head = String.format(
                Locale.UK,
                "Largest difference: %s, local %s vs NHS England %s (%s%s)",
                most.component().label(),
                most.local().toPlainString(),
                most.nhsEngland().setScale(PLACES, RoundingMode.HALF_EVEN).toPlainString(),
                sign >= 0 ? "+" : "",
                most.difference().toPlainString());
        if (pulling == null) {
            return head
                    + "; no local driver moves it that way on its own (the difference comes from what NHS England's formula weighs and the local index does not).";
        }
        return head
                + String.format(
                        Locale.UK,
                        "; the driver pulling most that way is %s (×%s: %s).",
                        pulling.name(),
                        pulling.ratio().toPlainString(),
                        pulling.meaning());
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(PLACES, RoundingMode.HALF_EVEN);
    }
}
