package org.openics.analytics.segmentation;

import java.time.LocalDate;

/** One condition on a person's record: its SNOMED CT code and, when known, its onset. */
public record RecordedCondition(String code, LocalDate onset) {

    public RecordedCondition {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a recorded condition has a code");
        }
    }
}
