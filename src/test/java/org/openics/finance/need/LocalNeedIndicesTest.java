package org.openics.finance.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openics.finance.ComponentNeed;
import org.openics.finance.Grouping;
import org.openics.finance.LocalNeedTable;
import org.openics.finance.NeedComponent;
import org.openics.finance.NeedIndexTable;
import org.openics.finance.NeedUnit;
import org.openics.finance.need.LocalFacts.Cell;
import org.openics.finance.need.LocalFacts.Dimension;

class LocalNeedIndicesTest {

    /** Facts held in memory: (indicator, unit, dimension) → cells. */
    static final class Facts implements LocalFacts {
        final Map<String, List<Cell>> cells = new HashMap<>();

        Facts put(String indicator, String unit, Dimension dimension, Cell... c) {
            cells.put(indicator + "|" + unit + "|" + dimension, List.of(c));
            return this;
        }

        @Override
        public Optional<List<Cell>> cells(String indicator, String unit, Dimension dimension) {
            return Optional.ofNullable(cells.get(indicator + "|" + unit + "|" + dimension));
        }

        @Override
        public String missing(String indicator, String unit, Dimension dimension) {
            return "no " + indicator + " for " + unit;
        }
    }

    // ICS: young 10 of 1000, old 100 of 500; the place: young 2 of 100, old 30 of 200
    static final List<Cell> ICS_AGE = List.of(new Cell("0-64", 10, 1000), new Cell("65+", 100, 500));
    static final List<Cell> PLACE_AGE = List.of(new Cell("0-64", 2, 100), new Cell("65+", 30, 200));

    @Test
    void theAgeProfileIsWhatThePlacesAgeMixPredictsAtTheIcsRates() {
        // expected = 100 × 10/1000 + 200 × 100/500 = 41 over 300 people; ICS rate 110/1500
        double byHand = (41.0 / 300) / (110.0 / 1500);
        assertThat(LocalNeedIndices.profile(PLACE_AGE, ICS_AGE).value()).isCloseTo(byHand, within(1e-12));
        assertThat(byHand).isCloseTo(1.8636, within(1e-4));
    }

    @Test
    void theRatioBeyondAgeIsObservedOverExpected() {
        assertThat(LocalNeedIndices.beyondAge(PLACE_AGE, ICS_AGE).value()).isCloseTo(32.0 / 41, within(1e-12));
    }

    @Test
    void theAgeProfileTimesTheRatioBeyondAgeIsTheCrudeRatio() {
        double crude = (32.0 / 300) / (110.0 / 1500);
        double product = LocalNeedIndices.profile(PLACE_AGE, ICS_AGE).value()
                * LocalNeedIndices.beyondAge(PLACE_AGE, ICS_AGE).value();
        assertThat(product).isCloseTo(crude, within(1e-12));
    }

    @Test
    void aCategoryWithNoOneAtIcsLevelGivesAReasonNotANumber() {
        LocalNeedIndices.Ratio r = LocalNeedIndices.profile(List.of(new Cell("Unknown", 1, 10)), ICS_AGE);
        assertThat(r.value()).isNull();
        assertThat(r.reason()).contains("no one in it at ICS level");
        assertThat(LocalNeedIndices.beyondAge(PLACE_AGE, List.of(new Cell("0-64", 0, 1000), new Cell("65+", 0, 500)))
                        .reason())
                .contains("none expected");
    }

