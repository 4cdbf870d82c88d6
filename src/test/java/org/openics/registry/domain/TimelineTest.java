package org.openics.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    static final LocalDate APR = LocalDate.of(2026, 4, 1);
    static final LocalDate JUL = LocalDate.of(2026, 7, 1);

    @Test
    void aNewValueOpensAVersionFromItsDate() {
        Timeline<String, String> t = new Timeline<>(List.of());
        assertThat(t.assertFrom("G85001", "PCN A", JAN, "test")).isTrue();
        assertThat(t.valueAt("G85001", JAN)).contains("PCN A");
        assertThat(t.valueAt("G85001", JAN.minusDays(1))).isEmpty();
        assertThat(t.changes().inserts()).hasSize(1);
    }

    @Test
    void assertingTheSameValueAgainChangesNothing() {
        Timeline<String, String> t = new Timeline<>(List.of(new Version<>(1, "G85001", "PCN A", JAN, null, "test")));
        assertThat(t.assertFrom("G85001", "PCN A", APR, "test")).isFalse();
        assertThat(t.changes().size()).isZero();
    }

    @Test
    void aChangeClosesTheCurrentVersionAndOpensANewOne() {
        Timeline<String, String> t = new Timeline<>(List.of(new Version<>(1, "G85001", "PCN A", JAN, null, "test")));
        t.assertFrom("G85001", "PCN B", APR, "test");
        assertThat(t.valueAt("G85001", APR.minusDays(1))).contains("PCN A");
        assertThat(t.valueAt("G85001", APR)).contains("PCN B");
        Timeline.Changes<String, String> changes = t.changes();
        assertThat(changes.updates())
                .singleElement()
                .satisfies(v -> assertThat(v.to()).isEqualTo(APR));
        assertThat(changes.inserts())
                .singleElement()
                .satisfies(v -> assertThat(v.to()).isNull());
    }

    @Test
    void anOlderFileImportedLaterFillsTheGapUntilTheNextKnownChange() {
        Timeline<String, String> t = new Timeline<>(List.of(new Version<>(1, "G85001", "PCN B", APR, null, "test")));
        t.assertFrom("G85001", "PCN A", JAN, "test");
        assertThat(t.valueAt("G85001", JAN)).contains("PCN A");
        assertThat(t.valueAt("G85001", APR)).contains("PCN B");
        assertThat(t.changes().inserts())
                .singleElement()
                .satisfies(v -> assertThat(v.to()).isEqualTo(APR));
    }

    @Test
    void aValueChangedInTheMiddleKeepsTheLaterHistory() {
        Timeline<String, String> t = new Timeline<>(
                List.of(new Version<>(1, "k", "A", JAN, JUL, "test"), new Version<>(2, "k", "C", JUL, null, "test")));
        t.assertFrom("k", "B", APR, "test");
        assertThat(t.valueAt("k", LocalDate.of(2026, 2, 1))).contains("A");
        assertThat(t.valueAt("k", LocalDate.of(2026, 5, 1))).contains("B");
        assertThat(t.valueAt("k", LocalDate.of(2026, 8, 1))).contains("C");
    }

    @Test
    void endingAValueClosesItAndLeavesNothingAfter() {
        Timeline<String, String> t = new Timeline<>(List.of(new Version<>(1, "Z00002", "open", JAN, null, "test")));
        assertThat(t.assertFrom("Z00002", null, APR, "test")).isTrue();
        assertThat(t.valueAt("Z00002", APR)).isEmpty();
        assertThat(t.valueAt("Z00002", JAN)).contains("open");
        assertThat(t.assertFrom("Z00002", null, JUL, "test")).isFalse();
    }

    @Test
    void restatingAValueOnItsOwnStartDateRevaluesInPlace() {
        Timeline<String, String> t = new Timeline<>(List.of(new Version<>(7, "k", "A", JAN, null, "test")));
        t.assertFrom("k", "A2", JAN, "test");
        assertThat(t.changes().updates()).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(7);
            assertThat(v.value()).isEqualTo("A2");
        });
        assertThat(t.changes().inserts()).isEmpty();
    }

    @Test
    void endingOnTheStartDateDeletesTheVersion() {
        Timeline<String, String> t = new Timeline<>(List.of(new Version<>(7, "k", "A", JAN, null, "test")));
        t.assertFrom("k", null, JAN, "test");
        assertThat(t.changes().deletes())
                .singleElement()
                .satisfies(v -> assertThat(v.id()).isEqualTo(7));
        assertThat(t.valueAt("k", JAN)).isEmpty();
    }
}
