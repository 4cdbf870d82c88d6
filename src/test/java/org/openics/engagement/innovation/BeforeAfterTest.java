package org.openics.engagement.innovation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openics.engagement.Innovation;
import org.openics.engagement.Spread;
import org.openics.engagement.Stage;

class BeforeAfterTest {

    static final List<BeforeAfter.Point> TREND_A = List.of(
            new BeforeAfter.Point("2025-07-01 to 2026-06-30", 999.0), // the annual value: not a quarter
            new BeforeAfter.Point("2025-07-01 to 2025-09-30", 100.0),
            new BeforeAfter.Point("2025-10-01 to 2025-12-31", 110.0),
            new BeforeAfter.Point("2026-01-01 to 2026-03-31", 95.0),
            new BeforeAfter.Point("2026-04-01 to 2026-06-30", 80.0));
    static final List<BeforeAfter.Point> TREND_B = List.of(
            new BeforeAfter.Point("2025-07-01 to 2025-09-30", 100.0),
                    new BeforeAfter.Point("2025-10-01 to 2025-12-31", 105.0),
            new BeforeAfter.Point("2026-01-01 to 2026-03-31", 104.0),
                    new BeforeAfter.Point("2026-04-01 to 2026-06-30", 101.0));

    static Innovation adoptedIn(String place, LocalDate on, String indicator) {
        return new Innovation(
                "x",
                "X",
                "need",
                Optional.ofNullable(indicator),
                List.of(),
                "o",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Stage.ADOPTION,
                Optional.empty(),
                List.of(),
                on == null ? List.of() : List.of(new Innovation.Adoption(place, on)));
    }

    @Test
    void beforeIsTheLastQuarterEndedBeforeAdoptionAndAfterTheLatestQuarterBegunSince() {
        Spread s = BeforeAfter.compare(
                adoptedIn("A", LocalDate.of(2026, 1, 15), "emergency-admissions"),
                Optional.of("EA"),
                List.of(
                        new BeforeAfter.PlaceTrend("A", "Place A", TREND_A),
                        new BeforeAfter.PlaceTrend("B", "Place B", TREND_B)));
        Spread.PlaceSpread a = s.places().get(0);
        assertThat(a.beforePeriod()).contains("2025-10-01 to 2025-12-31");
        assertThat(a.change()).contains(-30.0);
        Spread.PlaceSpread b = s.places().get(1);
        assertThat(b.adoption()).isEmpty();
        assertThat(b.change()).contains(-4.0); // the same quarters as the adopter
        assertThat(s.meanChangeAdopted()).contains(-30.0);
        assertThat(s.meanChangeNotAdopted()).contains(-4.0);
        assertThat(s.notCalculated()).isEmpty();
    }

    @Test
    void anAdoptionInsideTheLatestQuarterHasNoAfterYet() {
        Spread s = BeforeAfter.compare(
                adoptedIn("A", LocalDate.of(2026, 5, 1), "e"),
                Optional.empty(),
                List.of(new BeforeAfter.PlaceTrend("A", "A", TREND_A)));
        assertThat(s.places().get(0).notCalculated()).contains("no quarter of the trend began on or after 2026-05-01");
        assertThat(s.places().get(0).change()).isEmpty();
        assertThat(s.meanChangeAdopted()).isEmpty();
    }

    @Test
    void withoutATrendOrAnAdoptionOrAnIndicatorItSaysWhy() {
        assertThat(BeforeAfter.compare(
                                adoptedIn("A", LocalDate.of(2026, 1, 15), "e"),
                                Optional.empty(),
                                List.of(new BeforeAfter.PlaceTrend("A", "A", List.of())))
                        .places()
                        .get(0)
                        .notCalculated()
                        .orElseThrow())
                .contains("no quarterly trend");
        assertThat(BeforeAfter.compare(
                                adoptedIn("A", null, "e"),
                                Optional.empty(),
                                List.of(new BeforeAfter.PlaceTrend("A", "A", TREND_A)))
                        .notCalculated())
                .contains("not calculated: no place has adopted it yet");
        assertThat(BeforeAfter.compare(adoptedIn("A", LocalDate.of(2026, 1, 15), null), Optional.empty(), List.of())
                        .notCalculated())
                .contains("not calculated: the innovation names no indicator");
    }

    @Test
    void aWithheldValueIsNotCompared() {
        List<BeforeAfter.Point> withheld = List.of(
                new BeforeAfter.Point("2025-10-01 to 2025-12-31", null),
                new BeforeAfter.Point("2026-04-01 to 2026-06-30", 80.0));
        Spread s = BeforeAfter.compare(
                adoptedIn("A", LocalDate.of(2026, 1, 15), "e"),
                Optional.empty(),
                List.of(new BeforeAfter.PlaceTrend("A", "A", withheld)));
        assertThat(s.places().get(0).notCalculated()).contains("a value was withheld (small numbers)");
        assertThat(s.meanChangeAdopted()).isEmpty();
    }
}
