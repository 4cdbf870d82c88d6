package org.openics.dashboard.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openics.analytics.Breakdown;
import org.openics.analytics.Level;

class FiltersTest {

    @Test
    void defaultsStayOutOfTheAddressAndChoicesStayIn() {
        assertThat(Filters.defaults().query()).isEmpty();
        Filters chosen = Filters.parse("99.8", "ethnicity", "2024/25");
        assertThat(chosen.query()).isEqualTo("?confidence=99.8&by=ETHNICITY&period=2024%2F25");
        Area place = Area.ics("QZZ", "ICS").child(Level.PLACE, "LCPZ-E09000004", "Bexley");
        assertThat(chosen.indicatorHref("smoking", place))
                .isEqualTo(
                        "/indicators/smoking?level=PLACE&code=LCPZ-E09000004&confidence=99.8&by=ETHNICITY&period=2024%2F25");
        assertThat(place.href(chosen))
                .isEqualTo("/dashboard/place/LCPZ-E09000004?confidence=99.8&by=ETHNICITY&period=2024%2F25");
        assertThat(Area.ics("QZZ", "ICS").href(Filters.defaults().with(ConfidenceLevel.NINETY_NINE_POINT_EIGHT)))
                .isEqualTo("/?confidence=99.8");
    }

    @Test
    void badFiltersAreRejectedWithTheChoices() {
        assertThatThrownBy(() -> Filters.parse("90", null, null)).hasMessage("confidence must be 95 or 99.8, not '90'");
        assertThatThrownBy(() -> Filters.parse(null, "postcode", null)).hasMessageContaining("by must be one of");
        assertThat(Filters.parse(null, "TOTAL", null).by()).isEqualTo(Breakdown.DEPRIVATION_QUINTILE);
        assertThat(new Filters(null, null, Optional.of(" ")).period()).isEmpty();
    }

    @Test
    void tablesWriteCsvOfWhatTheyShow() {
        DataTable table = new DataTable(
                "t",
                "Caption",
                List.of(Column.text("Name"), Column.number("Value"), Column.picture("Trend")),
                List.of(List.of(
                        Cell.of("Smith, \"Jones\" & Co"), Cell.figure("1,234.5", "1234.5"), Cell.picture("<svg/>"))));
        assertThat(table.csv()).isEqualTo("Name,Value\r\n\"Smith, \"\"Jones\"\" & Co\",1234.5\r\n");
        assertThatThrownBy(() -> new DataTable("t", "c", List.of(Column.text("a")), List.of(List.of())))
                .hasMessageContaining("a row of 0 cells for 1 columns");
    }
}
