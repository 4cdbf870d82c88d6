package org.openics.workforce;

import java.time.LocalDate;
import java.util.List;

/** FTE of one staff group per 10,000 of a population in every place of the ICS, with the ICS rate as benchmark. */
public record PlaceComparison(
        StaffGroup group,
        Denominator denominator,
        LocalDate asAt,
        Figure icsRate,
        List<PlaceRate> places,
        String method) {

    public PlaceComparison {
        places = List.copyOf(places);
    }
}
