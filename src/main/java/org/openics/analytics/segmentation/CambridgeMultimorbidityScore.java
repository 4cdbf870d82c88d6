package org.openics.analytics.segmentation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The Cambridge Multimorbidity Score (general outcome): the sum of the published weights of the conditions a
 * person has, each counted once ({@link CmsCondition} cites the source).
 */
public final class CambridgeMultimorbidityScore {

    /** Cancer counts only when diagnosed within this many years of the reference date, as published. */
    public static final int CANCER_YEARS = 5;

    private CambridgeMultimorbidityScore() {}

    /** The score of one person and the conditions that made it. */
    public record Result(double score, Set<CmsCondition> conditions) {

        public Result {
            conditions = Set.copyOf(conditions);
        }

        public int count() {
            return conditions.size();
        }
    }

    /**
     * @param asAt the reference date: conditions with an onset after it do not count yet; cancer counts when
     *             its onset is unknown or within five years before it
     */
    public static Result of(Collection<RecordedCondition> recorded, LocalDate asAt) {
        Set<CmsCondition> present = EnumSet.noneOf(CmsCondition.class);
        for (RecordedCondition condition : recorded) {
            LocalDate onset = condition.onset();
            if (onset != null && onset.isAfter(asAt)) {
                continue;
            }
            CmsCondition.of(condition.code()).ifPresent(cms -> {
                if (cms != CmsCondition.CANCER || onset == null || !onset.isBefore(asAt.minusYears(CANCER_YEARS))) {
                    present.add(cms);
                }
            });
        }
        double score = 0;
        for (CmsCondition condition : present) {
            score += condition.weight();
        }
        // two decimals, as the weights are published: 0.08 + 0.75 is 0.83, not 0.8300000000000001
        return new Result(Math.round(score * 100) / 100.0, present);
    }
}
