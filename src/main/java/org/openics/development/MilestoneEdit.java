package org.openics.development;

import java.util.List;

/**
 * A milestone as typed into the form or a YAML file, not yet checked: dates as YYYY-MM-DD text,
 * status by name or label, indicator ids. An empty {@code id} adds a new milestone to the work area.
 */
public record MilestoneEdit(
        String id,
        String workArea,
        String title,
        String start,
        String due,
        String status,
        String owner,
        List<String> indicators) {

    public MilestoneEdit {
        indicators = indicators == null
                ? List.of()
                : indicators.stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
