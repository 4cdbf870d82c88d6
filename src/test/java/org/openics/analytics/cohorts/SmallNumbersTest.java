package org.openics.analytics.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallNumbersTest {

    @Test
    void countsFromOneToSevenAreShownAsLessThanEightAndZeroAndEightAreShown() {
        assertThat(SmallNumbers.one("x", 0).shown()).isEqualTo("0");
        assertThat(SmallNumbers.one("x", 1).shown()).isEqualTo("<8");
        assertThat(SmallNumbers.one("x", 7).count()).isNull();
        assertThat(SmallNumbers.one("x", 8).count()).isEqualTo(8L);
        assertThat(SmallNumbers.one("x", 1234).shown()).isEqualTo("1,234");
    }

    @Test
    void aLoneSuppressedCategoryTakesTheNextSmallestWithIt() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("female", 120L);
        counts.put("male", 30L);
        counts.put("unknown", 3L);
        var shown = SmallNumbers.breakdown(counts);
        assertThat(shown).extracting(SuppressedCount::shown).containsExactly("120", "<8", "<8");
    }

    @Test
    void twoSuppressedCategoriesProtectEachOther() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("1", 50L);
        counts.put("2", 2L);
        counts.put("3", 5L);
        counts.put("4", 0L);
        assertThat(SmallNumbers.breakdown(counts))
                .extracting(SuppressedCount::shown)
                .containsExactly("50", "<8", "<8", "0");
    }
}
