package org.openics.analytics.cohorts;

import java.util.List;
import org.openics.analytics.Level;

/** The people of one unit (the ICS, a place, PCN or practice) per segment, in segment order, small numbers suppressed. */
public record SegmentCount(Level level, String code, SuppressedCount total, List<SuppressedCount> bySegment) {

    public SegmentCount {
        bySegment = List.copyOf(bySegment);
    }
}
