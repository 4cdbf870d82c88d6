package org.openics.analytics.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openics.analytics.cohorts.CohortDefinition;
import org.openics.analytics.cohorts.ObservationCriterion;
import org.openics.analytics.segmentation.Segment;

/**
 * The cohort builder page's form, as submitted: lists of checked boxes, free-text codes separated by commas or
 * spaces, and observations in the command line's short form.
 */
record CohortForm(
        List<String> condition,
        List<String> without,
        String observations,
        Integer minAge,
        Integer maxAge,
        List<String> sex,
        List<String> ethnicGroup,
        List<Integer> imdQuintile,
        String place,
        String pcn,
        String practice,
        List<String> segment,
        Double minCms,
        Double maxCms,
        String run) {

    /** Nothing asked yet: the page shows only the form. */
    public boolean empty() {
        return run == null && !submittedAnything();
    }

    private boolean submittedAnything() {
        return condition != null
                || without != null
                || minAge != null
                || maxAge != null
                || sex != null
                || ethnicGroup != null
                || imdQuintile != null
                || segment != null
                || minCms != null
                || maxCms != null
                || !codes(observations).isEmpty()
                || !codes(place).isEmpty()
                || !codes(pcn).isEmpty()
                || !codes(practice).isEmpty();
    }

    CohortDefinition definition() {
        return new CohortDefinition(
                condition,
                without,
                codes(observations).stream().map(ObservationCriterion::parse).toList(),
                minAge,
                maxAge,
                set(sex),
                set(ethnicGroup),
                imdQuintile == null ? null : Set.copyOf(imdQuintile),
                Set.copyOf(codes(place)),
                Set.copyOf(codes(pcn)),
                Set.copyOf(codes(practice)),
                segment == null ? null : segment.stream().map(Segment::parse).collect(Collectors.toSet()),
                minCms,
                maxCms,
                false,
                null);
    }

    public boolean checked(String field, Object value) {
        List<?> values = switch (field) {
            case "condition" -> condition;
            case "without" -> without;
            case "sex" -> sex;
            case "ethnicGroup" -> ethnicGroup;
            case "imdQuintile" -> imdQuintile;
            case "segment" -> segment;
            default -> null;
        };
        return values != null && values.stream().anyMatch(v -> String.valueOf(v).equals(String.valueOf(value)));
    }

    private static List<String> codes(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static Set<String> set(List<String> values) {
        return values == null ? null : Set.copyOf(values);
    }
}
