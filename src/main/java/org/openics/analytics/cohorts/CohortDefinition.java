package org.openics.analytics.cohorts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.openics.analytics.segmentation.Segment;

/**
 * Who is in a cohort. Every criterion given must hold (they combine with AND); an empty list or null means "any".
 * Conditions are SNOMED CT codes (every one in {@code conditions} recorded, none in {@code withoutConditions});
 * observations are LOINC codes with recency and value bounds. People who died on or before the reference date are
 * left out unless {@code includeDeceased}.
 *
 * @param asAt the reference date for recency and for conditions' onset (null: today)
 */
public record CohortDefinition(
        List<String> conditions,
        List<String> withoutConditions,
        List<ObservationCriterion> observations,
        Integer minAge,
        Integer maxAge,
        Set<String> sexes,
        Set<String> ethnicGroups,
        Set<Integer> imdQuintiles,
        Set<String> places,
        Set<String> pcns,
        Set<String> practices,
        Set<Segment> segments,
        Double minCms,
        Double maxCms,
        boolean includeDeceased,
        LocalDate asAt) {

    public CohortDefinition {
        conditions = trimmed(conditions);
        withoutConditions = trimmed(withoutConditions);
        observations = observations == null ? List.of() : List.copyOf(observations);
        sexes = lower(sexes);
        ethnicGroups = ethnicGroups == null ? Set.of() : Set.copyOf(ethnicGroups);
        imdQuintiles = imdQuintiles == null ? Set.of() : Set.copyOf(imdQuintiles);
        places = places == null ? Set.of() : Set.copyOf(places);
        pcns = pcns == null ? Set.of() : Set.copyOf(pcns);
        practices = practices == null ? Set.of() : Set.copyOf(practices);
        segments = segments == null ? Set.of() : Set.copyOf(segments);
        if (minAge != null && maxAge != null && minAge > maxAge) {
            throw new IllegalArgumentException("minAge " + minAge + " is above maxAge " + maxAge);
        }
        if (minAge != null && minAge < 0) {
            throw new IllegalArgumentException("minAge is not negative");
        }
        if (minCms != null && maxCms != null && minCms > maxCms) {
            throw new IllegalArgumentException("minCms " + minCms + " is above maxCms " + maxCms);
        }
        for (Integer quintile : imdQuintiles) {
            if (quintile == null || quintile < 1 || quintile > 5) {
                throw new IllegalArgumentException("an IMD quintile is 1 (most deprived) to 5, not " + quintile);
            }
        }
        for (String code : conditions) {
            if (withoutConditions.contains(code)) {
                throw new IllegalArgumentException("condition " + code + " is both required and excluded");
            }
        }
    }

    /** Everyone alive at the reference date: the start of a definition. */
    public static CohortDefinition everyone() {
        return new CohortDefinition(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, false, null);
    }

    /** The reference date, today when the definition gives none. */
    public LocalDate referenceDate(LocalDate today) {
        return asAt == null ? today : asAt;
    }

    public CohortDefinition withConditions(String... codes) {
        return new CohortDefinition(
                List.of(codes),
                withoutConditions,
                observations,
                minAge,
                maxAge,
                sexes,
                ethnicGroups,
                imdQuintiles,
                places,
                pcns,
                practices,
                segments,
                minCms,
                maxCms,
                includeDeceased,
                asAt);
    }

    public CohortDefinition withoutConditions(String... codes) {
        return new CohortDefinition(
                conditions,
                List.of(codes),
                observations,
                minAge,
                maxAge,
                sexes,
                ethnicGroups,
                imdQuintiles,
                places,
                pcns,
                practices,
                segments,
                minCms,
                maxCms,
                includeDeceased,
                asAt);
    }

    public CohortDefinition withObservations(ObservationCriterion... criteria) {
        return new CohortDefinition(
                conditions,
                withoutConditions,
                List.of(criteria),
                minAge,
                maxAge,
                sexes,
                ethnicGroups,
                imdQuintiles,
                places,
                pcns,
                practices,
                segments,
                minCms,
                maxCms,
                includeDeceased,
                asAt);
    }

    public CohortDefinition withAges(Integer min, Integer max) {
        return new CohortDefinition(
                conditions,
                withoutConditions,
                observations,
                min,
                max,
                sexes,
                ethnicGroups,
                imdQuintiles,
                places,
                pcns,
                practices,
                segments,
                minCms,
                maxCms,
                includeDeceased,
                asAt);
    }

    public CohortDefinition inPlaces(String... codes) {
        return new CohortDefinition(
                conditions,
                withoutConditions,
                observations,
                minAge,
                maxAge,
                sexes,
                ethnicGroups,
                imdQuintiles,
                Set.of(codes),
                pcns,
                practices,
                segments,
                minCms,
                maxCms,
                includeDeceased,
                asAt);
    }

    public CohortDefinition inSegments(Segment... wanted) {
        return new CohortDefinition(
                conditions,
                withoutConditions,
                observations,
                minAge,
                maxAge,
                sexes,
                ethnicGroups,
                imdQuintiles,
                places,
                pcns,
                practices,
                Set.of(wanted),
                minCms,
                maxCms,
                includeDeceased,
                asAt);
    }

    public CohortDefinition asAt(LocalDate date) {
        return new CohortDefinition(
                conditions,
                withoutConditions,
                observations,
                minAge,
                maxAge,
                sexes,
                ethnicGroups,
                imdQuintiles,
                places,
                pcns,
                practices,
                segments,
                minCms,
                maxCms,
                includeDeceased,
                date);
    }

    private static List<String> trimmed(List<String> codes) {
        return codes == null
                ? List.of()
                : codes.stream()
                        .map(String::trim)
                        .filter(c -> !c.isEmpty())
                        .distinct()
                        .toList();
    }

    private static Set<String> lower(Set<String> values) {
        return values == null
                ? Set.of()
                : values.stream()
                        .map(v -> v.trim().toLowerCase(java.util.Locale.ROOT))
                        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
