package org.openics.analytics.segmentation;

/** One person's segment with the rule that put them there, their score and their number of score conditions. */
public record Segmentation(Segment segment, String reason, double cmsScore, int conditionCount) {

    public Segmentation {
        if (segment == null || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a segmentation names the segment and its reason");
        }
    }
}
