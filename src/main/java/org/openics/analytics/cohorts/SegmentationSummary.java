package org.openics.analytics.cohorts;

import java.time.LocalDate;
import java.util.Map;
import org.openics.analytics.segmentation.Segment;

/** One run of segmentation: its reference date, how many people, how many in each segment, how long it took. */
public record SegmentationSummary(LocalDate asAt, long persons, Map<Segment, Long> bySegment, long millis) {

    public SegmentationSummary {
        bySegment = Map.copyOf(bySegment);
    }
}
