package org.openics.engagement.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openics.engagement.Cell;
import org.openics.engagement.Representation;

class SmallNumbersTest {

    @Test
    void countsOfOneToSevenAreWithheldAndZeroAndEightAreShown() {
        List<Cell> cells = SmallNumbers.suppress(List.of(0L, 3L, 7L, 8L, 20L));
        assertThat(cells).extracting(Cell::shown).containsExactly("0", "<8", "<8", "8", "20");
    }

    @Test
    void aSingleWithheldCountTakesTheNextSmallestWithItSoItCannotBeWorkedOutFromTheTotal() {
        List<Cell> cells = SmallNumbers.suppress(List.of(30L, 5L, 12L, 40L));
        assertThat(cells).extracting(Cell::suppressed).containsExactly(false, true, true, false);
        assertThat(cells.get(1).count()).isNull();
    }

    @Test
    void aTotalOnItsOwnIsWithheldWhenSmall() {
        assertThat(SmallNumbers.single(4).shown()).isEqualTo("<8");
        assertThat(SmallNumbers.single(9).shown()).isEqualTo("9");
    }

    @Test
    void representativenessComparesSharesOfThoseWhoSaidWithSharesOfResidents() {
        var groups =
                List.of(new Representativeness.Group("A", "Place A"), new Representativeness.Group("B", "Place B"));
        Representation r = Representativeness.table(
                "Place", groups, Map.of("A", 30L, "B", 10L), Map.of("A", 1000L, "B", 3000L), "none");
        assertThat(r.total()).isEqualTo(40);
        assertThat(r.notCalculated()).isEmpty();
        Representation.Row a = r.rows().get(0);
        assertThat(a.share()).isEqualTo(75.0);
        assertThat(a.populationShare()).isEqualTo(25.0);
        assertThat(a.gap()).isEqualTo(50.0);
        assertThat(r.rows().get(1).gap()).isEqualTo(-50.0);
    }

    @Test
    void withoutAPopulationForEveryGroupTheComparisonIsNotCalculatedWithItsReason() {
        var groups = List.of(new Representativeness.Group("A", "A"), new Representativeness.Group("B", "B"));
        Representation r = Representativeness.table(
                "Age", groups, Map.of("A", 9L, "B", 9L), Map.of("A", 100L), "no ages in the registry");
        assertThat(r.notCalculated()).contains("no ages in the registry");
        assertThat(r.rows()).allSatisfy(row -> {
            assertThat(row.population()).isNull();
            assertThat(row.gap()).isNull();
        });
        assertThat(r.rows().get(0).share()).isEqualTo(50.0);
    }

    @Test
    void aWithheldCountHasNoShare() {
        var groups = List.of(
                new Representativeness.Group("A", "A"),
                new Representativeness.Group("B", "B"),
                new Representativeness.Group("C", "C"));
        Representation r = Representativeness.table(
                "Place", groups, Map.of("A", 50L, "B", 2L, "C", 20L), Map.of("A", 1L, "B", 1L, "C", 1L), "-");
        assertThat(r.rows()).extracting(row -> row.respondents().shown()).containsExactly("50", "<8", "<8");
        assertThat(r.rows().get(1).share()).isNull();
        assertThat(r.rows().get(2).share()).isNull();
    }
}