    @Test
    void eachComponentIsTheProductOfItsDriversAndTheLargestDifferenceIsExplained() {
        Facts facts = everything("ICS", "P1");
        // the place is older: emergency admissions by age give a profile above 1
        facts.put(LocalNeedMethod.EMERGENCY_ADMISSIONS, "P1", Dimension.AGE, PLACE_AGE.toArray(Cell[]::new))
                .put(LocalNeedMethod.EMERGENCY_ADMISSIONS, "ICS", Dimension.AGE, ICS_AGE.toArray(Cell[]::new));
        LocalNeedTable table = LocalNeedIndices.compute(
                LocalNeedMethod.standard(), facts, nhse("P1", new BigDecimal("0.95")), "test population");

        LocalNeedTable.Place place = table.places().get(0);
        LocalNeedTable.Component ga =
                place.component(NeedComponent.GENERAL_ACUTE).orElseThrow();
        double age = (41.0 / 300) / (110.0 / 1500);
        // sex and long-term conditions are flat (ratio 1) in the fixture
        assertThat(ga.local())
                .isEqualByComparingTo(BigDecimal.valueOf(age).setScale(4, java.math.RoundingMode.HALF_EVEN));
        assertThat(ga.difference()).isEqualByComparingTo(ga.local().subtract(new BigDecimal("0.9500")));
        assertThat(ga.drivers())
                .extracting(LocalNeedTable.Driver::name)
                .containsExactly("age", "sex", "long-term conditions");
        assertThat(ga.reason()).isNull();

        LocalNeedTable.Component mh =
                place.component(NeedComponent.MENTAL_HEALTH).orElseThrow();
        assertThat(mh.local()).isEqualByComparingTo("1.0000");

        assertThat(place.component(NeedComponent.MATERNITY).orElseThrow().local())
                .isNull();
        assertThat(place.component(NeedComponent.MATERNITY).orElseThrow().reason())
                .contains("no births or maternity");
        assertThat(place.component(NeedComponent.MATERNITY).orElseThrow().nhsEngland())
                .isEqualByComparingTo("0.95");

        assertThat(place.explanation())
                .startsWith("Largest difference: General and acute, local 1.8636 vs NHS England 0.9500 (+0.9136)")
                .contains("the driver pulling most that way is age (×1.8636");
    }

    @Test
    void aMissingDriverLeavesItsComponentNotCalculatedNamingTheDriver() {
        Facts facts = everything("ICS", "P1");
        facts.cells.remove(LocalNeedMethod.DEPRESSION + "|P1|AGE");
        LocalNeedTable table = LocalNeedIndices.compute(
                LocalNeedMethod.standard(), facts, nhse("P1", BigDecimal.ONE), "test population");
        LocalNeedTable.Component mh =
                table.places().get(0).component(NeedComponent.MENTAL_HEALTH).orElseThrow();
        assertThat(mh.local()).isNull();
        assertThat(mh.difference()).isNull();
        assertThat(mh.reason()).isEqualTo("not calculated: depression — no depression-prevalence for P1");
        assertThat(mh.drivers().get(0).ratio())
                .as("the driver that is there still shows")
                .isNotNull();
    }

    @Test
    void theLocalIndexIsForPlacesOnly() {
        NeedIndexTable byLa = new NeedIndexTable(
                "2026/27", "ICS", "ICS", Grouping.LOCAL_AUTHORITY, unit("ICS", BigDecimal.ONE), List.of(), List.of());
        assertThatThrownBy(() -> LocalNeedIndices.compute(LocalNeedMethod.standard(), new Facts(), byLa, "x"))
                .hasMessageContaining("computed for places");
    }

    /** Flat facts (the place like the ICS) for every indicator and dimension the method reads. */
    static Facts everything(String ics, String place) {
        Facts facts = new Facts();
        for (List<LocalDriver> drivers : LocalNeedMethod.standard().drivers().values()) {
            for (LocalDriver d : drivers) {
                facts.put(d.indicator(), ics, d.dimension(), new Cell("a", 10, 100), new Cell("b", 20, 100));
                facts.put(d.indicator(), place, d.dimension(), new Cell("a", 5, 50), new Cell("b", 10, 50));
            }
        }
        return facts;
    }

    static NeedIndexTable nhse(String place, BigDecimal index) {
        return new NeedIndexTable(
                "2026/27",
                "ICS",
                "ICS",
                Grouping.PLACE,
                unit("ICS", BigDecimal.ONE),
                List.of(unit(place, index)),
                List.of());
    }

    static NeedUnit unit(String code, BigDecimal index) {
        List<ComponentNeed> components = new ArrayList<>();
        for (NeedComponent c : NeedComponent.values()) {
            components.add(new ComponentNeed(c, new BigDecimal("1000"), new BigDecimal("1000"), index, 0));
        }
        return new NeedUnit(code, code + " name", 1, new BigDecimal("1000"), components);
    }
}
