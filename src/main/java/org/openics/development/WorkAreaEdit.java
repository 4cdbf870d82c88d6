package org.openics.development;

import java.util.List;

/** New wording of a work area: lead, destination, approach and the list of what is completed. */
public record WorkAreaEdit(String code, String lead, String destination, String approach, List<String> completed) {

    public WorkAreaEdit {
        completed = completed == null
                ? List.of()
                : completed.stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
