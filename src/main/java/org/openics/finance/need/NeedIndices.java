package org.openics.finance.need;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.openics.finance.ComponentNeed;
import org.openics.finance.Grouping;
import org.openics.finance.NeedComponent;
import org.openics.finance.NeedIndexTable;
import org.openics.finance.NeedUnit;
import org.openics.finance.UnitName;

/**
 * Relative need index per component: (weighted ÷ registered for the unit) ÷ (weighted ÷ registered for the ICB), the
 * ratio NHS England's technical guide uses to compare an area's need per head with its ICB's. Sums are exact
 * (BigDecimal); the index is rounded half-even to 10 decimal places. A practice whose component is published blank is
 * left out of that component's numerator and denominator, in the unit and the ICB alike.
 */
public final class NeedIndices {

    public static final int INDEX_SCALE = 10;
    private static final MathContext DIVISION = MathContext.DECIMAL128;

    private NeedIndices() {}

    /** The units the file itself defines for a grouping; empty for a practice without one (e.g. no PCN in a projection). */
    public static Function<PracticeWeights, Optional<UnitName>> fromFile(
            Grouping grouping, Map<String, UnitName> custom) {
        return switch (grouping) {
            case PRACTICE -> p -> Optional.of(new UnitName(p.practice(), p.name()));
            case PCN ->
                p -> Optional.ofNullable(p.pcn()).map(c -> new UnitName(c, p.pcnName() == null ? c : p.pcnName()));
            case SUB_ICB ->
                p -> Optional.ofNullable(p.subIcb())
                        .map(c -> new UnitName(c, p.subIcbName() == null ? c : p.subIcbName()));
            case LOCAL_AUTHORITY -> p -> Optional.of(new UnitName(p.localAuthority(), p.localAuthorityName()));
            case DISTRICT ->
                p -> Optional.ofNullable(p.district())
                        .map(c -> new UnitName(c, p.districtName() == null ? c : p.districtName()));
            case CUSTOM -> p -> Optional.ofNullable(custom.get(p.practice()));
            case PLACE -> throw new IllegalArgumentException("places come from the registry, not the file");
        };
    }

    public static NeedIndexTable compute(
            String year,
            String ics,
            List<PracticeWeights> all,
            Grouping grouping,
            Function<PracticeWeights, Optional<UnitName>> unitOf) {
        List<PracticeWeights> practices =
                all.stream().filter(p -> p.ics().equals(ics)).toList();
        if (practices.isEmpty()) {
            throw new IllegalArgumentException(
                    "no practice of ICB " + ics + " in the weighted populations for " + year);
        }
        Totals icb = new Totals(ics, practices.get(0).icsName());
        Map<String, Totals> units = new TreeMap<>();
        int outside = 0;
        for (PracticeWeights p : practices) {
            icb.add(p);
            Optional<UnitName> unit = unitOf.apply(p);
            if (unit.isEmpty()) {
                outside++;
                continue;
            }
            units.computeIfAbsent(
                            unit.get().code(), c -> new Totals(c, unit.get().name()))
                    .add(p);
        }
        List<String> notes = new ArrayList<>();
        if (outside > 0) {
            notes.add(outside + " of " + practices.size() + " practices of " + ics + " belong to no "
                    + grouping.option() + " unit and are counted only in the ICB's totals");
        }
        NeedUnit total = icb.unit(icb);
        List<NeedUnit> rows = units.values().stream().map(u -> u.unit(icb)).toList();
        return new NeedIndexTable(year, ics, icb.name, grouping, total, rows, notes);
    }

    /** Running sums for one unit. */
    private static final class Totals {
        final String code;
        final String name;
        int practices;
        BigDecimal registered = BigDecimal.ZERO;
        final Map<NeedComponent, BigDecimal> weighted = new java.util.EnumMap<>(NeedComponent.class);
        final Map<NeedComponent, BigDecimal> registeredWith = new java.util.EnumMap<>(NeedComponent.class);
        final Map<NeedComponent, Integer> leftOut = new java.util.EnumMap<>(NeedComponent.class);

        Totals(String code, String name) {
            this.code = code;
            this.name = name;
        }

        void add(PracticeWeights p) {
            practices++;
            registered = registered.add(p.registered());
            for (NeedComponent c : NeedComponent.values()) {
                Optional<BigDecimal> w = p.weighted(c);
                if (w.isPresent()) {
                    weighted.merge(c, w.get(), BigDecimal::add);
                    registeredWith.merge(c, p.registered(), BigDecimal::add);
                } else {
                    leftOut.merge(c, 1, Integer::sum);
                }
            }
        }

        BigDecimal perHead(NeedComponent c) {
            BigDecimal r = registeredWith.get(c);
            return r == null || r.signum() == 0 ? null : weighted.get(c).divide(r, DIVISION);
        }

        NeedUnit unit(Totals icb) {
            List<ComponentNeed> components = new ArrayList<>();
            for (NeedComponent c : NeedComponent.values()) {
                BigDecimal mine = perHead(c);
                BigDecimal theirs = icb.perHead(c);
                BigDecimal index = mine == null || theirs == null || theirs.signum() == 0
                        ? null
                        : mine.divide(theirs, DIVISION).setScale(INDEX_SCALE, RoundingMode.HALF_EVEN);
                components.add(new ComponentNeed(
                        c,
                        weighted.getOrDefault(c, BigDecimal.ZERO),
                        registeredWith.getOrDefault(c, BigDecimal.ZERO),
                        index,
                        leftOut.getOrDefault(c, 0)));
            }
            return new NeedUnit(code, name, practices, registered, components);
        }
    }
}
