package org.openics.dashboard.rag;

import java.util.Locale;
import java.util.Optional;
import org.openics.analytics.Comparison;
import org.openics.analytics.Indicator;
import org.openics.analytics.IndicatorValue;
import org.openics.analytics.Polarity;
import org.openics.dashboard.view.ConfidenceLevel;

/**
 * RAG that is statistically honest. Where the indicator has a target, the confidence interval decides:
 * green when the whole interval meets the target, red when the whole interval misses it, amber when the
 * interval straddles it (the value cannot be told apart from the target). Without a target, the
 * significance of the difference from the benchmark (the ICS) decides: better green, similar amber,
 * worse red. Indicators with no judgement of better or worse, suppressed values and values that were not
 * compared get no colour, only their words.
 */
public final class RagRule {

    private final ConfidenceLevel confidence;
    private final String benchmarkName;

    public RagRule(ConfidenceLevel confidence, String benchmarkName) {
        this.confidence = confidence;
        this.benchmarkName = benchmarkName;
    }

    public ConfidenceLevel confidence() {
        return confidence;
    }

    /** The rule in one paragraph, for the page that shows the ratings. */
    public String statement() {
        return "Where an indicator has a target, the rating compares the target with the " + confidence.label()
                + " confidence interval: green when the whole interval meets the target, red when the whole interval misses it,"
                + " amber when the interval includes the target. Without a target, the rating says whether the value is"
                + " significantly better (green), similar (amber) or worse (red) than the " + benchmarkName + " at "
                + confidence.label()
                + " confidence. Where neither high nor low is better, significantly higher is dark blue, lower"
                + " light blue and similar white. Small numbers are suppressed and not rated (grey).";
    }

    public RagRating rate(Indicator indicator, IndicatorValue value) {
        if (value == null) {
            return RagRating.none("No data", "No value for this area and period.");
        }
        if (value.suppressed() || value.value() == null) {
            return RagRating.none(
                    "Suppressed",
                    Optional.ofNullable(value.suppressionReason())
                            .filter(r -> !r.isBlank())
                            .orElse("Small numbers are not shown."));
        }
        if (indicator.target().isPresent() && indicator.polarity() != Polarity.NO_JUDGEMENT) {
            return againstTarget(indicator, value, indicator.target().get());
        }
        if (value.level() == org.openics.analytics.Level.ICS) {
            return new RagRating(
                    Rag.BENCHMARK,
                    "Benchmark",
                    "The " + benchmarkName + " is the benchmark its places, PCNs and practices are compared with.");
        }
        return againstBenchmark(confidence.vsBenchmark(value), indicator.polarity() == Polarity.NO_JUDGEMENT);
    }

    private RagRating againstTarget(Indicator indicator, IndicatorValue value, double target) {
        boolean highIsGood = indicator.polarity() == Polarity.HIGH_IS_GOOD;
        Double lower = confidence.lower(value);
        Double upper = confidence.upper(value);
        String targetText = "target " + number(target);
        if (lower == null || upper == null) {
            boolean meets = highIsGood ? value.value() >= target : value.value() <= target;
            return meets
                    ? new RagRating(
                            Rag.GREEN, "Meets target", "Value meets the " + targetText + " (no confidence interval).")
                    : new RagRating(
                            Rag.RED, "Misses target", "Value misses the " + targetText + " (no confidence interval).");
        }
        double worstEnd = highIsGood ? lower : upper;
        double bestEnd = highIsGood ? upper : lower;
        boolean worstMeets = highIsGood ? worstEnd >= target : worstEnd <= target;
        boolean bestMeets = highIsGood ? bestEnd >= target : bestEnd <= target;
        String interval = "The " + confidence.label() + " interval " + number(lower) + " to " + number(upper);
        if (worstMeets) {
            return new RagRating(
                    Rag.GREEN, "Meets target", interval + " lies wholly on the good side of the " + targetText + ".");
        }
        if (!bestMeets) {
            return new RagRating(
                    Rag.RED, "Misses target", interval + " lies wholly on the wrong side of the " + targetText + ".");
        }
        return new RagRating(Rag.AMBER, "Close to target", interval + " includes the " + targetText + ".");
    }

    private RagRating againstBenchmark(Comparison comparison, boolean noJudgement) {
        String versus = " than the " + benchmarkName + " at " + confidence.label() + " confidence.";
        return switch (comparison) {
            case BETTER -> new RagRating(Rag.GREEN, "Better", "Significantly better" + versus);
            case SIMILAR ->
                new RagRating(
                        noJudgement ? Rag.SIMILAR_NO_JUDGEMENT : Rag.AMBER,
                        "Similar",
                        "Not significantly different from the " + benchmarkName + " at " + confidence.label()
                                + " confidence.");
            case WORSE -> new RagRating(Rag.RED, "Worse", "Significantly worse" + versus);
            case HIGHER ->
                new RagRating(
                        Rag.HIGHER, "Higher", "Significantly higher" + versus + " Neither high nor low is better.");
            case LOWER ->
                new RagRating(Rag.LOWER, "Lower", "Significantly lower" + versus + " Neither high nor low is better.");
            case NOT_COMPARED ->
                RagRating.none("Not compared", "This value is the benchmark, or it was not compared with it.");
        };
    }

    private static String number(double value) {
        return String.format(Locale.UK, Math.abs(value) >= 100 ? "%,.0f" : "%,.1f", value);
    }
}
