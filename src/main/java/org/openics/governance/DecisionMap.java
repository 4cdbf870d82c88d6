package org.openics.governance;

import java.time.LocalDate;
import java.util.List;

/** What is decided where, at system, place and neighbourhood level, as the scheme stood on a date. */
public record DecisionMap(LocalDate asAt, List<MapEntry> entries) {

    public DecisionMap {
        entries = List.copyOf(entries);
    }

    public List<MapEntry> at(Level level) {
        return entries.stream().filter(e -> e.level() == level).toList();
    }
}
